import { create, insertMultiple, search, type Orama } from '@orama/orama';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { createDutchTokenizer } from './dutch-tokenizer.js';
import { synchronous } from './orama-documents.js';
import { foldText } from './text-folding.js';

const questionSchema = { sectionId: 'string', text: 'string' } as const;

export type QuestionNeighbours = {
  /** The sections whose own staff questions are nearest the query, each with its best question's score. */
  readonly sectionsNear: (query: string, neighbours: number) => ReadonlyMap<string, number>;
};

/**
 * The section questions (`knowledge/section-questions/`) as documents of their own: a question asked
 * the way a section's questions are asked finds that section, even when the section's own text words it
 * otherwise. Beside the sections' BM25, not instead of it.
 */
export function buildQuestionNeighbours(knowledge: KnowledgeBase, sectionIds: readonly string[]): QuestionNeighbours {
  const db = create({ schema: questionSchema, components: { tokenizer: createDutchTokenizer().marked } });
  const documents = sectionIds.flatMap((sectionId) =>
    knowledge.questionsOf(sectionId).map((text) => ({ sectionId, text: foldText(text) })),
  );
  synchronous(insertMultiple(db, documents));
  return {
    sectionsNear: (query, neighbours) => {
      const results = synchronous(
        search(db as Orama<typeof questionSchema>, { term: query, properties: ['text'], limit: neighbours }),
      );
      const near = new Map<string, number>();
      for (const hit of results.hits) {
        const sectionId = hit.document.sectionId as string;
        near.set(sectionId, Math.max(near.get(sectionId) ?? 0, hit.score));
      }
      return near;
    },
  };
}
