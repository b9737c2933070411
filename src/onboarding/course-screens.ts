import type { AnswerFeedback, OnboardingProgress } from './course-progress.js';
import { feedbackFor, score } from './course-progress.js';
import type { CourseStep, OnboardingCourse, OnboardingRole, RoleCourse } from './course.js';

/**
 * What the onboarding service answers with: the course choice, a step with its feedback, the stop, the
 * summary. Plain data; `onboarding-view.ts` turns each into the data its card binds to.
 */

export type RoleHeader = { readonly role: OnboardingRole; readonly roleTitle: string; readonly stepCount: number };

export type StartView = {
  readonly kind: 'start';
  readonly roles: readonly {
    readonly role: OnboardingRole;
    readonly title: string;
    readonly description: string;
    readonly stepCount: number;
  }[];
  /** The role the user has in the directory, offered first. */
  readonly suggestedRole?: OnboardingRole;
  /** A course left halfway, to continue. */
  readonly resumable?: RoleHeader & { readonly stepIndex: number };
  /** The last course finished, if the progress says so. */
  readonly completed?: RoleHeader & { readonly completedAt: string };
};

export type StepView = RoleHeader & {
  readonly kind: 'step';
  readonly stepIndex: number;
  readonly step: CourseStep;
  /** Which questions are answered: they show feedback instead of options. */
  readonly answered: ReadonlySet<string>;
  readonly feedback: readonly AnswerFeedback[];
  /** Set when the user pressed Volgende without answering. */
  readonly notice?: 'answerFirst';
};

export type StoppedView = RoleHeader & { readonly kind: 'stopped'; readonly stepIndex: number };

export type SummaryView = RoleHeader & {
  readonly kind: 'summary';
  readonly completedAt: string;
  readonly score: { readonly correct: number; readonly total: number };
  readonly remember: readonly string[];
  readonly commands: readonly { readonly command: string; readonly description: string }[];
};

export type OnboardingView = StartView | StepView | StoppedView | SummaryView;

/** A course by its role, title and length, as every screen heads it. */
export function roleHeader(roleCourse: RoleCourse): RoleHeader {
  return { role: roleCourse.role, roleTitle: roleCourse.title, stepCount: roleCourse.steps.length };
}

/** The courses to choose from. */
export function courseChoices(course: OnboardingCourse): StartView['roles'] {
  return course.roles.map((roleCourse) => ({
    role: roleCourse.role,
    title: roleCourse.title,
    description: roleCourse.description,
    stepCount: roleCourse.steps.length,
  }));
}

/** The step the progress is at, with feedback on the questions answered. */
export function stepScreen(
  course: OnboardingCourse,
  progress: OnboardingProgress,
  notice?: StepView['notice'],
): StepView {
  const roleCourse = course.forRole(progress.role);
  const step = roleCourse.steps[progress.stepIndex]!;
  return {
    kind: 'step',
    ...roleHeader(roleCourse),
    stepIndex: progress.stepIndex,
    step,
    answered: new Set(
      step.questions.filter((question) => progress.answers[question.id]).map((question) => question.id),
    ),
    feedback: feedbackFor(step, progress.answers),
    ...(notice ? { notice } : {}),
  };
}

/** The end of a course: the score, what to remember, the commands to use. */
export function summaryScreen(
  course: OnboardingCourse,
  progress: OnboardingProgress,
  completedAt: string,
): SummaryView {
  const roleCourse = course.forRole(progress.role);
  return {
    kind: 'summary',
    ...roleHeader(roleCourse),
    completedAt,
    score: score(roleCourse, progress.answers),
    remember: roleCourse.remember,
    commands: roleCourse.commands,
  };
}
