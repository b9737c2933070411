import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Request, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

type Encoding = 'br' | 'gzip' | 'identity';
type Compressed = { readonly mtimeMs: number; readonly size: number; readonly body: Promise<Buffer> };

/** Compressed once per file version (path, encoding, modification time): Web Chat's bundle is 3.9 MB. */
const cache = new Map<string, Compressed>();

function encodingFor(request: Request): Encoding {
  // Ours over the header's order: browsers list "gzip, deflate, br" but brotli is the smaller.
  if (request.acceptsEncodings('br') === 'br') return 'br';
  return request.acceptsEncodings('gzip') === 'gzip' ? 'gzip' : 'identity';
}

function compress(content: Buffer, encoding: Exclude<Encoding, 'identity'>): Promise<Buffer> {
  // Brotli quality 5: about gzip's speed with a smaller result; zlib runs it off the event loop.
  return encoding === 'br'
    ? brotli(content, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
      })
    : gzipAsync(content, { level: 6 });
}

/**
 * Sends a static file of ours compressed with what the browser accepts (brotli, else gzip), without a
 * compression middleware: the local page serves three fixed files, the paths are never the request's.
 */
export async function sendCompressedFile(
  request: Request,
  response: Response,
  { path, type, maxAgeSeconds }: { readonly path: string; readonly type: string; readonly maxAgeSeconds?: number },
): Promise<void> {
  const info = await stat(path);
  const encoding = encodingFor(request);
  response.setHeader('vary', 'Accept-Encoding');
  response.setHeader('content-type', type);
  response.setHeader('last-modified', info.mtime.toUTCString());
  response.setHeader('cache-control', maxAgeSeconds === undefined ? 'no-store' : `public, max-age=${maxAgeSeconds}`);
  if (encoding === 'identity') {
    response.send(await readFile(path));
    return;
  }
  const key = `${encoding} ${path}`;
  let entry = cache.get(key);
  if (!entry || entry.mtimeMs !== info.mtimeMs || entry.size !== info.size) {
    entry = {
      mtimeMs: info.mtimeMs,
      size: info.size,
      body: readFile(path).then((content) => compress(content, encoding)),
    };
    cache.set(key, entry);
    entry.body.catch(() => cache.delete(key));
  }
  const body = await entry.body;
  response.setHeader('content-encoding', encoding);
  response.send(body);
}
