import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { KnowledgeIndex } from './knowledge-index.js';

/**
 * The pairs of neighbouring words (stemmed, stop words left out) of each section's title, body and staff
 * questions. A question that has a pair in common with a section ("ziek is ziek", "preventief spreekuur",
 * "plan van aanpak") says what it asks about more exactly than its words apart: BM25 alone scores "ziek"
 * and "spreekuur" wherever they occur.
 */
export type WordPairs = {
  /** The question's word pairs. */
  readonly pairsOf: (text: string) => readonly string[];
  /** The share of the pairs a section holds, weighted by how rare each pair is, 0..1. */
  readonly shareIn: (pairs: readonly string[], sectionId: string) => number;
};

const pairsCache = new WeakMap<KnowledgeIndex, WordPairs>();

function pairs(tokens: readonly string[]): string[] {
  const result: string[] = [];
  for (let position = 1; position < tokens.length; position++) {
    if (tokens[position - 1] !== tokens[position]) result.push(`${tokens[position - 1]} ${tokens[position]}`);
  }
  return result;
}

/** The word pairs of every section of the index, built on first use. */
export function wordPairsOf(index: KnowledgeIndex, knowledge: KnowledgeBase): WordPairs {
  let wordPairs = pairsCache.get(index);
  if (wordPairs) return wordPairs;
  const bySection = new Map<string, Set<string>>();
  const holders = new Map<string, number>();
  for (const sectionId of index.sectionIds) {
    const section = knowledge.getSection(sectionId)!;
    const texts = [section.title, ...section.body.split(/\n+/), ...knowledge.questionsOf(sectionId)];
    const own = new Set(texts.flatMap((text) => pairs(index.tokens(text))));
    bySection.set(sectionId, own);
    for (const pair of own) holders.set(pair, (holders.get(pair) ?? 0) + 1);
  }
  const count = index.sectionIds.length;
  const weight = (pair: string) => {
    const held = holders.get(pair) ?? 0;
    return held === 0 ? 0 : Math.log(1 + (count - held + 0.5) / (held + 0.5));
  };
  wordPairs = {
    pairsOf: (text) => [...new Set(pairs(index.tokens(text)))].filter((pair) => holders.has(pair)),
    shareIn: (wanted, sectionId) => {
      const own = bySection.get(sectionId);
      const total = wanted.reduce((sum, pair) => sum + weight(pair), 0);
      if (!own || total === 0) return 0;
      return wanted.reduce((sum, pair) => sum + (own.has(pair) ? weight(pair) : 0), 0) / total;
    },
  };
  pairsCache.set(index, wordPairs);
  return wordPairs;
}
