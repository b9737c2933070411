import type { AnyIndexStore, BM25Params, IIndex, Tokenizer } from '@orama/orama';
import { index as oramaIndex } from '@orama/orama/components';

type OramaIndex = oramaIndex.Index;
type TokenScore = [number, number];
type RadixTree = { readonly type: 'Radix'; readonly node: { find: (params: { term: string; exact: boolean; tolerance: number }) => Record<string, number[]> } };

/** One word's BM25 contribution to each document that holds it, boost included, in Orama's order. */
type WordScores = { readonly ids: Uint32Array; readonly scores: Float64Array };

/** Per-document score sums by internal id, and which ids a search has touched. */
type Sums = { readonly scores: Float64Array; readonly seen: Uint8Array };

function grown(sums: Sums, size: number): Sums {
  const capacity = Math.max(size, sums.scores.length * 2, 256);
  const scores = new Float64Array(capacity);
  const seen = new Uint8Array(capacity);
  scores.set(sums.scores);
  seen.set(sums.seen);
  return { scores, seen };
}

/** More cached words than this for one property (more than the knowledge base holds) start afresh. */
const maxCachedWords = 20_000;

/**
 * Orama's index component, with the BM25 score of each (property, word) kept once computed. The index is
 * built once and never changes while it answers; per search Orama would otherwise walk the radix tree,
 * de-duplicate the word's documents (quadratic for common words like "leerling") and recompute BM25 for
 * each of them. The result is the same to the bit: the scores are added to each document in Orama's own
 * order (property, token, word, document) with the same arithmetic, and sorted the same way.
 *
 * Only words the knowledge base holds are cached, so the cache is bounded by its vocabulary and keeps no
 * word of a question that is not also a word of the protocol (a pupil's name, say). Searches this does not
 * cover (exact, typo tolerance, a threshold below 1) go to Orama's own search unchanged.
 */
export function createWordScoreIndex(): IIndex<OramaIndex> {
  const base = oramaIndex.createIndex();
  /** Per index store: per property and scoring parameters, the scores of each word searched for. */
  const cache = new WeakMap<AnyIndexStore, Map<string, Map<string, readonly WordScores[]>>>();

  const scoresFor = (store: OramaIndex, prop: string, parameters: string): Map<string, readonly WordScores[]> => {
    let byParameters = cache.get(store);
    if (!byParameters) {
      byParameters = new Map();
      cache.set(store, byParameters);
    }
    const key = `${prop}\u0000${parameters}`;
    let words = byParameters.get(key);
    if (!words) {
      words = new Map();
      byParameters.set(key, words);
    }
    return words;
  };

  const computeScores = (store: OramaIndex, prop: string, token: string, boost: number, relevance: Required<BM25Params>, docsCount: number): readonly WordScores[] => {
    const tree = store.indexes[prop] as unknown as RadixTree;
    const found = tree.node.find({ term: token, exact: false, tolerance: 0 });
    return Object.keys(found).map((word) => {
      // Orama's own BM25, for this one word into an empty map: each value is exactly Orama's term.
      const single = new Map<number, number>();
      base.calculateResultScores(store, prop, word, found[word]!, docsCount, relevance, single, boost, undefined, new Map());
      return { ids: Uint32Array.from(single.keys()), scores: Float64Array.from(single.values()) };
    });
  };

  let sums: Sums = { scores: new Float64Array(0), seen: new Uint8Array(0) };

  const isIndexedWord = (store: OramaIndex, prop: string, token: string): boolean => token in (store.indexes[prop] as unknown as RadixTree).node.find({ term: token, exact: true, tolerance: 0 });

  return {
    ...base,
    // A changed index changes document counts and field lengths: its scores are computed afresh.
    insert: (implementation, store, ...rest) => {
      cache.delete(store);
      base.insert(implementation, store, ...rest);
    },
    remove: (implementation, store, ...rest) => {
      cache.delete(store);
      return base.remove(implementation, store, ...rest);
    },
    search: (store, term, tokenizer: Tokenizer, language, propertiesToSearch, exact, tolerance, boost, relevance, docsCount, whereFiltersIDs, threshold = 0) => {
      const oramaStore = store as OramaIndex;
      const boosts = boost as Record<string, number>;
      const covered =
        !exact &&
        !tolerance &&
        threshold === 1 &&
        propertiesToSearch.every((prop) => !(prop in oramaStore.indexes) || ((oramaStore.indexes[prop] as unknown as RadixTree).type === 'Radix' && (boosts[prop] ?? 1) > 0));
      const tokens = covered ? tokenizer.tokenize(term, language) : [];
      if (!covered || tokens.length === 0) {
        return base.search(store, term, tokenizer, language, propertiesToSearch, exact, tolerance, boost, relevance, docsCount, whereFiltersIDs, threshold);
      }
      // Each document's sum, in one reused array by internal id (searches run synchronously, one at a time);
      // `order` keeps the documents in the order Orama's map would have them, so ties sort the same way.
      const order: number[] = [];
      try {
        for (const prop of propertiesToSearch) {
          if (!(prop in oramaStore.indexes)) continue;
          const propertyBoost = boosts[prop] ?? 1;
          const cached = scoresFor(oramaStore, prop, `${propertyBoost}\u0000${relevance.k}\u0000${relevance.b}\u0000${relevance.d}\u0000${docsCount}`);
          for (const token of tokens) {
            let words = cached.get(token);
            if (!words) {
              words = computeScores(oramaStore, prop, token, propertyBoost, relevance, docsCount);
              // Kept only under a word of the knowledge base, so never under a pupil's name.
              if (words.length > 0 && isIndexedWord(oramaStore, prop, token)) {
                if (cached.size >= maxCachedWords) cached.clear();
                cached.set(token, words);
              }
            }
            for (const { ids, scores } of words) {
              for (let position = 0; position < ids.length; position++) {
                const id = ids[position]!;
                if (whereFiltersIDs && !whereFiltersIDs.has(id)) continue;
                if (id >= sums.scores.length) sums = grown(sums, id + 1);
                if (sums.seen[id] === 0) {
                  sums.seen[id] = 1;
                  sums.scores[id] = scores[position]!;
                  order.push(id);
                } else {
                  sums.scores[id]! += scores[position]!;
                }
              }
            }
          }
        }
        return order.map((id): TokenScore => [id, sums.scores[id]!]).sort((left, right) => right[1] - left[1]);
      } finally {
        for (const id of order) sums.seen[id] = 0;
      }
    },
  };
}
