import { z } from 'zod';

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
