import type { BM25Params } from '@orama/orama';
import { index as oramaIndex } from '@orama/orama/components';

export type OramaIndex = oramaIndex.Index;
export type TokenScore = [number, number];
type RadixNode = {
  readonly c: Map<string, RadixNode>;
  readonly d: Set<number>;
  readonly e: boolean;
  readonly w: string;
  find: (params: { term: string; exact: boolean; tolerance: number }) => Record<string, number[]>;
};
type RadixTree = { readonly type: 'Radix'; readonly node: RadixNode };

/** One word's BM25 contribution to each document that holds it, boost included, in Orama's order. */
export type WordScores = { readonly ids: Uint32Array; readonly scores: Float64Array };

/** Per-document score sums by internal id, and which ids a search has touched. */
export type Sums = { readonly scores: Float64Array; readonly seen: Uint8Array };

/** The sums with room for `size` ids, what they held kept. */
export function grown(sums: Sums, size: number): Sums {
  const capacity = Math.max(size, sums.scores.length * 2, 256);
  const scores = new Float64Array(capacity);
  const seen = new Uint8Array(capacity);
  scores.set(sums.scores);
  seen.set(sums.seen);
  return { scores, seen };
}

/** Orama's base index component, whose BM25 is used as it is. */
type BaseIndex = ReturnType<typeof oramaIndex.createIndex>;

/** One word's BM25 contribution to each document holding a word the token finds, as Orama computes it. */
export function computeWordScores(
  base: BaseIndex,
  {
    store,
    prop,
    token,
    boost,
    relevance,
    docsCount,
  }: {
    readonly store: OramaIndex;
    readonly prop: string;
    readonly token: string;
    readonly boost: number;
    readonly relevance: Required<BM25Params>;
    readonly docsCount: number;
  },
): readonly WordScores[] {
  const tree = store.indexes[prop] as unknown as RadixTree;
  const found = tree.node.find({ term: token, exact: false, tolerance: 0 });
  return Object.keys(found).map((word) => {
    // Orama's own BM25, for this one word into an empty map: each value is exactly Orama's term.
    const single = new Map<number, number>();
    base.calculateResultScores(
      store,
      prop,
      word,
      found[word]!,
      docsCount,
      relevance,
      single,
      boost,
      undefined,
      new Map(),
    );
    return { ids: Uint32Array.from(single.keys()), scores: Float64Array.from(single.values()) };
  });
}

/** Every word the store holds, in any text property (the knowledge base's own words). */
export function indexedWordsOf(store: OramaIndex): Set<string> {
  const words = new Set<string>();
  for (const tree of Object.values(store.indexes) as unknown as RadixTree[]) {
    if (tree.type !== 'Radix') continue;
    const stack = [tree.node];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.e && node.d.size > 0) words.add(node.w);
      stack.push(...node.c.values());
    }
  }
  return words;
}

/** Whether the cached search covers these properties: searchable texts, each with a boost above 0. */
export const covers = (
  store: OramaIndex,
  properties: readonly string[],
  boosts: Readonly<Record<string, number>>,
): boolean =>
  properties.every(
    (prop) =>
      !(prop in store.indexes) ||
      ((store.indexes[prop] as unknown as RadixTree).type === 'Radix' && (boosts[prop] ?? 1) > 0),
  );
