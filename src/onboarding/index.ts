export {
  createOnboardingCourse,
  loadOnboardingCourse,
  onboardingCourseSchema,
  onboardingRoleSchema,
} from './course.js';
export type {
  CourseQuestion,
  CourseStep,
  OnboardingCourse,
  OnboardingCourseData,
  OnboardingRole,
  RoleCourse,
} from './course.js';
export { onboardingCompletionSchema, onboardingProgressSchema } from './course-progress.js';
export type { AnswerFeedback, OnboardingCompletion, OnboardingProgress } from './course-progress.js';
export { OnboardingError, OnboardingStaleActionError } from './onboarding-errors.js';
export { createOnboardingService } from './onboarding-service.js';
export type { OnboardingService, OnboardingServiceOptions, OnboardingUser, StepAction } from './onboarding-service.js';
export type { OnboardingView, StartView, StepView, StoppedView, SummaryView } from './course-screens.js';
export { createCosmosOnboardingProgressStore, createMemoryOnboardingProgressStore } from './progress-store.js';
export type { OnboardingProgressStore } from './progress-store.js';
export { sourceLabel } from './source-label.js';
export {
  answerInputPrefix,
  choicesFromCard,
  formatDutchDate,
  onboardingOverviewCardData,
  onboardingStartCardData,
  onboardingStepCardData,
  onboardingStoppedCardData,
  onboardingSummaryCardData,
  startRoleFromCard,
  stepActionFromCard,
} from './onboarding-view.js';
