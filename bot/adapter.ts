import type { TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Config } from '../src/config.js';
import { reuseConnectorClients } from './connector-clients.js';
import { keepEntityProperties } from './connector-entity-patch.js';
import { TeamsAdapter } from './teams-ai.js';

/** The Bot Framework adapter: with the bot's credentials in Teams, anonymous locally. */
export function createAdapter(config: Config): TeamsAdapter {
  // Teams' citations travel in message entities, which botbuilder's serializer would otherwise strip.
  keepEntityProperties();
  const adapter = new TeamsAdapter(
    config.bot
      ? {
          MicrosoftAppId: config.bot.appId,
          MicrosoftAppPassword: config.bot.appPassword,
          MicrosoftAppType: config.bot.appType,
          MicrosoftAppTenantId: config.bot.tenantId,
        }
      : {},
  );
  // The adapter keeps its authentication protected; the connector clients it makes are reused across turns.
  reuseConnectorClients(
    (adapter as unknown as { readonly botFrameworkAuthentication: BotFrameworkAuthentication })
      .botFrameworkAuthentication,
  );
  return adapter;
}

/**
 * Message activities without text but with a `command` in their value come from card buttons
 * (Web Chat sends `Action.Submit` that way); they are routed as if the command was typed.
 */
export function normalizeActivity(context: TurnContext): void {
  const { activity } = context;
  const value = activity.value as { command?: unknown } | undefined;
  if (activity.type === 'message' && !activity.text && typeof value?.command === 'string') {
    activity.text = value.command;
  }
}
