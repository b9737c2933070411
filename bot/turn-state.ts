import type { Storage, TurnContext } from 'botbuilder';
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

/** Nothing is kept per user in bot state: per-user progress (guides, onboarding) lives in the `progress` container. */
export interface UserState extends DefaultUserState {}

/** A view of `storage` that never reads or writes `excludedKey`. */
function storageWithout(storage: Storage, excludedKey: string | undefined): Storage {
  const keep = (key: string) => key !== excludedKey;
  return {
    read: (keys) => storage.read(keys.filter(keep)),
    write: (changes) => storage.write(Object.fromEntries(Object.entries(changes).filter(([key]) => keep(key)))),
    delete: (keys) => storage.delete(keys.filter(keep)),
  };
}

/**
 * teams-ai's turn state with only the conversation scope persisted. Nothing is kept per user in bot
 * state, and not reading the user scope saves a Cosmos DB read on every turn; `state.user` is still
 * there (teams-ai reads it on every turn) but lives for one turn only.
 */
export class AppTurnState extends TurnState<ConversationState, UserState, DefaultTempState> {
  override async load(context: TurnContext, storage?: Storage): Promise<boolean> {
    return super.load(context, storage && storageWithout(storage, (await this.onComputeStorageKeys(context)).user));
  }

  override async save(context: TurnContext, storage?: Storage): Promise<void> {
    return super.save(context, storage && storageWithout(storage, (await this.onComputeStorageKeys(context)).user));
  }
}
