import { z } from 'zod';
import { loadKnowledgeData } from '../knowledge/knowledge-base.js';
import { foldText } from './text-folding.js';

export const vocabularySchema = z.array(
  z.object({
    canonical: z.string().min(1),
    terms: z.array(z.coerce.string()).min(1),
    description: z.string().optional(),
  }),
);
export type VocabularyGroup = z.infer<typeof vocabularySchema>[number];

/** A vocabulary group found in a question: the words it matched and all the ways to say it. */
export type VocabularyMatch = {
  readonly canonical: string;
  /** The folded text that matched in the question. */
  readonly matched: readonly string[];
  /** Canonical and every term, folded: the alternatives one concept can be written as. */
  readonly alternatives: readonly string[];
};

export type Vocabulary = {
  readonly groups: readonly VocabularyGroup[];
  /** Finds the groups a (folded) question mentions. */
  readonly match: (foldedQuestion: string) => VocabularyMatch[];
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Compiles vocabulary groups (from `knowledge/vocabulary.yaml`) for matching at query time. */
export function createVocabulary(groups: readonly VocabularyGroup[]): Vocabulary {
  const compiled = groups.map((group) => {
    const alternatives = [...new Set([group.canonical, ...group.terms].map(foldText))];
    const sorted = [...alternatives].sort((left, right) => right.length - left.length);
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sorted.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
    return { canonical: group.canonical, alternatives, pattern };
  });
  return {
    groups,
    match: (foldedQuestion) =>
      compiled.flatMap(({ canonical, alternatives, pattern }) => {
        // A plain substring test first: most groups are not in a question, and it is far cheaper than the regex.
        if (!alternatives.some((alternative) => foldedQuestion.includes(alternative))) return [];
        const matched = [...foldedQuestion.matchAll(pattern)].map((match) => match[0]);
        return matched.length > 0 ? [{ canonical, matched, alternatives }] : [];
      }),
  };
}

/** Loads `knowledge/vocabulary.yaml`. */
export function loadVocabulary(directory?: string): Vocabulary {
  return createVocabulary(loadKnowledgeData('vocabulary.yaml', vocabularySchema, directory));
}
