import { readFileSync } from 'node:fs';
import { Agent, createServer, request as httpsRequest, type Server } from 'node:https';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId } from './helpers/teams-activity.js';
import { startSharedCosmos, startTestBot, type TestBot } from './helpers/test-bot.js';
import {
  dossierRecords,
  execute,
  findInput,
  users,
  validAanmeldformulier,
  type Conversation,
} from './forms-support.js';

type Mode = 'up' | 'refuse' | 'refuse-writes' | 'throttle' | 'lose-response';

/**
 * A loopback HTTPS proxy in front of the embedded Cosmos server that fails only the `dossier`
 * container, the way Cosmos DB fails: connections reset, 429, or a write that succeeds but whose
 * answer never arrives (a timeout). Bot state and the role directory keep working.
 */
async function startDossierFaultProxy(upstream: string) {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@vercel/cosmosdb-server/package.json'));
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true, rejectUnauthorized: false });
  let mode: Mode = 'up';
  let failed = 0;
  const server: Server = createServer(
    { cert: readFileSync(join(root, 'cert.pem')), key: readFileSync(join(root, 'key.pem')) },
    (request, response) => {
      const dossier = (request.url ?? '').includes('/colls/dossier/');
      if (
        dossier &&
        (mode === 'refuse' ||
          (mode === 'refuse-writes' && request.method === 'POST' && !request.headers['x-ms-documentdb-isquery']))
      ) {
        failed += 1;
        request.socket.destroy();
        return;
      }
      if (dossier && mode === 'throttle') {
        failed += 1;
        request.resume();
        response
          .writeHead(429, { 'content-type': 'application/json', 'x-ms-retry-after-ms': '5', 'x-ms-substatus': '3200' })
          .end(JSON.stringify({ code: 'TooManyRequests', message: 'fault proxy' }));
        return;
      }
      const loseResponse =
        dossier && mode === 'lose-response' && request.method === 'POST' && !request.headers['x-ms-documentdb-isquery'];
      const outgoing = httpsRequest(
        {
          hostname: target.hostname,
          port: target.port,
          method: request.method,
          path: request.url,
          headers: { ...request.headers, host: target.host },
          agent,
        },
        (incoming) => {
          if (loseResponse) {
            // The write reached the store; its answer is lost on the way back, once.
            mode = 'up';
            failed += 1;
            incoming.resume();
            request.socket.destroy();
            return;
          }
          response.writeHead(incoming.statusCode ?? 502, incoming.headers);
          incoming.pipe(response);
        },
      );
      outgoing.on('error', () => response.destroy());
      request.pipe(outgoing);
    },
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `https://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    set: (next: Mode) => {
      mode = next;
    },
    failed: () => failed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe('filing a form while the store fails', () => {
  let cosmos: EmbeddedCosmosServer;
  let proxy: Awaited<ReturnType<typeof startDossierFaultProxy>>;
  let bot: TestBot;
  let channel: LoopbackChannel;
  const conversation = (): Conversation => ({
    serviceUrl: channel.serviceUrl,
    conversationId: personalConversationId(),
    from: users.mentor,
  });

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    proxy = await startDossierFaultProxy(cosmos.endpoint);
    channel = await startLoopbackChannel();
    bot = await startTestBot({ cosmosEndpoint: proxy.endpoint });
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
    await proxy.close();
    await cosmos.close();
  });

  const unsaved = 'Niet opgeslagen, probeer het opnieuw';
  const unconfirmed = 'Het opslaan is niet bevestigd: de opslag reageert niet.';

  it.each([
    // 429 on every attempt: Cosmos refused each write, so it is certain nothing was saved.
    { mode: 'throttle', says: unsaved },
    // Writes reset after sending, reads answer: the read back shows it was not saved.
    { mode: 'refuse-writes', says: unsaved },
    // Every request reset after sending, reads too: the bot cannot know, and says so.
    { mode: 'refuse', says: unconfirmed },
  ] as const)(
    'should answer honestly with every value kept when the store fails ($mode), then save once on retry',
    async ({ mode, says }) => {
      const chat = conversation();
      const data = validAanmeldformulier();
      proxy.set(mode);
      const failedBefore = proxy.failed();
      const started = performance.now();
      const failure = await execute(bot, chat, 'form-submit', data);
      // Within Teams' 15 s limit for an invoke, retries and the read back included.
      expect(performance.now() - started).toBeLessThan(12_000);
      expect(failure.status).toBe(200);
      const text = JSON.stringify(failure.card);
      expect(text).toContain(says);
      for (const other of [unsaved, unconfirmed].filter((notice) => notice !== says)) expect(text).not.toContain(other);
      expect(text).not.toMatch(/Opgeslagen en ingediend/);
      // It was retried before giving up.
      expect(proxy.failed() - failedBefore).toBeGreaterThan(1);
      for (const key of ['pupilName', 'birthDate', 'parentEmail', 'q1Pattern', 'reasons', 'consentBy'])
        expect(findInput(failure.card, key).value).toBe(data[key]);
      expect(failure.card.actions[0].data.submissionId).toBe(data.submissionId);

      proxy.set('up');
      expect(
        (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === data.submissionId),
      ).toHaveLength(0);
      const retry = await execute(bot, chat, 'form-submit', {
        ...data,
        submissionId: failure.card.actions[0].data.submissionId,
      });
      expect(JSON.stringify(retry.card)).toContain('Opgeslagen en ingediend.');
      expect(
        (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === data.submissionId),
      ).toHaveLength(1);
    },
    60_000,
  );

  it('should save one record when a write succeeded but its answer was lost, and say so honestly', async () => {
    const chat = conversation();
    const data = validAanmeldformulier();
    proxy.set('lose-response');
    const result = await execute(bot, chat, 'form-submit', data);
    expect(proxy.failed()).toBeGreaterThan(0);
    expect(JSON.stringify(result.card)).toMatch(/Opgeslagen en ingediend\.|er is niets dubbel opgeslagen/);
    const again = await execute(bot, chat, 'form-submit', data);
    expect(JSON.stringify(again.card)).toContain('er is niets dubbel opgeslagen');
    expect(
      (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === data.submissionId),
    ).toHaveLength(1);
  }, 60_000);
});
