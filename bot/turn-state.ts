import { TurnState, type DefaultConversationState, type DefaultUserState, type DefaultTempState } from '@microsoft/teams-ai';
import type { AnsweredQuestion } from '../src/feedback/index.js';

/** What the bot keeps per conversation, in Cosmos DB through `CosmosBotStorage`. */
export interface ConversationState extends DefaultConversationState {
  /** When the welcome card was first sent in this conversation (ISO 8601). */
  welcomedAt?: string;
  /** Recent protocol answers by the id of the message that carried them (redacted question, cited sections), for 👍/👎 feedback. */
  protocolAnswers?: Record<string, AnsweredQuestion>;
  /** The last protocol answer, for feedback that arrives without a known message id. */
  lastProtocolAnswer?: AnsweredQuestion;
}

/** What the bot keeps per user. */
export interface UserState extends DefaultUserState {}

export type AppTurnState = TurnState<ConversationState, UserState, DefaultTempState>;
