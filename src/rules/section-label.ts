import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

/** "Bijlage 7: Preventieve spreekuren" → "Bijlage 7"; "3. Contact met …" stays whole. */
function outerPart(title: string): string {
  return /^(Bijlage \d+)\b/.exec(title)?.[1] ?? title;
}

/**
 * How the rules cite a knowledge section that is not in `ruleSources`:
 * "Bossche protocol — Bijlage 7, Standpunt".
 */
export function sectionLabel(knowledge: KnowledgeBase, sectionId: string): string {
  const section = knowledge.getSection(sectionId);
  if (!section) return sectionId;
  const document = knowledge.documentOf(section);
  const outer = section.parentTitles[0];
  const title = section.level <= 2 ? outerPart(section.title) : section.title;
  return `${document.shortTitle} — ${outer ? `${outerPart(outer)}, ${title}` : section.level <= 2 ? section.title.replace(/^(Bijlage \d+):\s*/, '$1, ') : title}`;
}
