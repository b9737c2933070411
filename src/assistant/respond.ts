import type { ProtocolAnswer } from '../answers/answer.js';
import type { Citation } from '../answers/citation.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { createRulesEngine, formatAdvice, type AdviceResult, type RulesEngine } from '../rules/index.js';
import {
  createUnderstander,
  type Intent,
  type IntentSlots,
  type Understander,
  type Understanding,
} from '../understanding/understand.js';
import type { LexiconCapability } from '../understanding/capability-lexicon.js';
import { knownDutchWords } from '../rules/known-words.js';
import { describeIntent } from './describe-intent.js';
import { afterNewcomerIntroduction } from '../understanding/newcomer-questions.js';
import { withSentenceBreaks, withoutCapsLock, withoutPreamble } from '../rules/message-frame.js';

/**
 * What the assistant replies to one text, after the one understanding step:
 * - `intent`: open a capability (the bot shows its card), with what the message said as slots;
 * - `choice`: ask which of two capabilities the user means;
 * - `rule`: advice from the "wat nu?" rules for a pupil's situation;
 * - `knowledge` / `none`: a protocol answer or an honest "not in the protocol", with the capability the
 *   question is about (`offer`) so that the bot can offer to open it.
 * The bot, `npm run ask`, `npm run eval` and `npm run bench` all go through {@link Assistant.respond}.
 */
export type AssistantReply =
  | {
      readonly kind: 'intent';
      readonly intent: Intent;
      readonly slots: IntentSlots;
      readonly answer: string;
      readonly citations: readonly Citation[];
    }
  | {
      readonly kind: 'choice';
      readonly options: readonly [LexiconCapability, LexiconCapability];
      readonly slots: IntentSlots;
      readonly answer: string;
      readonly citations: readonly Citation[];
    }
  | {
      readonly kind: 'rule';
      readonly answer: string;
      readonly citations: readonly Citation[];
      /** The rules engine's structured advice, or the one question it needs answered first. */
      readonly advice: AdviceResult;
    }
  | ({ readonly kind: 'knowledge' | 'none'; readonly offer?: LexiconCapability } & ProtocolAnswer);

/** The replies the answer card shows: a protocol answer, a refusal, or (in `ask`) advice as text. */
export type AnswerCardReply = Extract<AssistantReply, { readonly kind: 'knowledge' | 'none' | 'rule' }>;

/** The protocol answer service (see `src/answers`). */
export type AnswerPort = {
  readonly answer: (
    question: string,
    options?: { readonly signal?: AbortSignal; readonly onTopic?: boolean },
  ) => Promise<ProtocolAnswer>;
};

export type Assistant = {
  /** The decision alone: cheap and synchronous, so the bot can route on it before replying. */
  readonly understand: (text: string) => Understanding;
  /** The reply to a text already understood (the bot understands once per turn). */
  readonly reply: (
    text: string,
    understanding: Understanding,
    options?: { readonly signal?: AbortSignal },
  ) => Promise<AssistantReply>;
  /** Understands and replies. */
  readonly respond: (text: string, options?: { readonly signal?: AbortSignal }) => Promise<AssistantReply>;
};

export type CreateAssistantOptions = {
  readonly knowledge: KnowledgeBase;
  readonly answers: AnswerPort;
  /** The "wat nu?" rules engine. @default createRulesEngine() */
  readonly rules?: RulesEngine;
  /** @default createUnderstander() with the knowledge base's own words */
  readonly understander?: Understander;
};

/**
 * @example const assistant = createAssistant({ knowledge, answers }); const reply = await assistant.respond('wie is de
 * lpa?');
 */
export function createAssistant({
  knowledge,
  answers,
  rules = createRulesEngine(),
  understander = createUnderstander({ knownWords: knownDutchWords(), advise: rules.adviseSituation }),
}: CreateAssistantOptions): Assistant {
  const reply: Assistant['reply'] = async (text, understanding, options) => {
    switch (understanding.kind) {
      case 'intent':
        return {
          kind: 'intent',
          intent: understanding.intent,
          slots: understanding.slots,
          answer: describeIntent(understanding.intent, understanding.slots),
          citations: [],
        };
      case 'choice':
        return {
          kind: 'choice',
          options: understanding.options,
          slots: understanding.slots,
          answer:
            `Bedoel je ${describeIntent(understanding.options[0], {}, 'short')} of ` +
            `${describeIntent(understanding.options[1], {}, 'short')}?`,
          citations: [],
        };
      case 'situation': {
        const advice = rules.advise(text);
        const sections =
          advice.kind === 'advice'
            ? advice.sources.flatMap((source) => knowledge.getSection(source.sectionId) ?? [])
            : [];
        return {
          kind: 'rule',
          answer: formatAdvice(advice),
          citations: sections.map((section) => ({
            doc: knowledge.documentOf(section).shortTitle,
            section: section.title,
            sectionId: section.id,
          })),
          advice,
        };
      }
      case 'question': {
        // "Ik ben nieuw hier, wie is de lpa?": the answer is the same for anyone asking.
        const asked = afterNewcomerIntroduction(text) ?? text;
        const answered = await answers.answer(asked, { ...options, onTopic: understanding.offer !== undefined });
        return understanding.offer ? { ...answered, offer: understanding.offer } : answered;
      }
    }
  };
  // What the message says, as the understanding, the rules and the answers read it.
  // A full stop where chat typed none, so that the answers read the question as its own sentence too.
  const said = (text: string) => withSentenceBreaks(withoutPreamble(withoutCapsLock(text)));
  return {
    understand: (text) => understander.understand(said(text)),
    reply: (text, understanding, options) => reply(said(text), understanding, options),
    respond: (text, options) => {
      const addressed = said(text);
      return reply(addressed, understander.understand(addressed), options);
    },
  };
}
