import { z } from 'zod';
import { onboardingRoleSchema, type CourseStep, type OnboardingRole, type RoleCourse } from './course.js';

const answerSchema = z.object({ choice: z.number().int().min(0), correct: z.boolean(), answeredAt: z.string() });
export type RecordedAnswer = z.infer<typeof answerSchema>;

/**
 * One user's place in the course, stored in the `progress` container (partition `/userId`, id
 * {@link progressDocumentId}). Lenient on read: Cosmos adds `_etag` and friends, which are dropped.
 */
export const onboardingProgressSchema = z.object({
  id: z.string(),
  userId: z.string().min(1),
  type: z.literal('onboarding-progress'),
  role: onboardingRoleSchema,
  stepIndex: z.number().int().min(0),
  /** By question id: the chosen option's index and whether it was right. */
  answers: z.record(z.string(), answerSchema),
  status: z.enum(['active', 'stopped', 'completed']),
  startedAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullish(),
});
export type OnboardingProgress = z.infer<typeof onboardingProgressSchema>;

/** A finished course, listed per school for the zorgcoördinator: names and dates only. */
export const onboardingCompletionSchema = z.object({
  id: z.string(),
  userId: z.string().min(1),
  type: z.literal('onboarding-completion'),
  role: onboardingRoleSchema,
  userName: z.string(),
  schoolId: z.string().nullish(),
  completedAt: z.string(),
});
export type OnboardingCompletion = z.infer<typeof onboardingCompletionSchema>;

/** The one progress document per user: a user follows one course at a time. */
export const progressDocumentId = 'onboarding-progress';

export function completionDocumentId(role: OnboardingRole): string {
  return `onboarding-completion-${role}`;
}

/** A fresh course at step 1. */
export function startProgress({
  userId,
  role,
  now,
}: {
  readonly userId: string;
  readonly role: OnboardingRole;
  readonly now: Date;
}): OnboardingProgress {
  const at = now.toISOString();
  return {
    id: progressDocumentId,
    userId,
    type: 'onboarding-progress',
    role,
    stepIndex: 0,
    answers: {},
    status: 'active',
    startedAt: at,
    updatedAt: at,
    completedAt: null,
  };
}

/** What the user gets to see about one answered question. */
export type AnswerFeedback = {
  readonly questionId: string;
  readonly correct: boolean;
  readonly chosen: string;
  readonly answer: string;
  readonly explanation: string;
};

/** Feedback for every question of the step the user has answered. */
export function feedbackFor(step: CourseStep, answers: OnboardingProgress['answers']): AnswerFeedback[] {
  return step.questions.flatMap((question) => {
    const recorded = answers[question.id];
    if (!recorded) return [];
    return [
      {
        questionId: question.id,
        correct: recorded.correct,
        chosen: question.options[recorded.choice] ?? '',
        answer: question.answer,
        explanation: question.explanation,
      },
    ];
  });
}

/**
 * Records the user's choices for the step's questions (option indexes by question id). Choices for
 * questions already answered, for other steps, or out of range are ignored: an answer counts once.
 */
export function recordAnswers({
  progress,
  step,
  choices,
  now,
}: {
  readonly progress: OnboardingProgress;
  readonly step: CourseStep;
  readonly choices: Readonly<Record<string, number>>;
  readonly now: Date;
}): OnboardingProgress {
  const answers = { ...progress.answers };
  for (const question of step.questions) {
    const choice = choices[question.id];
    if (choice === undefined || answers[question.id] || choice >= question.options.length) continue;
    answers[question.id] = {
      choice,
      correct: question.options[choice] === question.answer,
      answeredAt: now.toISOString(),
    };
  }
  return { ...progress, answers, updatedAt: now.toISOString() };
}

export function unansweredQuestions(step: CourseStep, answers: OnboardingProgress['answers']): string[] {
  return step.questions.filter((question) => !answers[question.id]).map((question) => question.id);
}

/** Moves to a step of the course (clamped to its bounds) and makes the course active again. */
export function moveTo({
  progress,
  course,
  stepIndex,
  now,
}: {
  readonly progress: OnboardingProgress;
  readonly course: RoleCourse;
  readonly stepIndex: number;
  readonly now: Date;
}): OnboardingProgress {
  const clamped = Math.min(Math.max(stepIndex, 0), course.steps.length - 1);
  return {
    ...progress,
    stepIndex: clamped,
    status: progress.status === 'completed' ? 'completed' : 'active',
    updatedAt: now.toISOString(),
  };
}

/** How many of the course's questions were answered right, of how many. */
export function score(
  course: RoleCourse,
  answers: OnboardingProgress['answers'],
): { readonly correct: number; readonly total: number } {
  const questions = course.steps.flatMap((step) => step.questions);
  return { correct: questions.filter((question) => answers[question.id]?.correct).length, total: questions.length };
}
