import { z } from 'zod';
import { loadKnowledgeData } from '../knowledge/knowledge-base.js';
import { foldText } from './text-folding.js';
import { findWholeTerms } from './whole-words.js';

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

const words = /[\p{L}\p{N}]+/gu;
const leadingWord = /^[\p{L}\p{N}]+/u;

/** Compiles vocabulary groups (from `knowledge/vocabulary.yaml`) for matching at query time. */
export function createVocabulary(groups: readonly VocabularyGroup[]): Vocabulary {
  const compiled = groups.map((group) => {
    const alternatives = [...new Set([group.canonical, ...group.terms].map(foldText))];
    // Longest first, so that "ziek gemeld" is found whole before "ziek".
    const longestFirst = [...alternatives].sort((left, right) => right.length - left.length);
    return { canonical: group.canonical, alternatives, longestFirst };
  });
  // A term can only match where the question has the term's first word as a whole word: index the
  // groups by those words, so a question tries the terms of a few groups instead of every group's.
  const groupsByFirstWord = new Map<string, number[]>();
  const alwaysTried: number[] = [];
  compiled.forEach(({ alternatives }, position) => {
    for (const alternative of alternatives) {
      const first = leadingWord.exec(alternative)?.[0];
      if (!first) alwaysTried.push(position);
      else groupsByFirstWord.set(first, [...(groupsByFirstWord.get(first) ?? []), position]);
    }
  });
  return {
    groups,
    match: (foldedQuestion) => {
      const candidates = new Set(alwaysTried);
      for (const word of foldedQuestion.match(words) ?? [])
        for (const position of groupsByFirstWord.get(word) ?? []) candidates.add(position);
      return [...candidates]
        .sort((left, right) => left - right)
        .flatMap((position) => {
          const { canonical, alternatives, longestFirst } = compiled[position]!;
          const matched = findWholeTerms(foldedQuestion, longestFirst);
          return matched.length > 0 ? [{ canonical, matched, alternatives }] : [];
        });
    },
  };
}

/** Loads `knowledge/vocabulary.yaml`. */
export function loadVocabulary(directory?: string): Vocabulary {
  return createVocabulary(loadKnowledgeData('vocabulary.yaml', vocabularySchema, directory));
}
