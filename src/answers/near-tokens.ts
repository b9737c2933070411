import { distance } from 'fastest-levenshtein';
import type { KnowledgeIndex } from './knowledge-index.js';
import { editBudget } from './spelling.js';

export type TokenSet = { readonly has: (token: string) => boolean };

/** The index's tokens a slip away from a token: a letter more, fewer or swapped, within the spelling's edit budget. */
export type NearTokens = (token: string) => readonly string[];

const nearTokensCache = new WeakMap<KnowledgeIndex, NearTokens>();

/**
 * The tokens of the whole index, by first letter and length (a slip rarely hits the first letter), built on first
 * use. No question's token is kept: a caller may remember them for one question (see `confidence.ts`).
 */
export function nearTokensOf(index: KnowledgeIndex): NearTokens {
  let near = nearTokensCache.get(index);
  if (near) return near;
  const buckets = new Map<string, string[]>();
  for (const token of new Set(index.sectionIds.flatMap((sectionId) => [...index.sectionTokens(sectionId)]))) {
    const key = `${token[0]}${token.length}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(token);
    else buckets.set(key, [token]);
  }
  near = (token) => {
    const budget = editBudget(token.length);
    const found: string[] = [];
    for (let length = token.length - budget; budget > 0 && length <= token.length + budget; length++)
      for (const candidate of buckets.get(`${token[0]}${length}`) ?? [])
        if (candidate !== token && distance(candidate, token) <= budget) found.push(candidate);
    return found;
  };
  nearTokensCache.set(index, near);
  return near;
}

/**
 * A section's tokens, matched with a slip's tolerance: a question word the section holds only with a letter more,
 * fewer or swapped ("arrangment" for "arrangement", "straff" for "straf") still counts as covered. The spelling
 * corrector leaves such words when they are known elsewhere (a staff question typed with the same slip).
 */
export function slipTolerant(tokens: ReadonlySet<string>, near: NearTokens): TokenSet {
  return { has: (token) => tokens.has(token) || near(token).some((candidate) => tokens.has(candidate)) };
}
