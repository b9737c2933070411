export { createAssistant } from './respond.js';
export type { Assistant, AssistantReply, AnswerPort, CreateAssistantOptions } from './respond.js';
