import type { KnowledgeBase, KnowledgeSection } from '../knowledge/knowledge-base.js';
import type { Citation } from './citation.js';

/** The citation of a section: its document's short title and its heading. */
export function citationOf(knowledge: KnowledgeBase, section: KnowledgeSection): Citation {
  return { doc: knowledge.documentOf(section).shortTitle, section: section.title, sectionId: section.id };
}
