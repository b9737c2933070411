import type { TurnContext } from 'botbuilder';
import type { ActivityLedger, LedgerReference } from '../src/storage/activity-ledger.js';

/**
 * Teams delivers an activity again when the bot did not answer it within 15 seconds (or answered with
 * an error), possibly to another instance. Every activity acts once:
 *
 * - This instance remembers the activities it has seen, so a redelivery (or the same activity arriving
 *   twice at once) that reaches it again is dropped without a store request.
 * - A message that may change stored data (a command, a card press) or a conversation update is also
 *   claimed in the Cosmos DB activity ledger before it runs, so no other instance acts on it again.
 * - A message that only answers (a protocol question, "wat nu?", help) is not: at worst a redelivery that
 *   reaches another instance sends the same answer twice. In exchange those answers need no store at
 *   all — they keep coming when Cosmos DB is unreachable — and cost one store request less.
 *
 * A failed turn gives up its claims, so that a redelivery can try again.
 */
export type DeliveryGuard = {
  readonly run: (context: TurnContext, turn: () => Promise<void>) => Promise<void>;
};

export type DeliveryGuardOptions = {
  readonly ledger: ActivityLedger;
  readonly isReadOnly: (context: TurnContext) => Promise<boolean>;
  /** Activities this instance remembers. @default 20000 */
  readonly remembered?: number;
};

const guardedTypes = new Set(['message', 'conversationUpdate']);

export function createDeliveryGuard({ ledger, isReadOnly, remembered = 20_000 }: DeliveryGuardOptions): DeliveryGuard {
  // Insertion-ordered: the oldest is forgotten first.
  const seen = new Set<string>();
  const remember = (key: string) => {
    if (seen.has(key)) return false;
    seen.add(key);
    if (seen.size > remembered) seen.delete(seen.values().next().value!);
    return true;
  };

  return {
    run: async (context, turn) => {
      const { activity } = context;
      if (!activity.id || !activity.conversation?.id || !guardedTypes.has(activity.type)) return turn();
      const reference: LedgerReference = { conversationId: activity.conversation.id, activityId: activity.id };
      const key = `${reference.conversationId}\u0000${reference.activityId}`;
      if (!remember(key)) return;
      let claimed = false;
      try {
        if (!(await isReadOnly(context))) {
          if (!(await ledger.claim(reference))) return;
          claimed = true;
        }
        await turn();
      } catch (error) {
        seen.delete(key);
        if (claimed) await ledger.release(reference).catch(() => undefined);
        throw error;
      }
    },
  };
}
