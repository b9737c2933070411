import type { KnowledgeBase, KnowledgeSection } from '../knowledge/knowledge-base.js';

/** "Bijlage 1: Registratiecriteria" → "Bijlage 1"; "4. Vroegtijdige …" → "Deel 4"; other titles as they are. */
function shortPart(title: string): string {
  const bijlage = /^(Bijlage \d+)\b/.exec(title);
  if (bijlage) return bijlage[1]!;
  const deel = /^(\d+)\.\s/.exec(title);
  if (deel) return `Deel ${deel[1]}`;
  return title;
}

/** A top-level title in full: "Bijlage 2, Advies gespreksvoering …", "Deel 1, Stimuleren van aanwezigheid". */
function fullPart(title: string): string {
  const numbered = /^(Bijlage \d+):\s*(.+)$/.exec(title) ?? /^(\d+)\.\s+(.+)$/.exec(title);
  if (!numbered) return title;
  return `${shortPart(title)}, ${numbered[2]}`;
}

/**
 * How a step cites a section: "Bossche protocol — Bijlage 1, Te laat komen".
 * @example sourceLabel(knowledge, knowledge.getSection('bossche-protocol/bijlage-1/te-laat-komen')!)
 */
export function sourceLabel(knowledge: KnowledgeBase, section: KnowledgeSection): string {
  const document = knowledge.documentOf(section);
  const outer = section.parentTitles[0];
  const place = outer ? `${shortPart(outer)}, ${section.title}` : fullPart(section.title);
  return `${document.shortTitle} — ${place}`;
}
