import { create, insertMultiple, search, type Orama } from '@orama/orama';
import type { KnowledgeBase, KnowledgeSection } from '../knowledge/knowledge-base.js';
import { createDutchTokenizer } from './dutch-tokenizer.js';
import { internalIds, synchronous } from './orama-documents.js';
import { splitPassages, type Passage } from './passages.js';
import { createWordScoreIndex } from './word-score-index.js';
import { foldText } from './text-folding.js';

const sectionSchema = {
  sectionId: 'enum',
  title: 'string',
  context: 'string',
  body: 'string',
  questions: 'string',
} as const;
const passageSchema = { sectionId: 'enum', key: 'string', text: 'string', sectionTitle: 'string' } as const;

/**
 * BM25 for sections: little length normalisation (b) because sections are short and their length says
 * little about relevance; a low k because one mention of a rare protocol term matters more than repeats.
 * Titles and enclosing titles count half: they are short, and BM25 over a three-word field would let one
 * title word outweigh the whole body. Chosen on the dev set: 81% pass at k 0.5, 78–79% at k 0.4 or
 * 0.6, 77% at k 0.8 — the figures are that sensitive, so expect about 78% on new questions.
 */
const sectionRelevance = { k: 0.5, b: 0.3, d: 0.5 };
/**
 * The questions a section answers (`knowledge/section-questions/`) are staff language written for the
 * section: a question matching them finds the section. A field of their own, weighted apart from the
 * section's own text, because many questions repeat the same words and would otherwise swamp it. With
 * about twelve questions per section, on the tuning part (346 questions): 63.6% pass at 0.1, 65.6% at
 * 0.25, 69.7% at 0.3, 70.8% at 0.5, 71.7% at 0.6. From 0.4 on the dev set answers one question it must
 * refuse ("wat verdient een leerplichtambtenaar?" matches "wat verdient ieder kind?"), so 0.3.
 */
export const sectionQuestionsWeight = 0.3;
/**
 * BM25 for sentences and list items: no length normalisation, so that a short item that merely names
 * the subject ("De jeugdarts heeft een geheimhoudingsplicht.") does not beat the sentence that holds more
 * of the question. Chosen on the dev set (pass rate 74% → 77% against Orama's default b = 0.75).
 */
const passageRelevance = { k: 1.2, b: 0, d: 0.5 };

export type SectionHit = { readonly section: KnowledgeSection; readonly score: number };
export type PassageHit = { readonly passage: Passage; readonly score: number };

/**
 * The search index over the knowledge base: one Orama index of sections (BM25 over title, enclosing
 * titles and body) and one of passages (sentences, list items, table rows), both with the Dutch stemmer
 * and stop words. Built once at start.
 */
export type KnowledgeIndex = {
  readonly searchSections: (query: string, limit: number) => SectionHit[];
  /** Passages of the given sections, or of all sections when `sectionIds` is undefined. */
  readonly searchPassages: (query: string, sectionIds: readonly string[] | undefined, limit: number) => PassageHit[];
  /** Stemmed, stop-word-free tokens, as the index sees text. */
  readonly tokens: (text: string) => string[];
  /** The tokens of a section's title, enclosing titles, body and the questions it answers. */
  readonly sectionTokens: (sectionId: string) => ReadonlySet<string>;
  /** How many sections contain all of the tokens. */
  readonly sectionsWith: (tokens: readonly string[]) => ReadonlySet<string>;
  /** All indexed (non-empty) sections. */
  readonly sectionIds: readonly string[];
  readonly passagesOf: (sectionId: string) => readonly Passage[];
  /** The knowledge base's own folded words (with how many sections use each) and the word pairs it writes apart, for
   * spelling. */
  readonly lexicon: Lexicon;
  /** How long building took, in ms. */
  readonly buildMs: number;
};

export type Lexicon = {
  readonly words: ReadonlyMap<string, number>;
  readonly pairs: ReadonlySet<string>;
  /** Hyphenated compounds written as one word ("reintegratieplan", "duomelding") → their folded parts ("re
   * integratieplan"). */
  readonly hyphenated: ReadonlyMap<string, string>;
};

const wordPattern = /[\p{L}\p{N}']+/gu;

/**
 * Whether a section can answer a question: heading-only sections (empty body) cannot. A date line under the document
 * title ("Januari 2022") answers only the staff questions written for it ("van wanneer is het protocol?").
 * @example isAnswerable(knowledge.getSection('bossche-protocol/bijlage-1')!) // false
 */
export function isAnswerable(section: KnowledgeSection, staffQuestions = 0): boolean {
  return section.body.trim().length >= minimumBodyLength || (section.body.trim().length > 0 && staffQuestions > 0);
}

const minimumBodyLength = 20;

/** Builds the index from the knowledge base. */
export function buildKnowledgeIndex(
  knowledge: KnowledgeBase,
  { now = () => performance.now() }: { readonly now?: () => number } = {},
): KnowledgeIndex {
  const started = now();
  const { marked, plain } = createDutchTokenizer();
  const sectionScores = createWordScoreIndex();
  const passageScores = createWordScoreIndex();
  const sectionsDb = create({ schema: sectionSchema, components: { tokenizer: marked, index: sectionScores } });
  const passagesDb = create({ schema: passageSchema, components: { tokenizer: marked, index: passageScores } });
  const sections = [...knowledge.sections.values()].filter((section) =>
    isAnswerable(section, knowledge.questionsOf(section.id).length),
  );
  const passagesBySection = new Map<string, Passage[]>();
  const passageByKey = new Map<string, Passage>();
  const sectionTokenSets = new Map<string, Set<string>>();
  const sectionsByToken = new Map<string, Set<string>>();
  const tokens = (text: string) => plain.tokenize(foldText(text), 'dutch', 'text');
  const lexiconWords = new Map<string, number>();
  const lexiconPairs = new Set<string>();
  const hyphenated = new Map<string, string>();

  const sectionDocuments = sections.map((section) => {
    const document = knowledge.documentOf(section);
    const context = [document.shortTitle, ...section.parentTitles].join(' — ');
    const text = `${section.title} ${section.parentTitles.join(' ')} ${section.body}`;
    // The words of the questions a section answers count as its words for coverage and confidence: staff
    // asking in those words are asking about it (tuning part: 53.9% → 59.3% pass, false refusals 16% → 11%).
    const sectionTokens = new Set(tokens(`${text} ${knowledge.questionsOf(section.id).join(' ')}`));
    const surfaceWords = foldText(text).match(wordPattern) ?? [];
    for (const word of new Set(surfaceWords)) lexiconWords.set(word, (lexiconWords.get(word) ?? 0) + 1);
    for (let position = 1; position < surfaceWords.length; position++)
      lexiconPairs.add(`${surfaceWords[position - 1]} ${surfaceWords[position]}`);
    for (const compound of text.match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)+/gu) ?? []) {
      const parts = foldText(compound).match(wordPattern) ?? [];
      if (parts.length > 1) hyphenated.set(parts.join(''), parts.join(' '));
    }
    sectionTokenSets.set(section.id, sectionTokens);
    for (const token of sectionTokens) {
      const holders = sectionsByToken.get(token) ?? new Set<string>();
      holders.add(section.id);
      sectionsByToken.set(token, holders);
    }
    // A heading that is a question (the FAQ of Bijlage 2, "Wie kan opschalen …?") is what staff ask:
    // it counts as part of the body too, not only as a down-weighted title.
    const body = section.title.trim().endsWith('?') ? `${section.title}\n${section.body}` : section.body;
    return {
      sectionId: section.id,
      title: foldText(section.title),
      context: foldText(context),
      body: foldText(body),
      questions: foldText(knowledge.questionsOf(section.id).join('\n')),
    };
  });
  const sectionByInternalId = internalIds(
    sectionsDb,
    synchronous(insertMultiple(sectionsDb, sectionDocuments)),
    sections,
  );

  const passageDocuments = sections.flatMap((section) => {
    const passages = splitPassages(section.id, section.body);
    passagesBySection.set(section.id, passages);
    return passages.map((passage) => {
      const key = `${section.id}#${passage.position}`;
      passageByKey.set(key, passage);
      return {
        sectionId: section.id,
        key,
        text: foldText(passage.lead ? `${passage.lead} ${passage.text}` : passage.text),
        sectionTitle: foldText(section.title),
      };
    });
  });
  const allPassages = sections.flatMap((section) => passagesBySection.get(section.id)!);
  const passageByInternalId = internalIds(
    passagesDb,
    synchronous(insertMultiple(passagesDb, passageDocuments)),
    allPassages,
  );
  const passageIdsBySection = new Map<string, number[]>();
  for (const [id, passage] of passageByInternalId) {
    const ids = passageIdsBySection.get(passage.sectionId) ?? [];
    ids.push(id);
    passageIdsBySection.set(passage.sectionId, ids);
  }

  const buildMs = now() - started;
  return {
    buildMs,
    lexicon: { words: lexiconWords, pairs: lexiconPairs, hyphenated },
    sectionIds: sections.map((section) => section.id),
    tokens,
    sectionTokens: (sectionId) => sectionTokenSets.get(sectionId) ?? new Set(),
    sectionsWith: (wanted) => {
      const [first, ...rest] = wanted.map((token) => sectionsByToken.get(token) ?? new Set<string>());
      if (!first) return new Set();
      // One token: its own (read-only) set, not a copy.
      if (rest.length === 0) return first;
      const holding = new Set<string>();
      for (const id of first) if (rest.every((holders) => holders.has(id))) holding.add(id);
      return holding;
    },
    passagesOf: (sectionId) => passagesBySection.get(sectionId) ?? [],
    searchSections: (query, limit) => {
      const properties: ('title' | 'context' | 'body' | 'questions')[] = ['title', 'context', 'body', 'questions'];
      const boost = { title: 0.5, context: 0.5, questions: sectionQuestionsWeight };
      const top = sectionScores.topDocuments(sectionsDb, {
        term: query,
        properties,
        boost,
        relevance: sectionRelevance,
        limit,
      });
      if (top) return top.map(({ id, score }) => ({ section: sectionByInternalId.get(id)!, score }));
      // A query of stop words only: Orama's own search (which then scores every section).
      const results = synchronous(
        search(sectionsDb as Orama<typeof sectionSchema>, {
          term: query,
          relevance: sectionRelevance,
          properties,
          boost,
          limit,
        }),
      );
      return results.hits.map((hit) => ({
        section: knowledge.getSection(hit.document.sectionId as string)!,
        score: hit.score,
      }));
    },
    searchPassages: (query, sectionIds, limit) => {
      if (sectionIds?.length === 0) return [];
      const properties: ('text' | 'sectionTitle')[] = ['text', 'sectionTitle'];
      const boost = { sectionTitle: 0.5 };
      const within = sectionIds ? new Set(sectionIds.flatMap((id) => passageIdsBySection.get(id) ?? [])) : undefined;
      const top = passageScores.topDocuments(passagesDb, {
        term: query,
        properties,
        boost,
        relevance: passageRelevance,
        limit,
        ...(within ? { within } : {}),
      });
      if (top) return top.map(({ id, score }) => ({ passage: passageByInternalId.get(id)!, score }));
      const results = synchronous(
        search(passagesDb as Orama<typeof passageSchema>, {
          term: query,
          properties,
          boost,
          relevance: passageRelevance,
          ...(sectionIds ? { where: { sectionId: { in: [...sectionIds] } } } : {}),
          limit,
        }),
      );
      return results.hits.map((hit) => ({ passage: passageByKey.get(hit.document.key as string)!, score: hit.score }));
    },
  };
}
