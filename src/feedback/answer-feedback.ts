import { z } from 'zod';

/**
 * One 👍/👎 on a protocol answer, as stored: the (redacted) question and the cited sections, so that
 * the knowledge base can be improved from what staff found wrong. Never pupil data: the question was
 * redacted before it was kept, and the free text of Teams' feedback form is not stored.
 */
export const answerFeedbackSchema = z.object({
  id: z.string().min(1),
  reaction: z.enum(['like', 'dislike']),
  /** The question with names, dates, ages, phone numbers and e-mail addresses removed. */
  question: z.string(),
  sectionIds: z.array(z.string()),
  answerKind: z.enum(['knowledge', 'none', 'rule']),
  generated: z.boolean(),
  /** Whether the user also typed a comment (its text is not kept: it may name a pupil). */
  hasComment: z.boolean(),
  createdAt: z.string().datetime(),
});
export type AnswerFeedback = z.infer<typeof answerFeedbackSchema>;

/** Stored answer feedback. */
export type FeedbackStore = {
  readonly add: (feedback: AnswerFeedback) => Promise<void>;
  /** Most recent first. */
  readonly list: (options?: { readonly limit?: number }) => Promise<AnswerFeedback[]>;
};
