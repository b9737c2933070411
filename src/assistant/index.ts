export { createAssistant } from './respond.js';
export type { AnswerCardReply, Assistant, AssistantReply, AnswerPort, CreateAssistantOptions } from './respond.js';
export { describeIntent } from './describe-intent.js';
