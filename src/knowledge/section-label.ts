import type { KnowledgeBase, KnowledgeSection } from './knowledge-base.js';

/**
 * How a section is cited; each place keeps the form its users know.
 * - `rule`: "Bossche protocol — Bijlage 7, Standpunt" (the advice's "Bron: …").
 * - `course`: "Bossche protocol — Bijlage 1, Te laat komen"; a top-level title in full, "Deel 1, Stimuleren …".
 * - `guide`: "Bossche protocol, Bijlage 2 – Afspraken maken" (the gespreksleidraad).
 * - `parent`: "Bossche protocol — <innermost parent title>, <title>" (an answer's caveat and card).
 */
export type SectionLabelStyle = 'rule' | 'course' | 'guide' | 'parent';

/** "Bijlage 7: Preventieve spreekuren" → "Bijlage 7"; other titles as they are. */
function bijlagePart(title: string): string {
  return /^(Bijlage \d+)\b/.exec(title)?.[1] ?? title;
}

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

function rulePlace(section: KnowledgeSection): string {
  const outer = section.parentTitles[0];
  const title = section.level <= 2 ? bijlagePart(section.title) : section.title;
  if (outer) return `${bijlagePart(outer)}, ${title}`;
  return section.level <= 2 ? section.title.replace(/^(Bijlage \d+):\s*/, '$1, ') : title;
}

/**
 * The one formatter of a knowledge section's label, in the style of the place that shows it.
 * @example sectionLabel(knowledge, knowledge.getSection('bossche-protocol/bijlage-1/te-laat-komen')!, 'rule')
 */
export function sectionLabel(knowledge: KnowledgeBase, section: KnowledgeSection, style: SectionLabelStyle): string {
  const document = knowledge.documentOf(section).shortTitle;
  const outer = section.parentTitles[0];
  switch (style) {
    case 'rule':
      return `${document} — ${rulePlace(section)}`;
    case 'course':
      return `${document} — ${outer ? `${shortPart(outer)}, ${section.title}` : fullPart(section.title)}`;
    case 'guide': {
      const title = section.title.replace(/[“”"]/g, '');
      return outer ? `${document}, ${outer.split(':')[0]} – ${title}` : `${document}, ${title}`;
    }
    case 'parent': {
      const parent = section.parentTitles.at(-1);
      return `${document} — ${parent && parent !== section.title ? `${parent}, ` : ''}${section.title}`;
    }
  }
}
