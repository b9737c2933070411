import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../bot/app.js';
import { localChatExtension } from '../../bot/local-chat/index.js';
import { startServer, type BotServer } from '../../bot/server.js';
import { loadConfig } from '../../src/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../../src/storage/cosmos-connection.js';
import { users } from '../forms-support.js';
import { writeTenantRolesFile } from './security-support.js';

/**
 * Issue 17, attempt 1: a POST to `/local-chat/session` with another school's oco as `userId`. The chat
 * page is only there for the demo school, so with a roles file (even allowed locally) it does not exist.
 */
describe('the local chat page next to real schools', () => {
  const logger = createSilentLogger();
  let store: CosmosConnection;
  let bot: Bot;
  let server: BotServer;
  beforeAll(async () => {
    const config = loadConfig({
      COSMOS_DATABASE: `security-chat-${Math.random().toString(36).slice(2, 10)}`,
      ROLES_FILE: writeTenantRolesFile(),
      LOCAL_ALLOW_ROLES_FILE: 'true',
    });
    store = await connectCosmos({ cosmos: config.cosmos, logger });
    bot = await createBot({ config, logger, store });
    server = await startServer({ bot, logger, port: 0, host: config.host, ...localChatExtension({ config, logger }) });
  });
  afterAll(async () => {
    await server?.close();
    await bot?.close();
    await store?.close();
  });

  it('should listen on loopback and serve neither the page nor its Direct Line bridge', async () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
    const session = await fetch(`${server.url}/local-chat/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: users.otherOco.aadObjectId, name: 'Oco' }),
    });
    expect(session.status).toBe(404);
    expect((await fetch(`${server.url}/`)).status).toBe(404);
    expect((await fetch(`${server.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});
