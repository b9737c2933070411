import { z } from 'zod';
import { createCosmosAnswerMemory, createCosmosFeedbackStore, createFeedbackService } from '../src/feedback/index.js';
import { errorLogFields } from '../src/logging/error-fields.js';
import type { Logger } from '../src/logging/logger.js';
import type { CosmosConnection } from '../src/storage/cosmos-connection.js';

/** Teams' feedback-loop invoke value: the reaction and, optionally, the comment form's content. */
export const feedbackValueSchema = z.object({
  actionName: z.literal('feedback'),
  actionValue: z.object({
    reaction: z.enum(['like', 'dislike']),
    feedback: z.union([z.string(), z.record(z.unknown())]).optional(),
  }),
  replyToId: z.string().optional(),
});

/** Whether a 👎/👍 came with a written comment (never its text: the comment is not kept). */
export function hasComment(feedback: string | Record<string, unknown> | undefined): boolean {
  if (typeof feedback === 'string') {
    try {
      const parsed = JSON.parse(feedback) as { feedbackText?: unknown };
      return typeof parsed.feedbackText === 'string' ? parsed.feedbackText.trim() !== '' : feedback.trim() !== '';
    } catch {
      return feedback.trim() !== '';
    }
  }
  return typeof feedback?.feedbackText === 'string' && feedback.feedbackText.trim() !== '';
}

/** The 👍/👎 feedback on answers, with the answers it may be about remembered in the store (written behind). */
export function createAnswerFeedback({ store, logger }: { readonly store: CosmosConnection; readonly logger: Logger }) {
  return createFeedbackService({
    store: createCosmosFeedbackStore(store.containers.feedback),
    answers: createCosmosAnswerMemory(store.containers.answers, {
      onWriteError: ({ waiting, dropped, error }) =>
        logger.warn(
          { event: 'answer-memory-write-failed', waiting, dropped, ...errorLogFields(error) },
          'Could not write remembered answers yet; kept for the next try',
        ),
    }),
  });
}
