import type { KnowledgeBase, KnowledgeSection } from '../knowledge/knowledge-base.js';
import { sectionLabel } from '../knowledge/section-label.js';

/**
 * How a step cites a section: "Bossche protocol — Bijlage 1, Te laat komen".
 * @example sourceLabel(knowledge, knowledge.getSection('bossche-protocol/bijlage-1/te-laat-komen')!)
 */
export function sourceLabel(knowledge: KnowledgeBase, section: KnowledgeSection): string {
  return sectionLabel(knowledge, section, 'course');
}
