import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { foldWord } from './fuzzy-words.js';

/** Words the knowledge base writes in lower case: ordinary Dutch words, never taken for a pupil's name. */
export function lowerCaseWordsOf(knowledge: KnowledgeBase): ReadonlySet<string> {
  const words = new Set<string>();
  for (const section of knowledge.sections.values()) {
    for (const match of `${section.title} ${section.body}`.matchAll(/[\p{L}][\p{L}'-]*/gu)) {
      if (match[0] === match[0].toLowerCase()) words.add(foldWord(match[0]));
    }
  }
  return words;
}
