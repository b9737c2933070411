import { create, insertMultiple, search, type Orama } from '@orama/orama';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { createDutchTokenizer } from './dutch-tokenizer.js';
import { internalIds, synchronous } from './orama-documents.js';
import { foldText } from './text-folding.js';
import { createWordScoreIndex } from './word-score-index.js';

const questionSchema = { sectionId: 'string', text: 'string' } as const;
/** Orama's default BM25: the neighbours' weights were chosen with it. */
const relevance = { k: 1.2, b: 0.75, d: 0.5 };

/** A section question near the query: its section, its score and the section's words that answer it. */
export type NearQuestion = { readonly sectionId: string; readonly score: number; readonly quote?: string };

export type QuestionNeighbours = {
  /** The staff questions nearest the query, best first. */
  readonly questionsNear: (query: string, neighbours: number) => readonly NearQuestion[];
  /** The sections whose own staff questions are nearest the query, each with its best question's score. */
  readonly sectionsNear: (query: string, neighbours: number) => ReadonlyMap<string, number>;
};

/** The sections of near questions, each with its best question's score. */
export function sectionsOf(near: readonly NearQuestion[]): ReadonlyMap<string, number> {
  const sections = new Map<string, number>();
  for (const { sectionId, score } of near) sections.set(sectionId, Math.max(sections.get(sectionId) ?? 0, score));
  return sections;
}

/**
 * The section questions (`knowledge/section-questions/`) as documents of their own: a question asked
 * the way a section's questions are asked finds that section, even when the section's own text words it
 * otherwise. Beside the sections' BM25, not instead of it. Ranked by the word-score index, as the
 * sections are: the same BM25 as Orama's search, without building its hits.
 */
export function buildQuestionNeighbours(knowledge: KnowledgeBase, sectionIds: readonly string[]): QuestionNeighbours {
  const scores = createWordScoreIndex();
  const db = create({
    schema: questionSchema,
    components: { tokenizer: createDutchTokenizer().marked, index: scores },
  });
  const entries = sectionIds.flatMap((sectionId) =>
    knowledge.sectionQuestionsOf(sectionId).map(({ question, quote }) => ({ sectionId, question, quote })),
  );
  const documents = entries.map(({ sectionId, question }) => ({ sectionId, text: foldText(question) }));
  const entryOf = internalIds(db, synchronous(insertMultiple(db, documents)), entries);
  const near = ({ sectionId, quote }: (typeof entries)[number], score: number): NearQuestion =>
    quote === undefined ? { sectionId, score } : { sectionId, score, quote };
  const questionsNear = (query: string, limit: number): NearQuestion[] => {
    const top = scores.topDocuments(db, { term: query, properties: ['text'], relevance, limit });
    if (top) return top.map(({ id, score }) => near(entryOf.get(id)!, score));
    // A query of stop words only: Orama's own search.
    const results = synchronous(
      search(db as Orama<typeof questionSchema>, { term: query, properties: ['text'], limit }),
    );
    return results.hits.map((hit) => ({ sectionId: hit.document.sectionId as string, score: hit.score }));
  };
  return { questionsNear, sectionsNear: (query, neighbours) => sectionsOf(questionsNear(query, neighbours)) };
}
