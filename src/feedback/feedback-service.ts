import { randomUUID } from 'node:crypto';
import type { AnswerFeedback, FeedbackStore } from './answer-feedback.js';
import {
  createMemoryAnswerMemory,
  type AnsweredQuestion,
  type AnswerMemory,
  type SentMessage,
} from './answer-memory.js';
import { createMemoryFeedbackStore } from './feedback-stores.js';

export type FeedbackServiceOptions = {
  /** @default in memory */
  readonly store?: FeedbackStore;
  /** @default in memory */
  readonly answers?: AnswerMemory;
  readonly now?: () => Date;
  readonly generateId?: () => string;
};

export type FeedbackService = {
  /** Keeps what an answer was about (redacted question, cited sections) under the message that carried it. */
  readonly rememberAnswer: (message: SentMessage, answered: AnsweredQuestion) => Promise<void>;
  /**
   * Stores a 👍/👎 on a message with what its answer was about; resolves undefined when the message is
   * not a remembered answer (too old, or not an answer at all), and then stores nothing.
   */
  readonly record: (input: {
    readonly message: SentMessage;
    readonly reaction: 'like' | 'dislike';
    readonly hasComment: boolean;
  }) => Promise<AnswerFeedback | undefined>;
  readonly store: FeedbackStore;
  /** Writes the answers that are still waiting (at shutdown). */
  readonly close: () => Promise<void>;
};

/**
 * @example
 * await createFeedbackService({ store, answers }).record({ message, reaction: 'dislike', hasComment: false });
 */
export function createFeedbackService({
  store = createMemoryFeedbackStore(),
  answers = createMemoryAnswerMemory(),
  now = () => new Date(),
  generateId = randomUUID,
}: FeedbackServiceOptions = {}): FeedbackService {
  return {
    store,
    close: () => answers.close(),
    rememberAnswer: (message, answered) => answers.remember(message, answered),
    record: async ({ message, reaction, hasComment }) => {
      const answered = await answers.recall(message);
      if (!answered) return undefined;
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
