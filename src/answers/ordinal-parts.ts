import type { KnowledgeBase, KnowledgeSection } from '../knowledge/knowledge-base.js';
import type { SectionHit } from './knowledge-index.js';

const ordinals: Readonly<Record<string, number>> = {
  eerste: 1,
  tweede: 2,
  derde: 3,
  vierde: 4,
  vijfde: 5,
  zesde: 6,
  zevende: 7,
  achtste: 8,
};

/** "de tweede vraag", "2e stap", "laatste onderdeel": which part of a section's parts the question names. */
const ordinalPart = new RegExp(
  String.raw`\b(${Object.keys(ordinals).join('|')}|laatste|(\d)\s*(?:e|de|ste))\s+` +
    String.raw`(?:stap|stappen|vraag|vragen|fase|onderdeel|punt|kopje|deel|gespreksstap)\b`,
);

/** The number of the part named (1-based), -1 for "laatste", or undefined. */
export function ordinalOf(question: string): number | undefined {
  const match = ordinalPart.exec(question);
  if (!match) return undefined;
  if (match[1] === 'laatste') return -1;
  return match[2] !== undefined ? Number(match[2]) : ordinals[match[1]!];
}

/** The sections one level below `section`, in the document's order. */
function childrenOf(knowledge: KnowledgeBase, section: KnowledgeSection): KnowledgeSection[] {
  const { sectionIds } = knowledge.documentOf(section);
  return sectionIds
    .filter((id) => id.startsWith(`${section.id}/`))
    .map((id) => knowledge.getSection(id)!)
    .filter((child) => child.level === section.level + 1);
}

/**
 * "wat is de tweede vraag van de leidraad?": the best section's own parts, or its siblings', counted in the
 * document's order; the part named goes first. Hits unchanged when the question names no part by its number or
 * the family has fewer parts.
 */
export function withOrdinalPart(
  hits: readonly SectionHit[],
  question: string,
  knowledge: KnowledgeBase,
): readonly SectionHit[] {
  const number = ordinalOf(question);
  const top = hits[0];
  if (number === undefined || !top) return hits;
  const own = childrenOf(knowledge, top.section);
  const parentId = top.section.id.slice(0, top.section.id.lastIndexOf('/'));
  const parent = own.length > 0 ? undefined : knowledge.getSection(parentId);
  const family = own.length > 0 ? own : parent ? childrenOf(knowledge, parent) : [];
  const part = number === -1 ? family.at(-1) : family[number - 1];
  if (!part || family.length < 2) return hits;
  return [{ section: part, score: top.score }, ...hits.filter((hit) => hit.section.id !== part.id)];
}
