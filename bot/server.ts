import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, {
  type Express,
  type NextFunction,
  type Request as ExpressRequest,
  type Response as ExpressResponse,
} from 'express';
import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import type { Bot } from './app.js';

export type BotServer = {
  readonly url: string;
  readonly port: number;
  readonly http: Server;
  readonly close: () => Promise<void>;
};

export type StartServerOptions = {
  readonly bot: Bot;
  readonly logger: Logger;
  /** @default 3978; 0 picks a free port. */
  readonly port?: number;
  /** @default '0.0.0.0' */
  readonly host?: string;
  /** Extra routes (the local chat page) mounted before the server starts. */
  readonly extend?: (server: Express) => void;
};

/** How long `/healthz` waits for the store before calling it unreachable. */
const healthTimeoutMs = 3000;

/**
 * Wraps a response so that a 500 written before the bot was reached becomes a 401, and so that no
 * failed authentication tells the caller why (the adapter would send the signing-key URL and error).
 */
function unauthorizedUnlessReached(response: ExpressResponse, reached: () => boolean) {
  return {
    socket: response.socket,
    header: (name: string, value: unknown) => response.header(name, value as string),
    send: (body?: unknown) => response.send(!reached() && response.statusCode >= 400 ? undefined : body),
    end: (...args: unknown[]) => response.end(...(args as [])),
    status: (code: number) => response.status(code === 500 && !reached() ? 401 : code),
  };
}

export function createHttpApp({ bot, logger, extend }: Pick<StartServerOptions, 'bot' | 'logger' | 'extend'>): Express {
  const server = express();
  const authenticated = Boolean(bot.app.options.botAppId);
  server.disable('x-powered-by');
  server.use(express.json({ limit: '256kb' }));

  server.post('/api/messages', async (request, response) => {
    try {
      let reachedBot = false;
      // CloudAdapter answers 500 when a token cannot be validated at all (for example when the signing
      // keys cannot be fetched); a request that never got past authentication is unauthorized: 401.
      const guarded = authenticated ? unauthorizedUnlessReached(response, () => reachedBot) : response;
      await bot.adapter.process(request, guarded, (context) => {
        reachedBot = true;
        return bot.handleTurn(context);
      });
    } catch (error) {
      logger.error({ event: 'request-error', ...errorLogFields(error) }, 'Processing an activity failed');
      if (!response.headersSent) response.status(500).end();
    }
  });

  server.get('/healthz', async (_request, response) => {
    const reachable = await Promise.race([
      bot.store.ping(),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), healthTimeoutMs).unref()),
    ]);
    response.status(reachable ? 200 : 503).json({
      status: reachable ? 'ok' : 'degraded',
      store: { reachable, embedded: bot.store.embedded },
      mode: bot.app.options.botAppId ? 'authenticated' : 'anonymous',
    });
  });

  extend?.(server);
  // Malformed bodies and other request errors: a status and nothing else, never Express's HTML stack trace.
  server.use((error: unknown, _request: ExpressRequest, response: ExpressResponse, next: NextFunction) => {
    if (response.headersSent) return next(error);
    const status =
      typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 500;
    if (status >= 500) logger.error({ event: 'request-error', ...errorLogFields(error) }, 'Request failed');
    response
      .status(status >= 400 && status < 600 ? status : 500)
      .json({ error: status >= 500 ? 'internal error' : 'bad request' });
  });
  return server;
}

/** Starts the HTTP endpoint: `POST /api/messages` and `GET /healthz`. */
export async function startServer({
  bot,
  logger,
  port = 3978,
  host = '0.0.0.0',
  extend,
}: StartServerOptions): Promise<BotServer> {
  const app = createHttpApp({ bot, logger, extend });
  const http = await new Promise<Server>((resolve, reject) => {
    const listening = app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const boundPort = (http.address() as AddressInfo).port;
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${boundPort}`;
  return {
    url,
    port: boundPort,
    http,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
