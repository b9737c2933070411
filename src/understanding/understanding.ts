import type { AdviceResult } from '../rules/advice.js';
import type { Situation } from '../rules/situation.js';
import { lexiconCapabilities, type CapabilityLexicon, type LexiconCapability } from './capability-lexicon.js';
import type { ExampleMatcher } from './example-matcher.js';

/** Everything the bot can open from a message. `wat-nu` is the empty "Situatie" card. */
export const intents = [
  ...lexiconCapabilities,
  'onboarding-overzicht',
  'help',
  'wat-nu',
  'openstaande-acties',
  'mijn-acties',
] as const;
export type Intent = (typeof intents)[number];

/** What the message already says, taken along to prefill what it opens. */
export type IntentSlots = {
  readonly pupilFirstName?: string;
  readonly age?: number;
  readonly schoolType?: 'po' | 'vo';
  /**
   * The situation as parsed, when the message describes absence ("Jesse (12) is 4 dagen ziek, zet de
   * aanmelding klaar").
   */
  readonly situation?: Situation;
};

/**
 * The one decision about a message, made before anything is answered:
 * - `intent`: open a capability, with what the message says as slots;
 * - `situation`: a pupil's situation for the "wat nu?" rules;
 * - `question`: a question for the knowledge base, with the capability it is about (`offer`) if any;
 * - `choice`: the message asks to open one of two capabilities and it cannot be told which.
 */
export type Understanding =
  | { readonly kind: 'intent'; readonly intent: Intent; readonly slots: IntentSlots }
  | { readonly kind: 'situation' }
  | { readonly kind: 'question'; readonly offer?: LexiconCapability }
  | {
      readonly kind: 'choice';
      readonly options: readonly [LexiconCapability, LexiconCapability];
      readonly slots: IntentSlots;
    };

export type Understander = { readonly understand: (text: string) => Understanding };

export type CreateUnderstanderOptions = {
  /** @default loadCapabilityLexicon() */
  readonly lexicon?: CapabilityLexicon;
  /** Words the knowledge base writes in lower case: never taken for a pupil's name. @default the documents' words */
  readonly knownWords?: ReadonlySet<string>;
  /** Today, for periods such as "sinds de kerstvakantie". @default () => new Date() */
  readonly now?: () => Date;
  /**
   * Staff messages per capability and protocol questions, for a message the lexicon finds nothing in.
   * @default from `knowledge/`
   */
  readonly examples?: ExampleMatcher;
  /** The rules' advice for a situation told with a request to act on it. @default the Bossche protocol's */
  readonly advise?: (situation: Situation) => AdviceResult;
};
