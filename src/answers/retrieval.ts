import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { ageBandQuery } from './age-band.js';
import type { KnowledgeIndex, SectionHit } from './knowledge-index.js';
import { redactedPlaceholder, redactQuestion } from './redaction.js';
import { foldText, normalizeQuestion } from './text-folding.js';
import { questionTypeOf, type QuestionType } from './question-type.js';
import { createSpellingCorrector, type Correction, type SpellingCorrector } from './spelling.js';
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

export type Retrieval = {
  /** The question with pupil data removed (names, dates, ages, contact details), before folding. */
  readonly redactedQuestion: string;
  /** The query sent to the index: the folded question plus the vocabulary's terms for what it mentions. */
  readonly query: string;
  /** The query for choosing sentences: also the words an answer to this kind of question uses ("hoe vaak" →
   * "wekelijks"). */
  readonly passageQuery: string;
  readonly concepts: readonly Concept[];
  /** What the question asks for (a number, a person, a time, …): the sentence holding it goes first. */
  readonly asks: QuestionType;
  /** Sections, best first (primary sources preferred on near ties). */
  readonly hits: readonly SectionHit[];
  /** The share of the question's concepts (weighted by rarity) that the best sections contain, 0..1. */
  readonly confidence: number;
};

export type RetrieveOptions = {
  readonly question: string;
  readonly index: KnowledgeIndex;
  readonly knowledge: KnowledgeBase;
  readonly vocabulary: Vocabulary;
  /** How many sections to return. @default 8 */
  readonly limit?: number;
};

/**
 * Primary sources (Bossche protocol, praktijkkaart) win over reports when they score about the same:
 * the protocol is what staff must follow; the annual reports only describe practice.
 */
const primaryPrior = 1.25;
/** How much the vocabulary's canonical terms count next to the words of the question. */
const expansionWeight = 0.5;
/**
 * A section's score is scaled between this share and 1 by how much of the question (weighted concepts)
 * it holds. Chosen on the dev set: 0.4–0.8 all reach the same plateau (84–85% against 83% without).
 */
const coverageFloor = 0.6;
/**
 * Confidence is the coverage of the question by this many top sections together. One: a question the
 * documents answer is answered in one place; words spread over three sections ("blijven zitten" here,
 * "ziekte" there) are how unanswerable questions got answered. On the tuning part at the same false
 * refusals, 1 answers 4 of 14 unanswerable questions where 3 answered 6.
 */
const coverageDepth = 1;

/** Anything that can tell whether it holds a token: a section's token set, or several together. */
type TokenSet = { readonly has: (token: string) => boolean };

function conceptIn(concept: Concept, tokens: TokenSet): boolean {
  return concept.alternatives.some((alternative) => alternative.every((token) => tokens.has(token)));
}

/** Coverage of the concepts by one section: the same as {@link coverage} over its tokens, from the concepts' sections.
 * */
function sectionCoverage(concepts: readonly Concept[], sectionId: string): number {
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

/**
 * Question words and fillers staff type around what they ask ("hoeveel", "eigenlijk", chat's "bv",
 * "ofzo", "zomaar"); the Dutch stop word list does not hold them. They do not count towards what a section must
 * contain.
 */
const questionWords = (
  'wat wie waar wanneer waarom hoe hoeveel hoelang vaak lang duurt duren voordat ' +
  'nadat zodra welke welk mag mogen moet moeten kan kunnen kun wil willen zou zal ' +
  'houdt houden betekent betekenen eigenlijk precies iemand iets doen doet gebeurt ' +
  'staat staan stond noemt heet zit zitten nu dan toch even graag vraag vragen ' +
  'weet weten bellen bel mailen appen contacteren benaderen voer voeren zeg zeggen ' +
  'roepen antwoord antwoorden officieel qua betreft bv bijv bijvoorbeeld ofzo ' +
  'ofzoiets ergens echt gewoon zomaar nou hoor trouwens misschien ongeveer'
).split(' ');

const questionWordSet = new Set(questionWords);

/**
 * What an answer to a kind of question says: "hoe vaak" is answered with "wekelijks" or "maandelijks",
 * "hoe lang" with minutes, weeks or months. Added to the query that picks sentences, not sections.
 */
const answerCues: readonly (readonly [RegExp, string])[] = [
  [/\bhoe ?vaak\b/, 'wekelijks maandelijks jaarlijks dagelijks keer per'],
  [/\bhoe ?lang\b|\bduur/, 'minuten dagen weken maanden jaar gemiddeld'],
  [/\bwanneer\b|\btermijn\b|\bbinnen\b/, 'dagen weken binnen uiterlijk vanaf'],
  [/\bhoeveel\b/, 'aantal totaal keer'],
  [/^\s*wat (is|zijn|houdt|betekent)\b|\bverstaan\b|\bdefinitie\b|\bofficieel\b/, 'ofwel verstaan betekent definitie'],
  [/\bleeftijd\b|\bhoe oud\b/, 'jaar verjaardag'],
  [/\bwaar staat\b|\bbetekent\b|\bafkorting\b/, 'betekent staat voor'],
];

/**
 * Like {@link answerCues}, but only for choosing sentences within the found sections: "wie" is answered
 * by a sentence naming roles, "welke leeftijd" by one with ages. Too common to help find sections.
 */
const passageCues: readonly (readonly [RegExp, string])[] = [
  [
    /\bwie\b/,
    'ondersteuningscoordinator mentor leerplichtambtenaar leerplicht jeugdarts ' +
      'schoolmaatschappelijk verzuimcoach ouders school samenwerkingsverband ' +
      'casusverantwoordelijke wijkteam partners',
  ],
];

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

const correctorCache = new WeakMap<KnowledgeIndex, WeakMap<Vocabulary, SpellingCorrector>>();

/** The spelling corrector over the index's words; the vocabulary's words and the question words are left to their own
 * handling. */
export function spellingOf(index: KnowledgeIndex, vocabulary: Vocabulary): SpellingCorrector {
  let byVocabulary = correctorCache.get(index);
  if (!byVocabulary) {
    byVocabulary = new WeakMap();
    correctorCache.set(index, byVocabulary);
  }
  let corrector = byVocabulary.get(vocabulary);
  if (!corrector) {
    const protectedWords = new Set(questionWords);
    for (const group of vocabulary.groups)
      for (const term of [group.canonical, ...group.terms])
        for (const word of foldText(term).match(/[\p{L}\p{N}']+/gu) ?? []) protectedWords.add(word);
    const isKnown = (word: string) => index.tokens(word).every((token) => index.sectionsWith([token]).size > 0);
    corrector = createSpellingCorrector({ ...index.lexicon, isKnown, protectedWords });
    byVocabulary.set(vocabulary, corrector);
  }
  return corrector;
}

function extractConcepts(
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
  for (const token of new Set(index.tokens(remainder))) {
    // Numbers are the particulars of a situation ("14 jaar", "2 weken"), not what the question is about.
    if (/^\d+$/.test(token) || ignored.has(token)) continue;
    // A conjugated verb ("dreigt", "verzuimd") counts as found where its stem is ("dreigen", "verzuimen");
    // it is searched as typed (searching the stems too lost two tuning questions).
    const forms = verbStems(token).filter((stem) => !ignored.has(stem) && index.sectionsWith([stem]).size > 0);
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

/**
 * The stems a conjugated verb may have in the index: the stemmer keeps "dreigt", "verzuimd", "telde" and
 * "gewisseld" apart from "dreigen", "verzuimen", "tellen" and "wisselen".
 */
function verbStems(token: string): string[] {
  const stems: string[] = [];
  if (token.length < 5) return stems;
  if (/(de|te)$/.test(token)) stems.push(token.slice(0, -2));
  if (/[dt]$/.test(token)) stems.push(token.slice(0, -1));
  if (token.startsWith('ge') && /[dt]$/.test(token)) stems.push(token.slice(2, -1));
  return stems.filter((stem) => stem.length >= 3);
}

/**
 * Finds the sections that answer a question, and how confident that is.
 * @example const { hits, confidence } = retrieve({ question: 'wie is de lpa?', index, knowledge, vocabulary });
 */
export function retrieve({ question, index, knowledge, vocabulary, limit = 8 }: RetrieveOptions): Retrieval {
  // A pupil's name, age or phone number says nothing about the protocol: search without them.
  const redactedQuestion = redactQuestion(question, { vocabulary, knowledge });
  // Typos and compounds the knowledge base does not hold become its own words ("jeugdarst" → "jeugdarts").
  const correction = spellingOf(index, vocabulary).correct(
    normalizeQuestion(redactedQuestion.replace(redactedPlaceholder, ' ')),
  );
  const normalized = correction.text;
  const { concepts, asked, alternatives, expansion } = extractConcepts(
    normalized,
    index,
    vocabulary,
    correction.compounds,
  );
  // The staff's own words rank first; the vocabulary's canonical terms ("lpa" → "leerplichtambtenaar")
  // add evidence at a lower weight, so that they find sections without outvoting what was asked.
  const scores = new Map<string, { section: SectionHit['section']; score: number }>();
  const add = (hits: readonly SectionHit[], weight: number) => {
    for (const hit of hits) {
      const entry = scores.get(hit.section.id) ?? { section: hit.section, score: 0 };
      entry.score += hit.score * weight;
      scores.set(hit.section.id, entry);
    }
  };
  add(index.searchSections([asked, ageBandQuery(question)].join(' '), limit * 3), 1);
  const cues = answerCues.filter(([pattern]) => pattern.test(normalized)).map(([, words]) => words);
  const secondary = [expansion, ...cues].filter(Boolean).join(' ');
  if (secondary) add(index.searchSections(secondary, limit * 3), expansionWeight);
  const ranked = [...scores.values()]
    .map((hit) => ({
      section: hit.section,
      score: hit.score * (knowledge.documentOf(hit.section).primary ? primaryPrior : 1),
    }))
    .sort((left, right) => right.score - left.score);
  // A section that holds all of the question's concepts beats one that merely repeats one of them;
  // confidence stays with the search's own order, so this reordering cannot talk a refusal away.
  const hits = ranked
    .map((hit) => ({
      section: hit.section,
      score: hit.score * (coverageFloor + (1 - coverageFloor) * sectionCoverage(concepts, hit.section.id)),
    }))
    .sort((left, right) => right.score - left.score)
    .slice(0, limit);
  const query = expansion ? `${asked} ${expansion}` : asked;
  // Sentences are chosen with every way to write what was asked: the sentence may say "telefonisch"
  // where the question says "telnr".
  const passageQuery = [
    query,
    ageBandQuery(question),
    alternatives,
    ...cues,
    ...passageCues.filter(([pattern]) => pattern.test(normalized)).map(([, words]) => words),
  ].join(' ');
  // Over the top sections' tokens together: an alternative's words may be spread over them.
  const nearbySets = ranked.slice(0, coverageDepth).map((hit) => index.sectionTokens(hit.section.id));
  const confidence = coverage(concepts, { has: (token) => nearbySets.some((tokens) => tokens.has(token)) });
  return { redactedQuestion, query, passageQuery, concepts, asks: questionTypeOf(normalized), hits, confidence };
}
