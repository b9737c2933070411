import type { ProtocolAnswer } from '../answers/answer.js';
import type { Citation } from '../answers/citation.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

/**
 * What the assistant replies to one text: advice from the "wat nu?" rules (`rule`) when the text
 * describes a pupil's situation, otherwise a protocol answer (`knowledge`) or an honest "not in the
 * protocol" (`none`). The bot and the `ask` command both go through {@link Assistant.respond}.
 */
export type AssistantReply =
  | {
      readonly kind: 'rule';
      readonly answer: string;
      readonly citations: readonly Citation[];
      /** The rules engine's structured advice; typed by `src/rules`. */
      readonly advice: unknown;
    }
  | ({ readonly kind: 'knowledge' | 'none' } & ProtocolAnswer);

/** The protocol answer service (see `src/answers`). */
export type AnswerPort = {
  readonly answer: (question: string, options?: { readonly signal?: AbortSignal }) => Promise<ProtocolAnswer>;
};

export type Assistant = {
  readonly respond: (text: string, options?: { readonly signal?: AbortSignal }) => Promise<AssistantReply>;
};

export type CreateAssistantOptions = {
  readonly knowledge: KnowledgeBase;
  readonly answers: AnswerPort;
  /** The "wat nu?" rules engine; consulted first when given. Typed by `src/rules`. */
  readonly rules?: unknown;
};

/**
 * @example const assistant = createAssistant({ knowledge, answers }); const reply = await assistant.respond('wie is de lpa?');
 */
export function createAssistant({ answers }: CreateAssistantOptions): Assistant {
  return {
    respond: async (text, options) => {
      // [rules: when the text describes a pupil's situation, answer with kind 'rule' here]
      return answers.answer(text, options);
    },
  };
}
