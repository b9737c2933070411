import { createBot, type Bot } from '../../../bot/app.js';
import { localChatExtension } from '../../../bot/local-chat/index.js';
import { startServer, type BotServer } from '../../../bot/server.js';
import { loadConfig } from '../../../src/config.js';
import { createLogger, createSilentLogger } from '../../../src/logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../../../src/storage/cosmos-connection.js';

export type ChatBot = {
  /** `http://127.0.0.1:<port>`: the chat page is at `${url}/`. */
  readonly url: string;
  readonly bot: Bot;
  readonly server: BotServer;
  readonly store: CosmosConnection;
  readonly close: () => Promise<void>;
};

/**
 * Starts the bot as `npm start` does in anonymous local mode — embedded Cosmos store, local chat page
 * mounted through `localChatExtension` — on a loopback port (a free one unless `port` is given).
 * `E2E_LOG_LEVEL=debug` shows the bot's log.
 */
export async function startChatBot({
  env = {},
  port = 0,
}: { readonly env?: Record<string, string>; readonly port?: number } = {}): Promise<ChatBot> {
  const logLevel = process.env.E2E_LOG_LEVEL;
  const logger = logLevel ? createLogger({ level: logLevel }) : createSilentLogger();
  const config = loadConfig({ COSMOS_DATABASE: `e2e-${Math.random().toString(36).slice(2, 10)}`, ...env });
  const store = await connectCosmos({ cosmos: config.cosmos, logger });
  const bot = await createBot({ config, logger, store });
  const server = await startServer({ bot, logger, port, host: '127.0.0.1', ...localChatExtension({ config, logger }) });
  return {
    url: server.url,
    bot,
    server,
    store,
    close: async () => {
      await server.close();
      await bot.close();
      await store.close();
    },
  };
}
