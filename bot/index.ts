import { ConfigError, loadConfig } from '../src/config.js';
import { errorLogFields } from '../src/logging/error-fields.js';
import { createLogger } from '../src/logging/logger.js';

/** Entry point of `npm start`: configuration, store, bot, HTTP endpoint; stops cleanly on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  // Loaded after the configuration is accepted: a refused start says why at once, before the bot's modules load.
  const [{ createBot }, { localChatExtension }, { startServer }] = await Promise.all([
    import('./app.js'),
    import('./local-chat/index.js'),
    import('./server.js'),
  ]);
  const logger = createLogger({ level: config.logLevel });
  const bot = await createBot({ config, logger });
  const server = await startServer({
    bot,
    logger,
    port: config.port,
    host: config.host,
    ...localChatExtension({ config, logger }),
  });
  if (config.mode === 'local') {
    logger.warn(
      { event: 'auth-anonymous', host: config.host },
      'Local development mode: no MicrosoftAppId set, so requests are not authenticated; ' +
        `only the demo school, on ${config.host}. ` +
        'Set MicrosoftAppId and MicrosoftAppPassword (and NODE_ENV=production) for Teams.',
    );
    logger.info(
      { event: 'local-chat-start', url: `http://localhost:${server.port}/` },
      `Local chat page: http://localhost:${server.port}/`,
    );
  }
  logger.info({ event: 'server-start', url: server.url }, `Verzuimwijzer listens on ${server.url}/api/messages`);

  const stop = async (signal: string) => {
    logger.info({ event: 'server-stop', signal }, 'Stopping');
    await server.close();
    await bot.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.on('unhandledRejection', (reason) => {
    logger.error({ event: 'unhandled-rejection', ...errorLogFields(reason) }, 'Unhandled rejection');
  });
}

void main();
