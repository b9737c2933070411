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
  /** The sections the answer is taken from, best first. For `none`: the closest section, if any. */
  readonly citations: readonly Citation[];
  /** True when a language model wrote the prose ("AI-gegenereerd"); false for the embedded answer. */
  readonly generated: boolean;
  readonly caveat?: AnswerCaveat;
  /** The retrieval score of the best section (diagnostics, eval). */
  readonly score: number;
};
