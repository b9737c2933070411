import { compoundsEndingIn, verbFamily, verbStems } from './word-forms.js';
import type { KnowledgeIndex } from './knowledge-index.js';
import { englishMarkers, questionWords, questionWordSet } from './query-words.js';
import { foldText } from './text-folding.js';
import type { Correction } from './spelling.js';
import type { Vocabulary } from './vocabulary.js';
import { findWholeTerms, replaceWholeTerm } from './whole-words.js';

/** One thing the question asks about, with every way the knowledge base may write it (token lists). */
export type Concept = {
  readonly alternatives: readonly (readonly string[])[];
  readonly weight: number;
  /** True when no section contains it: a word the knowledge base does not know at all. */
  readonly unknown: boolean;
  /** The sections that contain it (in one of its alternatives). */
  readonly sections: ReadonlySet<string>;
};

/** Anything that can tell whether it holds a token: a section's token set, or several together. */
type TokenSet = { readonly has: (token: string) => boolean };

function conceptIn(concept: Concept, tokens: TokenSet): boolean {
  return concept.alternatives.some((alternative) => alternative.every((token) => tokens.has(token)));
}

/** Coverage of the concepts by one section: the same as {@link coverage} over its tokens, from the concepts' sections.
 * */
export function sectionCoverage(concepts: readonly Concept[], sectionId: string): number {
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (total === 0) return 0;
  return concepts.reduce((sum, concept) => sum + (concept.sections.has(sectionId) ? concept.weight : 0), 0) / total;
}

/** Coverage of the concepts by a set of tokens, weighted by concept rarity, 0..1. */
export function coverage(concepts: readonly Concept[], tokens: TokenSet): number {
  const total = concepts.reduce((sum, concept) => sum + concept.weight, 0);
  if (total === 0) return 0;
  return concepts.reduce((sum, concept) => sum + (conceptIn(concept, tokens) ? concept.weight : 0), 0) / total;
}

/** What the index makes of the vocabulary's terms and the question words: the same on every question. */
type IndexedWords = {
  readonly ignored: ReadonlySet<string>;
  readonly alternativeTokens: Map<string, readonly string[]>;
  /** The sections that hold a vocabulary group (by its terms), for its concept's weight and coverage. */
  readonly groupHolders: Map<string, ReadonlySet<string>>;
};

const indexedWordsCache = new WeakMap<KnowledgeIndex, IndexedWords>();

function indexedWordsOf(index: KnowledgeIndex): IndexedWords {
  let words = indexedWordsCache.get(index);
  if (!words) {
    words = {
      ignored: new Set(questionWords.flatMap((word) => index.tokens(word))),
      alternativeTokens: new Map(),
      groupHolders: new Map(),
    };
    indexedWordsCache.set(index, words);
  }
  return words;
}

/** The index's tokens of a vocabulary alternative (a fixed set of strings, so the cache stays small). */
function alternativeTokens(alternative: string, index: KnowledgeIndex): readonly string[] {
  const { alternativeTokens: cache } = indexedWordsOf(index);
  let tokens = cache.get(alternative);
  if (!tokens) {
    tokens = index.tokens(alternative);
    cache.set(alternative, tokens);
  }
  return tokens;
}

/**
 * English mixed into a Dutch question ("… it's for one of my students"): where two or more of its function words
 * stand, a word the documents do not hold is an aside, not something asked about.
 */
function withoutEnglishAsides(text: string, index: KnowledgeIndex): string {
  const words = text.match(/[\p{L}']+/gu) ?? [];
  if (words.filter((word) => englishMarkers.has(word)).length < 2) return text;
  return withoutUnheldWords(text, index);
}

/**
 * A remark after the question ("… ? nooit van gehoord", "… ? ik ben de conciërge en houd de telaatbriefjes bij"): there
 * too a word the documents do not hold is an aside, not something asked about.
 */
function withoutTrailingAsides(text: string, index: KnowledgeIndex): string {
  const end = text.lastIndexOf('?');
  if (end < 0 || !/[\p{L}]/u.test(text.slice(end + 1))) return text;
  return text.slice(0, end + 1) + withoutUnheldWords(text.slice(end + 1), index);
}

/** The text without the words no section holds: asides, where the caller has found some. */
function withoutUnheldWords(text: string, index: KnowledgeIndex): string {
  return text.replace(/[\p{L}']+/gu, (word) => {
    const tokens = index.tokens(word);
    return tokens.length > 0 && index.sectionsWith(tokens).size === 0 ? ' ' : word;
  });
}

/** The concepts a question asks about, the words it asks with, and the vocabulary's terms for them. */
export function extractConcepts(
  normalized: string,
  index: KnowledgeIndex,
  vocabulary: Vocabulary,
  compounds: Correction['compounds'],
) {
  const matches = vocabulary.match(normalized);
  let remainder = normalized;
  // Longest first, so that "duo-melding" is taken out whole before "duo".
  for (const text of matches.flatMap((match) => match.matched).sort((left, right) => right.length - left.length)) {
    remainder = replaceWholeTerm(remainder, text, ' ');
  }
  // Each concept with the key its holder count is cached under: a vocabulary group's terms (the vocabulary
  // is fixed), or none for the staff's own words.
  const raw: { readonly alternatives: readonly (readonly string[])[]; readonly group?: string }[] = [];
  for (const match of matches) {
    const alternatives = match.alternatives
      .map((alternative) => alternativeTokens(alternative, index))
      .filter((tokens) => tokens.length > 0);
    if (alternatives.length > 0) raw.push({ alternatives, group: match.alternatives.join('\u0000') });
  }
  // A compound split into the knowledge base's words is one thing asked about: its parts must be found together.
  for (const parts of compounds) {
    if (!parts.every((part) => findWholeTerms(remainder, [part]).length > 0)) continue;
    const tokens = index.tokens(parts.join(' '));
    if (tokens.length === 0) continue;
    for (const part of parts) remainder = replaceWholeTerm(remainder, part, ' ');
    raw.push({ alternatives: [tokens] });
  }
  const { ignored } = indexedWordsOf(index);
  for (const token of new Set(index.tokens(withoutTrailingAsides(withoutEnglishAsides(remainder, index), index)))) {
    // Numbers are the particulars of a situation ("14 jaar", "2 weken"), not what the question is about.
    if (/^\d+$/.test(token) || ignored.has(token)) continue;
    // A conjugated verb ("dreigt", "verzuimd") counts as found where its stem is ("dreigen", "verzuimen");
    // it is searched as typed (searching the stems too lost two tuning questions).
    const known = (stem: string) => !ignored.has(stem) && index.sectionsWith([stem]).size > 0;
    const forms = verbStems(token).filter(known);
    // A form the knowledge base never writes ("vertellen", "geanalyseerd", "instuur") is the verb it does write
    // ("vertelt", "analyseren", "sturen").
    // Measured: tuning 564 → 567 of 759, false refusals 67 → 63; frozen unchanged (595), false refusals 56 → 55.
    if (forms.length === 0 && !known(token)) forms.push(...verbFamily(token, index).filter(known));
    // "aanbieder" where the documents only write "zorgaanbieders": the compounds it is the last part of.
    if (forms.length === 0 && !known(token)) forms.push(...compoundsEndingIn(token, index).filter(known));
    raw.push({ alternatives: [[token], ...forms.map((stem) => [stem])] });
  }
  const sectionCount = index.sectionIds.length;
  const { groupHolders } = indexedWordsOf(index);
  const concepts = raw.map(({ alternatives, group }) => {
    let sections = group === undefined ? undefined : groupHolders.get(group);
    if (sections === undefined) {
      if (alternatives.length === 1) sections = index.sectionsWith(alternatives[0]!);
      else {
        const holding = new Set<string>();
        for (const alternative of alternatives) for (const id of index.sectionsWith(alternative)) holding.add(id);
        sections = holding;
      }
      if (group !== undefined) groupHolders.set(group, sections);
    }
    const holders = sections.size;
    return {
      alternatives,
      weight: Math.log(1 + (sectionCount - holders + 0.5) / (holders + 0.5)),
      unknown: holders === 0,
      sections,
    };
  });
  // "Waar staat RMC voor?" asks for the written-out term: then every way to write it joins the query.
  const asksMeaning = /\b(waar staat|staat .* voor|betekent|betekenis|afkorting)\b|^\s*wat houdt .* in\b/.test(
    normalized,
  );
  const expansion = matches.flatMap((match) => {
    if (asksMeaning) return match.alternatives.filter((alternative) => !match.matched.includes(alternative));
    return match.matched.includes(foldText(match.canonical)) ? [] : [foldText(match.canonical)];
  });
  // Staff's words the knowledge base never uses ("komt niet opdagen", "terugkoppelformulier") find
  // nothing; the vocabulary's term for them ("niet verschijnen") then stands in their place at full weight.
  let substituted = normalized;
  for (const match of matches) {
    const canonical = foldText(match.canonical);
    for (const text of match.matched) {
      const tokens = alternativeTokens(text, index);
      if (text === canonical || tokens.length === 0 || index.sectionsWith(tokens).size > 0) continue;
      substituted = replaceWholeTerm(substituted, text, ` ${canonical} `);
    }
  }
  // After "welke" a question word is the thing asked for ("welke vragen staan op het formulier").
  const asked = substituted.replace(
    /(\bwelke?\s+)?([\p{L}\p{N}]+)/gu,
    (_whole, which: string | undefined, word: string) => (which ? ` ${word}` : questionWordSet.has(word) ? ' ' : word),
  );
  const alternatives = [...new Set(matches.flatMap((match) => match.alternatives))].join(' ');
  return { concepts, asked, alternatives, expansion: [...new Set(expansion)].join(' ') };
}
