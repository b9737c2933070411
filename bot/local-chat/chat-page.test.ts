import { readFileSync } from 'node:fs';
import { get, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChatPageRoutes, webChatBundlePath } from './chat-page.js';

/** The raw response: its headers and body bytes as sent, not decoded. */
function fetchRaw(url: string, acceptEncoding: string): Promise<{ response: IncomingMessage; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ response, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

describe('chat page static files', () => {
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let origin: string;
  const bundle = readFileSync(webChatBundlePath()!);

  beforeAll(async () => {
    const app = express();
    app.use(createChatPageRoutes());
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it(
    "should send Web Chat's bundle brotli-compressed to a browser that accepts it, at a " + 'fraction of its size',
    async () => {
      const { response, body } = await fetchRaw(`${origin}/local-chat/webchat.js`, 'gzip, deflate, br');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers.vary).toContain('Accept-Encoding');
      expect(response.headers['content-type']).toContain('javascript');
      expect(body.length).toBeLessThan(bundle.length / 3);
      expect(brotliDecompressSync(body).equals(bundle)).toBe(true);
    },
  );

  it('should fall back to gzip, and to the plain file for a client that accepts neither', async () => {
    const gzipped = await fetchRaw(`${origin}/local-chat/webchat.js`, 'gzip');
    expect(gzipped.response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.body).equals(bundle)).toBe(true);
    const plain = await fetchRaw(`${origin}/local-chat/webchat.js`, 'identity');
    expect(plain.response.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(bundle)).toBe(true);
  });

  it('should compress the page and its script too, without caching them', async () => {
    for (const path of ['/', '/local-chat/chat.js']) {
      const { response, body } = await fetchRaw(`${origin}${path}`, 'gzip');
      expect(response.statusCode, path).toBe(200);
      expect(response.headers['content-encoding'], path).toBe('gzip');
      expect(response.headers['cache-control'], path).toBe('no-store');
      expect(gunzipSync(body).length, path).toBeGreaterThan(100);
    }
  });
});
