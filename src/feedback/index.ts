export { answerFeedbackSchema } from './answer-feedback.js';
export type { AnswerFeedback, FeedbackStore } from './answer-feedback.js';
export { createFeedbackService } from './feedback-service.js';
export type { AnsweredQuestion, FeedbackService, FeedbackServiceOptions } from './feedback-service.js';
export { createCosmosFeedbackStore, createMemoryFeedbackStore } from './feedback-stores.js';
