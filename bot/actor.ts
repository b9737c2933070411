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

/** Who sent the activity, always with a name (empty when the channel gives none) and their Entra ID object id. */
export function namedActorOf(
  context: TurnContext,
): Identity & { readonly name: string; readonly aadObjectId?: string } {
  const identity = identityOf(context);
  const { aadObjectId } = context.activity.from ?? {};
  return { ...identity, name: identity.name ?? '', ...(aadObjectId ? { aadObjectId } : {}) };
}
