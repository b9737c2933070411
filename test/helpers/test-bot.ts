import { afterAll, beforeAll } from 'vitest';
import { startLoopbackChannel, type LoopbackChannel } from './loopback-channel.js';
import { loadConfig } from '../../src/config.js';
import { createSilentLogger, type Logger } from '../../src/logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../../src/storage/cosmos-connection.js';
import {
  embeddedCosmosKey,
  startEmbeddedCosmosServer,
  type EmbeddedCosmosServer,
} from '../../src/storage/embedded-cosmos-server.js';
import { createBot, type Bot } from '../../bot/app.js';
import type { FormDefinition } from '../../src/forms/form-definition.js';
import { startServer, type BotServer } from '../../bot/server.js';

export type TestBot = {
  readonly bot: Bot;
  readonly server: BotServer;
  readonly store: CosmosConnection;
  /** POSTs an activity to `/api/messages` as Teams does; resolves with the HTTP status and body. */
  readonly post: (activity: object, headers?: Record<string, string>) => Promise<{ status: number; body: any }>;
  readonly close: () => Promise<void>;
};

export type StartTestBotOptions = {
  /** Environment as the process would have it; defaults to an anonymous bot. */
  readonly env?: Record<string, string>;
  /** A Cosmos endpoint shared between bot instances (for restart tests); default: a fresh embedded server. */
  readonly cosmosEndpoint?: string;
  readonly logger?: Logger;
  /** The bot's clock (the follow-through's due dates and reminders). @default the real clock */
  readonly now?: () => Date;
  /** Reminder ticking; `intervalMs: 0` leaves ticking to the test (`bot.reminders.tick()`). */
  readonly reminders?: { readonly intervalMs?: number; readonly instanceId?: string };
  /** Forms besides the built-in ones, each from its definition alone. @default none */
  readonly extraForms?: readonly FormDefinition<any>[];
};

/** Starts an embedded Cosmos DB–protocol server that outlives bot instances. */
export function startSharedCosmos(): Promise<EmbeddedCosmosServer> {
  return startEmbeddedCosmosServer();
}

/**
 * Starts the whole bot on a free loopback port, on a Cosmos endpoint (the embedded server by default),
 * through the same `createBot` and `startServer` as `npm start`.
 */
export async function startTestBot({
  env = {},
  cosmosEndpoint,
  logger = createSilentLogger(),
  now,
  reminders,
  extraForms,
}: StartTestBotOptions = {}): Promise<TestBot> {
  const database = `test-${Math.random().toString(36).slice(2, 10)}`;
  const config = loadConfig({
    COSMOS_DATABASE: env.COSMOS_DATABASE ?? database,
    ...(cosmosEndpoint ? { COSMOS_ENDPOINT: cosmosEndpoint, COSMOS_KEY: embeddedCosmosKey } : {}),
    // Tests give made-up users roles without Bot Framework tokens: the explicit local-mode opt-in.
    ...(env.ROLES_FILE && !env.MicrosoftAppId ? { LOCAL_ALLOW_ROLES_FILE: 'true' } : {}),
    ...env,
  });
  const store = await connectCosmos({ cosmos: config.cosmos, logger });
  const bot = await createBot({
    config,
    logger,
    store,
    ...(now ? { now } : {}),
    ...(reminders ? { reminders } : {}),
    ...(extraForms ? { extraForms } : {}),
  });
  const server = await startServer({ bot, logger, port: 0, host: '127.0.0.1' });
  return {
    bot,
    server,
    store,
    post: async (activity, headers = {}) => {
      const response = await fetch(`${server.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body };
    },
    close: async () => {
      await server.close();
      await bot.close();
      await store.close();
    },
  };
}

/**
 * Registers hooks on the enclosing `describe`: before its tests a loopback channel and a bot start
 * (`options` is called then, so it may write files), handed to `onOpen`; after them both close.
 * @example useTestBot(() => ({}), (session) => ({ bot, channel } = session));
 */
export function useTestBot(
  options: () => StartTestBotOptions,
  onOpen: (session: { readonly bot: TestBot; readonly channel: LoopbackChannel }) => void,
): void {
  const opened: { bot?: TestBot; channel?: LoopbackChannel } = {};
  beforeAll(async () => {
    const channel = (opened.channel = await startLoopbackChannel());
    const bot = (opened.bot = await startTestBot(options()));
    onOpen({ bot, channel });
  });
  afterAll(async () => {
    await opened.bot?.close();
    await opened.channel?.close();
  });
}
