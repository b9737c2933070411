import type { Express } from 'express';
import type { Config } from '../../src/config.js';
import type { Logger } from '../../src/logging/logger.js';
import type { StartServerOptions } from '../server.js';
import { createChatPageRoutes } from './chat-page.js';
import { createConnectorRoutes } from './connector-routes.js';
import { createDirectLineRoutes } from './direct-line-routes.js';
import { createLocalChatBridge, type LocalChatBridge, type LocalChatBridgeOptions } from './local-chat-bridge.js';

export type MountLocalChatOptions = Pick<LocalChatBridgeOptions, 'logger' | 'sendToBot'> & {
  /** How long an activity poll waits for news before answering empty. @default 8000 */
  readonly pollHoldMs?: number;
};

/**
 * Mounts the local chat: the page at `GET /` (Microsoft Web Chat), a loopback Direct Line bridge at
 * `/v3/directline`, and the connector routes at `/local-chat/connector` the bot replies to.
 * Anonymous local mode only: `bot/index.ts` mounts it when no MicrosoftAppId is configured.
 */
function mountLocalChat(server: Express, { logger, sendToBot, pollHoldMs }: MountLocalChatOptions): LocalChatBridge {
  const bridge = createLocalChatBridge({ logger, ...(sendToBot ? { sendToBot } : {}) });
  server.use(createConnectorRoutes({ bridge }));
  server.use(createDirectLineRoutes({ bridge, ...(pollHoldMs === undefined ? {} : { pollHoldMs }) }));
  server.use(createChatPageRoutes());
  return bridge;
}

/**
 * The `startServer` option that mounts the local chat in anonymous local mode (`config.bot` undefined),
 * and nothing when an app id is configured: the page talks to the bot without a token.
 * @example await startServer({ bot, logger, ...localChatExtension({ config, logger }) });
 */
export function localChatExtension({
  config,
  logger,
}: {
  readonly config: Pick<Config, 'bot' | 'mode' | 'rolesFile'>;
  readonly logger: Logger;
}): Pick<StartServerOptions, 'extend'> {
  // Never outside anonymous local mode with the demo school: the page and its bridge post activities
  // with any user id, so they must never sit in front of real schools' data.
  if (config.mode !== 'local' || config.bot || config.rolesFile) return {};
  return { extend: (server) => void mountLocalChat(server, { logger }) };
}

export type { LocalChatBridge } from './local-chat-bridge.js';
