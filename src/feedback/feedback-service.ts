import { randomUUID } from 'node:crypto';
import type { AnswerFeedback, FeedbackStore } from './answer-feedback.js';
import { createMemoryFeedbackStore } from './feedback-stores.js';

/** What the bot remembers about an answer it sent, to attach feedback to it later. */
export type AnsweredQuestion = {
  /** Already redacted when it was remembered. */
  readonly question: string;
  readonly sectionIds: readonly string[];
  readonly answerKind: AnswerFeedback['answerKind'];
  readonly generated: boolean;
};

export type FeedbackServiceOptions = {
  /** @default in memory */
  readonly store?: FeedbackStore;
  readonly now?: () => Date;
  readonly generateId?: () => string;
};

export type FeedbackService = {
  readonly record: (input: { readonly reaction: 'like' | 'dislike'; readonly answered: AnsweredQuestion; readonly hasComment: boolean }) => Promise<AnswerFeedback>;
  readonly store: FeedbackStore;
};

/** @example await createFeedbackService({ store }).record({ reaction: 'dislike', answered, hasComment: false }); */
export function createFeedbackService({ store = createMemoryFeedbackStore(), now = () => new Date(), generateId = randomUUID }: FeedbackServiceOptions = {}): FeedbackService {
  return {
    store,
    record: async ({ reaction, answered, hasComment }) => {
      const feedback: AnswerFeedback = {
        id: generateId(),
        reaction,
        question: answered.question,
        sectionIds: [...answered.sectionIds],
        answerKind: answered.answerKind,
        generated: answered.generated,
        hasComment,
        createdAt: now().toISOString(),
      };
      await store.add(feedback);
      return feedback;
    },
  };
}
