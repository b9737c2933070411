import { create, insertMultiple, search, type Orama } from '@orama/orama';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { createDutchTokenizer } from './dutch-tokenizer.js';
import { internalIds, synchronous } from './orama-documents.js';
import { foldText } from './text-folding.js';
import { createWordScoreIndex } from './word-score-index.js';

const questionSchema = { sectionId: 'string', text: 'string' } as const;
/** Orama's default BM25: the neighbours' weights were chosen with it. */
const relevance = { k: 1.2, b: 0.75, d: 0.5 };

export type QuestionNeighbours = {
  /** The sections whose own staff questions are nearest the query, each with its best question's score. */
  readonly sectionsNear: (query: string, neighbours: number) => ReadonlyMap<string, number>;
};

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
  const documents = sectionIds.flatMap((sectionId) =>
    knowledge.questionsOf(sectionId).map((text) => ({ sectionId, text: foldText(text) })),
  );
  const sectionOf = internalIds(
    db,
    synchronous(insertMultiple(db, documents)),
    documents.map((document) => document.sectionId),
  );
  const nearest = (query: string, limit: number): { readonly sectionId: string; readonly score: number }[] => {
    const top = scores.topDocuments(db, { term: query, properties: ['text'], relevance, limit });
    if (top) return top.map(({ id, score }) => ({ sectionId: sectionOf.get(id)!, score }));
    // A query of stop words only: Orama's own search.
    const results = synchronous(
      search(db as Orama<typeof questionSchema>, { term: query, properties: ['text'], limit }),
    );
    return results.hits.map((hit) => ({ sectionId: hit.document.sectionId as string, score: hit.score }));
  };
  return {
    sectionsNear: (query, neighbours) => {
      const near = new Map<string, number>();
      for (const { sectionId, score } of nearest(query, neighbours))
        near.set(sectionId, Math.max(near.get(sectionId) ?? 0, score));
      return near;
    },
  };
}
