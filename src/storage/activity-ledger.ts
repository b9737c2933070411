import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { toStoreError } from './store-errors.js';
import { withStoreRetry } from './store-retry.js';

/** Something done at most once in a conversation: an activity handled, or the welcome. */
export type LedgerReference = { readonly conversationId: string; readonly activityId: string };

/**
 * Remembers which activities were handled, so that an activity Teams delivers again (it resends one the
 * bot did not answer within 15 seconds) is not acted on twice — across all bot instances. It keeps the
 * other once-per-conversation facts the same way (the welcome, under the pseudo activity id `welcome`).
 */
export type ActivityLedger = {
  /**
   * Claims an activity. Resolves false when another delivery of it already claimed it. A claim is kept
   * for the container's default (a day) unless `retainSeconds` says otherwise.
   */
  readonly claim: (reference: LedgerReference, options?: { readonly retainSeconds?: number }) => Promise<boolean>;
  /** Releases a claim after a failed turn, so that a redelivery can try again. */
  readonly release: (reference: LedgerReference) => Promise<void>;
};

function ledgerId({ conversationId, activityId }: LedgerReference): string {
  return createHash('sha256').update(`${conversationId}\u0000${activityId}`).digest('hex');
}

export function createCosmosActivityLedger(container: Container): ActivityLedger {
  return {
    claim: async (reference, { retainSeconds } = {}) => {
      const id = ledgerId(reference);
      try {
        await withStoreRetry(() =>
          container.items.create({
            id,
            claimedAt: new Date().toISOString(),
            ...(retainSeconds ? { ttl: retainSeconds } : {}),
          }),
        );
        return true;
      } catch (error) {
        if (toStoreError(error).reason === 'conflict') return false;
        throw error;
      }
    },
    release: async (reference) => {
      const id = ledgerId(reference);
      try {
        await withStoreRetry(() => container.item(id, id).delete());
      } catch (error) {
        if (toStoreError(error).reason !== 'notFound') throw error;
      }
    },
  };
}
