import type { Citation } from './citation.js';

/** Where the protocol contradicts itself on the topic of the question: both readings, with sources. */
export type AnswerCaveat = {
  readonly contradictionId: string;
  /** The Dutch "Let op: …" line shown under the answer. */
  readonly text: string;
  readonly citations: readonly Citation[];
};

/** A protocol answer: from the knowledge base (`knowledge`), or an honest "not in the protocol" (`none`). */
export type ProtocolAnswer = {
  readonly kind: 'knowledge' | 'none';
  /** Short Dutch answer text, ready to show; includes the caveat line when there is one. */
  readonly answer: string;
  /** The sections the answer is taken from, best first; empty for `none`. */
  readonly citations: readonly Citation[];
  /** For `none`: the section that came closest, named so the user can look further. */
  readonly closest?: Citation;
  /** True when a language model wrote the prose ("AI-gegenereerd"); false for the embedded answer. */
  readonly generated: boolean;
  readonly caveat?: AnswerCaveat;
  /** How much of the question the best sections cover, 0..1 (the confidence the threshold applies to). */
  readonly confidence: number;
  /** The question with pupil data removed, as it was searched: what may be kept (feedback) or sent out (a model). */
  readonly redactedQuestion: string;
};
