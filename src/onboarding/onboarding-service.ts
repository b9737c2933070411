import type { OnboardingProgress } from './course-progress.js';
import { moveTo, recordAnswers, startProgress, unansweredQuestions } from './course-progress.js';
import {
  courseChoices,
  roleHeader,
  stepScreen,
  summaryScreen,
  type StartView,
  type StepView,
  type StoppedView,
  type SummaryView,
} from './course-screens.js';
import type { OnboardingCourse, OnboardingRole, RoleCourse } from './course.js';
import { OnboardingStaleActionError } from './onboarding-errors.js';
import { createMemoryOnboardingProgressStore, type OnboardingProgressStore } from './progress-store.js';

/** Who follows the course. `id` is stable across devices (the Entra object id in Teams). */
export type OnboardingUser = {
  readonly id: string;
  readonly name: string;
  /** The user's school, when known; completions are listed per school. */
  readonly schoolId?: string;
};

/** A card action on a step: the role and step the card showed, and any chosen options by question id. */
export type StepAction = {
  readonly user: OnboardingUser;
  readonly role: OnboardingRole;
  readonly stepIndex: number;
  readonly choices?: Readonly<Record<string, number>>;
};

export type OnboardingServiceOptions = {
  readonly course: OnboardingCourse;
  /** @default an in-memory store */
  readonly store?: OnboardingProgressStore;
  /** @default () => new Date() */
  readonly now?: () => Date;
};

export type OnboardingService = ReturnType<typeof createOnboardingService>;

/**
 * The onboarding course as a service: plain data in, views out. Progress is saved on every action, so
 * the course continues on another device or after a restart.
 * @example const onboarding = createOnboardingService({ course, store }); await onboarding.open({ user });
 */
export function createOnboardingService({
  course,
  store = createMemoryOnboardingProgressStore(),
  now = () => new Date(),
}: OnboardingServiceOptions) {
  const header = (roleCourse: RoleCourse) => roleHeader(roleCourse);
  const stepView = (progress: OnboardingProgress, notice?: StepView['notice']) => stepScreen(course, progress, notice);

  /** Loads the progress a step card belongs to, or explains why the card is stale. */
  const progressFor = async ({ user, role, stepIndex }: StepAction): Promise<OnboardingProgress> => {
    const progress = await store.get(user.id);
    if (!progress) throw new OnboardingStaleActionError('notStarted');
    if (progress.role !== role) throw new OnboardingStaleActionError('otherCourse');
    if (stepIndex >= course.forRole(role).steps.length) throw new OnboardingStaleActionError('unknownStep');
    return progress;
  };

  return {
    /** What "onboarding" shows: continue where you were, or choose a course. */
    open: async ({
      user,
      suggestedRole,
    }: {
      readonly user: OnboardingUser;
      readonly suggestedRole?: OnboardingRole;
    }): Promise<StartView> => {
      const progress = await store.get(user.id);
      const roles = courseChoices(course);
      const roleCourse = progress ? course.forRole(progress.role) : undefined;
      return {
        kind: 'start',
        roles,
        ...(suggestedRole ? { suggestedRole } : {}),
        ...(progress && roleCourse && progress.status !== 'completed'
          ? { resumable: { ...header(roleCourse), stepIndex: progress.stepIndex } }
          : {}),
        ...(progress && roleCourse && progress.completedAt
          ? { completed: { ...header(roleCourse), completedAt: progress.completedAt } }
          : {}),
      };
    },

    /** Starts a role's course at step 1; any earlier progress is replaced (completions stay recorded). */
    start: async ({
      user,
      role,
    }: {
      readonly user: OnboardingUser;
      readonly role: OnboardingRole;
    }): Promise<StepView> => {
      const progress = startProgress({ userId: user.id, role, now: now() });
      await store.save(progress);
      return stepView(progress);
    },

    /** Continues the stored course at its step; a user who never started gets the course choice. */
    resume: async ({ user }: { readonly user: OnboardingUser }): Promise<StepView | StartView> => {
      const progress = await store.get(user.id);
      if (!progress) return { kind: 'start', roles: courseChoices(course) };
      const resumed: OnboardingProgress = {
        ...progress,
        status: progress.status === 'completed' ? 'completed' : 'active',
        updatedAt: now().toISOString(),
      };
      await store.save(resumed);
      return stepView(resumed);
    },

    /** Checks the chosen answers and shows the step again, with feedback. */
    answer: async (action: StepAction): Promise<StepView> => {
      const progress = await progressFor(action);
      const step = course.forRole(action.role).steps[action.stepIndex]!;
      const answered = recordAnswers({
        progress: { ...progress, stepIndex: action.stepIndex },
        step,
        choices: action.choices ?? {},
        now: now(),
      });
      await store.save(answered);
      return stepView(answered);
    },

    /**
     * Volgende: answers chosen on the card are checked first (the step is shown again with feedback);
     * an unanswered step asks for an answer; after the last step the course is completed.
     */
    next: async (action: StepAction): Promise<StepView | SummaryView> => {
      const progress = await progressFor(action);
      const roleCourse = course.forRole(action.role);
      const step = roleCourse.steps[action.stepIndex]!;
      const before = unansweredQuestions(step, progress.answers).length;
      const answered = recordAnswers({
        progress: { ...progress, stepIndex: action.stepIndex },
        step,
        choices: action.choices ?? {},
        now: now(),
      });
      const open = unansweredQuestions(step, answered.answers).length;
      if (open > 0 || open < before) {
        await store.save(answered);
        return stepView(answered, open > 0 ? 'answerFirst' : undefined);
      }
      if (action.stepIndex + 1 < roleCourse.steps.length) {
        const moved = moveTo({ progress: answered, course: roleCourse, stepIndex: action.stepIndex + 1, now: now() });
        await store.save(moved);
        return stepView(moved);
      }
      const completedAt = now().toISOString();
      const completed: OnboardingProgress = { ...answered, status: 'completed', completedAt, updatedAt: completedAt };
      await store.save(completed);
      await store.saveCompletion({
        userId: action.user.id,
        role: action.role,
        userName: action.user.name,
        schoolId: action.user.schoolId ?? null,
        completedAt,
      });
      return summaryScreen(course, completed, completedAt);
    },

    previous: async (action: StepAction): Promise<StepView> => {
      const progress = await progressFor(action);
      const moved = moveTo({
        progress,
        course: course.forRole(action.role),
        stepIndex: action.stepIndex - 1,
        now: now(),
      });
      await store.save(moved);
      return stepView(moved);
    },

    /** Stops for now; "onboarding" later offers to continue at this step. */
    stop: async (action: StepAction): Promise<StoppedView> => {
      const progress = await progressFor(action);
      const stopped: OnboardingProgress = {
        ...progress,
        stepIndex: action.stepIndex,
        status: progress.status === 'completed' ? 'completed' : 'stopped',
        updatedAt: now().toISOString(),
      };
      await store.save(stopped);
      return { kind: 'stopped', ...header(course.forRole(action.role)), stepIndex: action.stepIndex };
    },

    /** Staff of a school who finished a course: names and the date of their first completion. */
    finishedStaff: async (schoolId: string): Promise<{ readonly userName: string; readonly completedAt: string }[]> => {
      const completions = await store.listCompletions(schoolId);
      const firstByUser = new Map<string, { userName: string; completedAt: string }>();
      for (const completion of completions) {
        if (!firstByUser.has(completion.userId))
          firstByUser.set(completion.userId, { userName: completion.userName, completedAt: completion.completedAt });
      }
      return [...firstByUser.values()];
    },
  };
}
