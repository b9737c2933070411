import pRetry from 'p-retry';
import { toStoreError } from './store-errors.js';

export type StoreRetryOptions = {
  /** Attempts after the first. @default 4 */
  readonly retries?: number;
  /** First backoff in ms; doubles each time, with jitter. @default 100 */
  readonly minTimeout?: number;
  /** @default 2000 */
  readonly maxTimeout?: number;
};

/**
 * Runs a store operation, retrying transient failures (429, 5xx, timeouts, refused connections) with
 * exponential backoff; anything else fails at once. Rejects with a `StoreError`.
 */
export async function withStoreRetry<T>(
  operation: () => Promise<T>,
  { retries = 4, minTimeout = 100, maxTimeout = 2000 }: StoreRetryOptions = {},
): Promise<T> {
  return pRetry(
    async () => {
      try {
        return await operation();
      } catch (error) {
        throw toStoreError(error);
      }
    },
    {
      retries,
      minTimeout,
      maxTimeout,
      randomize: true,
      shouldRetry: ({ error }) => (error as { isRetryable?: boolean }).isRetryable === true,
    },
  );
}
