import { namedPartWeight, neighbourCount, neighbourWeight, pairWeight } from './retrieval-weights.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { ageBandQuery } from './age-band.js';
import { buildQuestionNeighbours, sectionsOf, type QuestionNeighbours } from './question-neighbours.js';
import type { KnowledgeIndex, SectionHit } from './knowledge-index.js';
import { foreignProperNouns, redactedPlaceholder, redactQuestion } from './redaction.js';
import { foldText, normalizeQuestion } from './text-folding.js';
import { otherPlacesNamed } from './places.js';
import { questionTypeOf, type QuestionType } from './question-type.js';
import { createSpellingCorrector, type SpellingCorrector } from './spelling.js';
import { confidenceOf } from './confidence.js';
import type { Vocabulary } from './vocabulary.js';
import { extractConcepts, sectionCoverage, type Concept } from './concepts.js';
import { answerCues, passageCues, questionWords } from './query-words.js';
import { namedDocuments } from './named-documents.js';
import { wordPairsOf } from './word-pairs.js';
import { withOrdinalPart } from './ordinal-parts.js';
import { createEnglishQuestions } from './english-questions.js';

let inDutch: ((foldedQuestion: string) => string) | undefined;

export type Retrieval = {
  /** The question with pupil data removed (names, dates, ages, contact details), before folding. */
  readonly redactedQuestion: string;
  /** The question folded and spelling-corrected ("ondudelijk" → "onduidelijk"), without pupil data. */
  readonly correctedQuestion: string;
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
  /**
   * The words that answer the staff questions nearest this one (`knowledge/section-questions/`), each with its
   * question's score as a share of the nearest one's (1 for the nearest).
   */
  readonly answerQuotes: readonly AnswerQuote[];
  /** Proper nouns the question names that the knowledge base does not hold, nor any first name (see redaction). */
  readonly foreignNames: number;
};

export type AnswerQuote = { readonly sectionId: string; readonly quote: string; readonly share: number };

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

const neighboursCache = new WeakMap<KnowledgeIndex, QuestionNeighbours>();

/** The section questions' own index, built on first use for this knowledge index. */
export function neighboursOf(index: KnowledgeIndex, knowledge: KnowledgeBase): QuestionNeighbours {
  let neighbours = neighboursCache.get(index);
  if (!neighbours) {
    neighbours = buildQuestionNeighbours(knowledge, index.sectionIds);
    neighboursCache.set(index, neighbours);
  }
  return neighbours;
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
    // "spreekuur gesprek, how long?": English words in the documents' Dutch.
    (inDutch ??= createEnglishQuestions())(normalizeQuestion(redactedQuestion.replace(redactedPlaceholder, ' '))),
  );
  const normalized = correction.text;
  // "volgens de praktijkkaart": a document named as the source is preferred, not searched for.
  const named = namedDocuments(normalized);
  const {
    concepts: allConcepts,
    asked,
    alternatives,
    expansion,
  } = extractConcepts(named.rest, index, vocabulary, correction.compounds);
  // "deel 2", "bijlage 7", "stap 4": the part of a document the question names, preferred below — not a word the
  // section must hold ("volgens deel 3").
  const namedParts = [...normalized.matchAll(/\b(deel|bijlage|stap)\s*(\d{1,2})\b/g)];
  const partWords = new Set(namedParts.flatMap(([, kind]) => index.tokens(kind!)));
  const concepts = allConcepts.filter(
    (concept) => !concept.alternatives.every((tokens) => tokens.length === 1 && partWords.has(tokens[0]!)),
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
  // Confidence is read from the search's own order, before the neighbours' votes below, and from the section
  // finally answered from (see below).
  const searchTop = [...scores.values()]
    .map((hit) => ({ ...hit, score: hit.score * (knowledge.documentOf(hit.section).primary ? primaryPrior : 1) }))
    .sort((left, right) => right.score - left.score)
    .slice(0, coverageDepth);
  // Sections whose staff questions are nearest the question gain in proportion to the best section's score.
  const nearQuestions = neighboursOf(index, knowledge).questionsNear(asked, neighbourCount);
  const near = sectionsOf(nearQuestions);
  const nearBest = Math.max(0, ...near.values());
  const answerQuotes = nearQuestions.flatMap(({ sectionId, quote, score }) =>
    quote === undefined ? [] : [{ sectionId, quote, share: score / nearBest }],
  );
  const best = Math.max(0, ...[...scores.values()].map((entry) => entry.score));
  if (nearBest > 0 && best > 0)
    for (const [sectionId, score] of near) {
      const section = knowledge.getSection(sectionId)!;
      const entry = scores.get(sectionId) ?? { section, score: 0 };
      entry.score += neighbourWeight * best * (score / nearBest);
      scores.set(sectionId, entry);
    }
  const partsNamed = namedParts.map(([, kind, number]) => `/${kind}-${number}`);
  const wordPairs = wordPairsOf(index, knowledge);
  const askedPairs = wordPairs.pairsOf(asked);
  const ranked = [...scores.values()]
    .map((hit) => ({
      section: hit.section,
      score:
        hit.score *
        (knowledge.documentOf(hit.section).primary ? primaryPrior : 1) *
        (1 + pairWeight * wordPairs.shareIn(askedPairs, hit.section.id)) *
        (partsNamed.some((part) => hit.section.id.includes(part)) ? namedPartWeight : 1) *
        (named.documents.some((document) => hit.section.id.startsWith(`${document}/`)) ? namedPartWeight : 1),
    }))
    .sort((left, right) => right.score - left.score);
  // A section that holds all of the question's concepts beats one that merely repeats one of them.
  const coveredHits = ranked
    .map((hit) => ({
      section: hit.section,
      score: hit.score * (coverageFloor + (1 - coverageFloor) * sectionCoverage(concepts, hit.section.id)),
    }))
    .sort((left, right) => right.score - left.score)
    .slice(0, limit);
  const hits = withOrdinalPart(coveredHits, normalized, knowledge);
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
  const confidence = confidenceOf({
    concepts,
    searchTop: searchTop.map((hit) => hit.section.id),
    answered: hits[0]?.section.id,
    question: named.rest,
    conceptsOf: (sentence) => extractConcepts(sentence, index, vocabulary, correction.compounds).concepts,
    index,
  });
  const asks = questionTypeOf(normalized);
  const isIndexedWord = (folded: string) => {
    const tokens = index.tokens(folded);
    return tokens.length > 0 && tokens.every((token) => index.sectionsWith([token]).size > 0);
  };
  const foreignNames =
    foreignProperNouns(question, redactedQuestion, { vocabulary, knowledge }, isIndexedWord) +
    otherPlacesNamed(question, isIndexedWord);
  return {
    redactedQuestion,
    correctedQuestion: normalized,
    query,
    passageQuery,
    concepts,
    asks,
    hits,
    confidence,
    answerQuotes,
    foreignNames,
  };
}
