/** The forms a question's word may take in the knowledge base: a verb's other forms, the compounds it ends. */
import type { KnowledgeIndex } from './knowledge-index.js';

/**
 * The index's tokens of the other forms of a verb: without "ge", without the ending of a participle or past tense,
 * with a doubled consonant or vowel undone ("vertell" → "vertelt", "geanalyseerd" → "analyser"). Without a separable
 * prefix too was tried: "inlicht" became "licht" (tuning part: false answers 16 → 18).
 */
export function verbFamily(token: string, index: KnowledgeIndex): string[] {
  if (token.length < 5) return [];
  const bases = new Set<string>([token]);
  const grow = (transform: (word: string) => string | undefined) => {
    for (const base of [...bases]) {
      const next = transform(base);
      if (next !== undefined && next.length >= 3) bases.add(next);
    }
  };
  grow((word) => (word.startsWith('ge') ? word.slice(2) : undefined));
  grow((word) => (/(?:de|te|den|ten)$/.test(word) ? word.replace(/(?:de|te|den|ten)$/, '') : undefined));
  grow((word) => (/[dt]$/.test(word) ? word.slice(0, -1) : undefined));
  grow((word) => (/([^aeiou])\1$/.test(word) ? word.slice(0, -1) : undefined));
  grow((word) => (/([aeou])\1[^aeiou]$/.test(word) ? word.slice(0, -2) + word.slice(-1) : undefined));
  const tokens = new Set<string>();
  for (const base of bases)
    for (const word of [base, `${base}t`, `${base}en`, `${base}e`])
      for (const found of index.tokens(word)) if (found !== token) tokens.add(found);
  return [...tokens];
}

/** Compounds of the knowledge base a word is the last part of, at most this many. */
const maxCompounds = 3;

/**
 * The tokens of the knowledge base's compounds that end in a word it never writes alone ("aanbieder" →
 * "zorgaanbieder"): asking about the part is asking about the compound. Only for words of 6 letters or more, after a
 * part of at least 3.
 */
export function compoundsEndingIn(token: string, index: KnowledgeIndex): string[] {
  if (token.length < 6) return [];
  const found = new Set<string>();
  for (const word of index.lexicon.words.keys()) {
    if (word.length < token.length + 3) continue;
    const at = word.lastIndexOf(token);
    if (at < 3 || !/^(?:|s|en|e|n)$/.test(word.slice(at + token.length))) continue;
    for (const compound of index.tokens(word)) if (compound !== token) found.add(compound);
    if (found.size >= maxCompounds) break;
  }
  return [...found];
}

/**
 * The stems a conjugated verb may have in the index: the stemmer keeps "dreigt", "verzuimd", "telde" and
 * "gewisseld" apart from "dreigen", "verzuimen", "tellen" and "wisselen".
 */
export function verbStems(token: string): string[] {
  const stems: string[] = [];
  if (token.length < 5) return stems;
  if (/(de|te)$/.test(token)) stems.push(token.slice(0, -2));
  if (/[dt]$/.test(token)) stems.push(token.slice(0, -1));
  if (token.startsWith('ge') && /[dt]$/.test(token)) stems.push(token.slice(2, -1));
  return stems.filter((stem) => stem.length >= 3);
}
