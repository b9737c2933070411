import type { TurnContext } from 'botbuilder';
import type { Identity } from '../src/access/actor.js';

/**
 * Who sent the activity, as the channel says: the Entra ID object id when Teams gives one (stable
 * across chats and apps), otherwise the channel's user id (Web Chat, Emulator).
 */
export function identityOf(context: TurnContext): Identity {
  const { from, conversation, channelData } = context.activity;
  const tenantId = conversation?.tenantId ?? (channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  return {
    userId: from?.aadObjectId ?? from?.id ?? 'unknown',
    ...(from?.name ? { name: from.name } : {}),
    ...(typeof tenantId === 'string' ? { tenantId } : {}),
  };
}
