import { count, type AnyIndexStore, type AnyOrama, type BM25Params, type IIndex, type Tokenizer } from '@orama/orama';
import { index as oramaIndex } from '@orama/orama/components';
import {
  computeWordScores,
  covers,
  grown,
  indexedWordsOf,
  type OramaIndex,
  type Sums,
  type TokenScore,
  type WordScores,
} from './word-scores.js';

/** More cached words than this for one property (more than the knowledge base holds) start afresh. */
const maxCachedWords = 20_000;

export type TopDocumentsQuery = {
  readonly term: string;
  readonly properties: readonly string[];
  readonly boost?: Readonly<Record<string, number>>;
  readonly relevance: Required<BM25Params>;
  readonly limit: number;
  /** Only these documents (internal ids), as Orama's `where` would keep them. */
  readonly within?: ReadonlySet<number>;
};

export type ScoredDocument = { readonly id: number; readonly score: number };

/**
 * Orama's index component, with the BM25 score of each (property, word) kept once computed, plus
 * {@link WordScoreIndex.topDocuments}, which ranks without building Orama's hits.
 */
export type WordScoreIndex = IIndex<OramaIndex> & {
  /**
   * The best `limit` documents (internal ids) for a full-text query, in the order Orama's `search` ranks
   * them (score, then internal id) and with its scores to the bit. `undefined` for a query to ask Orama
   * itself: terms that tokenize to nothing (Orama then scores every document by every word), a property
   * that is not a searchable text, a boost of 0 or less (Orama's error).
   */
  readonly topDocuments: (db: AnyOrama, query: TopDocumentsQuery) => ScoredDocument[] | undefined;
};

/**
 * Orama's index component, with the BM25 score of each (property, word) kept once computed. The index is
 * built once and never changes while it answers; per search Orama would otherwise walk the radix tree,
 * de-duplicate the word's documents (quadratic for common words like "leerling") and recompute BM25 for
 * each of them. The result is the same to the bit: the scores are added to each document in Orama's own
 * order (property, token, word, document) with the same arithmetic, and ranked the same way.
 *
 * Only words the knowledge base holds are cached, so the cache is bounded by its vocabulary and keeps no
 * word of a question that is not also a word of the protocol (a pupil's name, say). Searches this does not
 * cover (exact, typo tolerance, a threshold below 1) go to Orama's own search unchanged.
 */
export function createWordScoreIndex(): WordScoreIndex {
  const base = oramaIndex.createIndex();
  /** Per index store: per property and scoring parameters, the scores of each word searched for. */
  const cache = new WeakMap<AnyIndexStore, Map<string, Map<string, readonly WordScores[]>>>();
  let sums: Sums = { scores: new Float64Array(0), seen: new Uint8Array(0) };

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

  /** Per index store: every word it holds, in any text property (the knowledge base's own words). */
  const storeWords = new WeakMap<AnyIndexStore, Set<string>>();
  const isIndexedWord = (store: OramaIndex, token: string): boolean => {
    let words = storeWords.get(store);
    if (!words) {
      words = indexedWordsOf(store);
      storeWords.set(store, words);
    }
    return words.has(token);
  };

  /**
   * Adds up each document's score into `sums` (one reused array by internal id: searches run synchronously,
   * one at a time) and returns the documents touched, in the order Orama's result map would hold them.
   * The caller clears their `seen` marks.
   */
  const addUp = (
    store: OramaIndex,
    tokens: readonly string[],
    properties: readonly string[],
    boosts: Readonly<Record<string, number>>,
    relevance: Required<BM25Params>,
    docsCount: number,
    within: ReadonlySet<number> | undefined,
    order: number[],
  ): void => {
    for (const prop of properties) {
      if (!(prop in store.indexes)) continue;
      const propertyBoost = boosts[prop] ?? 1;
      const cached = scoresFor(
        store,
        prop,
        `${propertyBoost}\u0000${relevance.k}\u0000${relevance.b}\u0000${relevance.d}\u0000${docsCount}`,
      );
      for (const token of tokens) {
        let words = cached.get(token);
        if (!words) {
          words = computeWordScores(base, { store, prop, token, boost: propertyBoost, relevance, docsCount });
          // Kept only under a word of the knowledge base (also when this property lacks it), so never
          // under a pupil's name.
          if (isIndexedWord(store, token)) {
            if (cached.size >= maxCachedWords) cached.clear();
            cached.set(token, words);
          }
        }
        for (const { ids, scores } of words) {
          for (let position = 0; position < ids.length; position++) {
            const id = ids[position]!;
            if (within && !within.has(id)) continue;
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
  };

  const clear = (order: readonly number[]) => {
    for (const id of order) sums.seen[id] = 0;
  };

  return {
    ...base,
    // A changed index changes document counts and field lengths: its scores are computed afresh.
    insert: (implementation, store, ...rest) => {
      cache.delete(store);
      storeWords.delete(store);
      base.insert(implementation, store, ...rest);
    },
    remove: (implementation, store, ...rest) => {
      cache.delete(store);
      storeWords.delete(store);
      return base.remove(implementation, store, ...rest);
    },
    search: (
      store,
      term,
      tokenizer: Tokenizer,
      language,
      propertiesToSearch,
      exact,
      tolerance,
      boost,
      relevance,
      docsCount,
      whereFiltersIDs,
      threshold = 0,
    ) => {
      const oramaStore = store as OramaIndex;
      const boosts = boost as Record<string, number>;
      const covered = !exact && !tolerance && threshold === 1 && covers(oramaStore, propertiesToSearch, boosts);
      const tokens = covered ? tokenizer.tokenize(term, language) : [];
      if (!covered || tokens.length === 0) {
        return base.search(
          store,
          term,
          tokenizer,
          language,
          propertiesToSearch,
          exact,
          tolerance,
          boost,
          relevance,
          docsCount,
          whereFiltersIDs,
          threshold,
        );
      }
      const order: number[] = [];
      try {
        addUp(oramaStore, tokens, propertiesToSearch, boosts, relevance, docsCount, whereFiltersIDs, order);
        return order.map((id): TokenScore => [id, sums.scores[id]!]).sort((left, right) => right[1] - left[1]);
      } finally {
        clear(order);
      }
    },
    topDocuments: (db, { term, properties, boost = {}, relevance, limit, within }) => {
      const store = db.data.index as OramaIndex;
      // Orama goes through the properties in the schema's order, whatever order the query names them in.
      const types = base.getSearchablePropertiesWithTypes(store);
      const searched = base
        .getSearchableProperties(store)
        .filter((prop) => types[prop]!.startsWith('string') && properties.includes(prop));
      const tokens = db.tokenizer.tokenize(term, db.tokenizer.language);
      if (tokens.length === 0 || searched.length !== properties.length || !covers(store, searched, boost))
        return undefined;
      const order: number[] = [];
      try {
        addUp(store, tokens, searched, boost, relevance, count(db), within, order);
        // Orama sorts every match (score descending, then internal id) and takes the first `limit`;
        // keeping only the best `limit` while going through them gives the same list.
        const best: number[] = [];
        const before = (left: number, right: number) => {
          const difference = sums.scores[right]! - sums.scores[left]!;
          return difference === 0 ? left < right : difference < 0;
        };
        for (const id of order) {
          if (best.length === limit && !before(id, best[best.length - 1]!)) continue;
          let position = best.length === limit ? best.length - 1 : best.length;
          while (position > 0 && before(id, best[position - 1]!)) {
            best[position] = best[position - 1]!;
            position -= 1;
          }
          best[position] = id;
        }
        return best.map((id) => ({ id, score: sums.scores[id]! }));
      } finally {
        clear(order);
      }
    },
  };
}
