import type { ProtocolAnswer } from '../answers/answer.js';
import type { Citation } from '../answers/citation.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { createRulesEngine, formatAdvice, type AdviceResult, type RulesEngine } from '../rules/index.js';

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
      /** The rules engine's structured advice, or the one question it needs answered first. */
      readonly advice: AdviceResult;
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
  /** The "wat nu?" rules engine, consulted first. @default createRulesEngine() */
  readonly rules?: RulesEngine;
};

/**
 * @example const assistant = createAssistant({ knowledge, answers }); const reply = await assistant.respond('wie is de lpa?');
 */
export function createAssistant({ knowledge, answers, rules = createRulesEngine() }: CreateAssistantOptions): Assistant {
  return {
    respond: async (text, options) => {
      if (rules.looksLikeSituation(text)) {
        const advice = rules.advise(text);
        const sections = advice.kind === 'advice' ? advice.sources.flatMap((source) => knowledge.getSection(source.sectionId) ?? []) : [];
        return { kind: 'rule', answer: formatAdvice(advice), citations: sections.map((section) => ({ doc: knowledge.documentOf(section).shortTitle, section: section.title, sectionId: section.id })), advice };
      }
      return answers.answer(text, options);
    },
  };
}
