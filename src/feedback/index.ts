export { answerFeedbackSchema } from './answer-feedback.js';
export type { AnswerFeedback, FeedbackStore } from './answer-feedback.js';
export {
  answeredQuestionSchema,
  answerRetentionDays,
  createCosmosAnswerMemory,
  createMemoryAnswerMemory,
} from './answer-memory.js';
export type { AnsweredQuestion, AnswerMemory, SentMessage } from './answer-memory.js';
export { createFeedbackService } from './feedback-service.js';
export type { FeedbackService, FeedbackServiceOptions } from './feedback-service.js';
export { createCosmosFeedbackStore, createMemoryFeedbackStore } from './feedback-stores.js';
