import { TurnState, type DefaultConversationState, type DefaultUserState, type DefaultTempState } from '@microsoft/teams-ai';

/** What the bot keeps per conversation, in Cosmos DB through `CosmosBotStorage`. */
export interface ConversationState extends DefaultConversationState {
  /** When the welcome card was first sent in this conversation (ISO 8601). */
  welcomedAt?: string;
}

/** What the bot keeps per user. */
export interface UserState extends DefaultUserState {}

export type AppTurnState = TurnState<ConversationState, UserState, DefaultTempState>;
