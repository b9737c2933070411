import type { Container } from '@azure/cosmos';
import { withStoreRetry } from '../storage/store-retry.js';
import { answerFeedbackSchema, type AnswerFeedback, type FeedbackStore } from './answer-feedback.js';

/** Feedback in the Cosmos DB `feedback` container (partition key `/id`). */
export function createCosmosFeedbackStore(container: Container): FeedbackStore {
  return {
    add: async (feedback) => {
      await withStoreRetry(() => container.items.create(answerFeedbackSchema.parse(feedback)));
    },
    list: async ({ limit = 100 } = {}) => {
      const { resources } = await withStoreRetry(() => container.items.query('SELECT * FROM c').fetchAll());
      // Documents read back are parsed once, here; a malformed one is skipped rather than trusted.
      return resources
        .flatMap((resource) => {
          const parsed = answerFeedbackSchema.safeParse(resource);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((left, right) => right.createdAt.localeCompare(left.createdAt))
        .slice(0, limit);
    },
  };
}

/** Feedback in memory, for tests and local runs. */
export function createMemoryFeedbackStore(): FeedbackStore & { readonly entries: AnswerFeedback[] } {
  const entries: AnswerFeedback[] = [];
  return {
    entries,
    add: async (feedback) => {
      entries.push(answerFeedbackSchema.parse(feedback));
    },
    list: async ({ limit = 100 } = {}) =>
      [...entries].sort((left, right) => right.createdAt.localeCompare(left.createdAt)).slice(0, limit),
  };
}
