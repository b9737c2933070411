import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { sectionLabel } from '../knowledge/section-label.js';
import type { AnswerCaveat } from './answer.js';
import type { Contradiction } from './contradictions.js';
import { citationOf } from './citations.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { coverage, type Concept } from './concepts.js';

export type FindCaveatOptions = {
  readonly concepts: readonly Concept[];
  readonly citedSectionIds: readonly string[];
  readonly contradictions: readonly Contradiction[];
  readonly index: KnowledgeIndex;
  readonly knowledge: KnowledgeBase;
  /** How much of the question the contradiction must be about. @default 0.7 */
  readonly minimumRelevance?: number;
};

const tokensCache = new WeakMap<KnowledgeIndex, WeakMap<Contradiction, ReadonlySet<string>>>();

/** The index's tokens of what a contradiction is about: its topic, summary and readings (computed once). */
function contradictionTokens(contradiction: Contradiction, index: KnowledgeIndex): ReadonlySet<string> {
  let byContradiction = tokensCache.get(index);
  if (!byContradiction) {
    byContradiction = new WeakMap();
    tokensCache.set(index, byContradiction);
  }
  let tokens = byContradiction.get(contradiction);
  if (!tokens) {
    tokens = new Set(
      index.tokens(
        [
          contradiction.topic.replace(/-/g, ' '),
          contradiction.summary,
          ...contradiction.readings.map((reading) => reading.text),
        ].join(' '),
      ),
    );
    byContradiction.set(contradiction, tokens);
  }
  return tokens;
}

/**
 * When the answer cites a section where the protocol contradicts itself, and the question is about
 * that contradiction, returns a "Let op" line with the readings and their sources, so the answer does
 * not silently pick one.
 */
export function findCaveat({
  concepts,
  citedSectionIds,
  contradictions,
  index,
  knowledge,
  minimumRelevance = 0.7,
}: FindCaveatOptions): AnswerCaveat | undefined {
  let best: { contradiction: Contradiction; relevance: number } | undefined;
  for (const contradiction of contradictions) {
    // Only when the answer's main source is one of the contradicting places.
    if (!contradiction.readings.some((reading) => reading.sectionId === citedSectionIds[0])) continue;
    const relevance = coverage(concepts, contradictionTokens(contradiction, index));
    if (relevance >= minimumRelevance && (!best || relevance > best.relevance)) best = { contradiction, relevance };
  }
  if (!best) return undefined;
  const { contradiction } = best;
  const readings = contradiction.readings.filter(
    (reading, position, all) => all.findIndex((other) => other.sectionId === reading.sectionId) === position,
  );
  const citations = readings.flatMap((reading) => {
    const section = knowledge.getSection(reading.sectionId);
    return section ? [citationOf(knowledge, section)] : [];
  });
  const lines = readings.map((reading) => {
    const section = knowledge.getSection(reading.sectionId);
    return `- “${reading.text}” (${section ? sectionLabel(knowledge, section, 'parent') : reading.sectionId})`;
  });
  return {
    contradictionId: contradiction.id,
    text: [`Let op: het protocol is hier niet eenduidig: ${contradiction.summary}`, ...lines].join('\n'),
    citations,
  };
}
