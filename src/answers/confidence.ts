import { coverage, type Concept } from './concepts.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { nearTokensOf, slipTolerant } from './near-tokens.js';

export type ConfidenceInput = {
  readonly concepts: readonly Concept[];
  /** The search's own best sections, before the staff questions' votes. */
  readonly searchTop: readonly string[];
  /** The section answered from. */
  readonly answered: string | undefined;
  /** The question as searched (folded, without a document named as its source). */
  readonly question: string;
  /** The concepts of one sentence of the question. */
  readonly conceptsOf: (sentence: string) => readonly Concept[];
  readonly index: KnowledgeIndex;
};

/**
 * How sure retrieval is that the documents answer the question: the share of its concepts (weighted by rarity) that
 * the best sections hold, 0..1, with a slip's tolerance. The answer service refuses below its threshold.
 */
export function confidenceOf({ concepts, searchTop, answered, question, conceptsOf, index }: ConfidenceInput): number {
  // Over the top sections' tokens together: an alternative's words may be spread over them.
  const nearbySets = searchTop.map((sectionId) => index.sectionTokens(sectionId));
  // Each token's near tokens found once for this question, and forgotten with it.
  const nearTokens = nearTokensOf(index);
  const found = new Map<string, readonly string[]>();
  const slips = (token: string) => found.get(token) ?? found.set(token, nearTokens(token)).get(token)!;
  const nearby = nearbySets.map((tokens) => slipTolerant(tokens, slips));
  const searchConfidence = coverage(concepts, { has: (token) => nearby.some((tokens) => tokens.has(token)) });
  // Or over the section answered from, when the staff questions and word pairs put another first that holds more of
  // the question ("wat doet de oco als een partner zijn afspraken niet nakomt?"): with the threshold raised to match
  // (0.45), the tuning part passes 573 → 578 of 759 with 60 → 54 false refusals and 16 → 15 false answers.
  const answeredConfidence = answered ? coverage(concepts, slipTolerant(index.sectionTokens(answered), slips)) : 0;
  // A question told with context ("een aanbieder biedt ons een programma aan. hoe check ik of het wat is?"): the
  // sentence that asks may be covered where its context is not.
  const sentences = question.split(/(?<=[.!?])\s+/);
  const marked = sentences.filter((sentence) => sentence.trim().endsWith('?'));
  // Without a question mark, the sentence that opens with a question word asks.
  const asking =
    marked.length > 0
      ? marked
      : sentences.filter((sentence) =>
          /^\s*(?:wat|wie|hoe|wanneer|waar|welke|welk|waarom|moet|mag|kan)\b/.test(sentence),
        );
  const askedOnly =
    answered && asking.length === 1 && asking[0]!.length < question.length * 0.8
      ? coverage(conceptsOf(asking[0]!), slipTolerant(index.sectionTokens(answered), slips))
      : 0;
  return Math.max(searchConfidence, answeredConfidence, askedOnly);
}
