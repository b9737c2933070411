import { describe, expect, it } from 'vitest';
import { aanmeldRedenen } from '../src/forms/index.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import {
  citedContradictionIds,
  citedSectionIds,
  loadContradictions,
  loadGuideDefinition,
  resolveGuide,
} from '../src/guide/index.js';

/** Whitespace, Markdown emphasis and quote styles do not count when checking a quote against its source. */
function normalize(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[“”„"]/g, '')
    .replace(/^\s*[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('knowledge/gespreksleidraad.yaml', () => {
  const knowledge = loadKnowledgeBase();
  const definition = loadGuideDefinition();

  it('should cite only section ids that resolve in the knowledge base', () => {
    const ids = citedSectionIds(definition);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(knowledge.getSection(id), id).toBeDefined();
  });

  it('should cite only contradictions that exist in knowledge/contradictions.yaml', () => {
    const contradictions = loadContradictions();
    for (const id of citedContradictionIds(definition))
      expect(
        contradictions.some((entry) => entry.id === id),
        id,
      ).toBe(true);
    expect(citedContradictionIds(definition)).toContain('ouders-betrekken-leeftijd');
  });

  it('should resolve without errors, with a source label for every section', () => {
    const guide = resolveGuide({ definition, knowledge, contradictions: loadContradictions() });
    expect(guide.sourceOf('bossche-protocol/bijlage-2/afspraken')).toBe(
      'Bossche protocol, Bijlage 2 – Afspraken maken',
    );
    expect(guide.contradiction('ouders-betrekken-leeftijd')?.readings.length).toBeGreaterThanOrEqual(3);
  });

  it('should quote every text word for word from the section it cites', () => {
    const quotes = [
      ...definition.purpose,
      ...definition.preparation.tips,
      definition.participants.rule,
      definition.criteria.whenMet,
      definition.faq.intro,
      definition.tone,
      ...definition.criteria.items.map((item) => ({ text: item.text, sectionId: definition.criteria.sectionId })),
      ...definition.agreements.topics.map((topic) => ({
        text: topic.label,
        sectionId: definition.agreements.sectionId,
      })),
      ...definition.phases.flatMap((phase) => [...phase.wording, ...phase.tips]),
    ];
    for (const quote of quotes) {
      const section = knowledge.getSection(quote.sectionId)!;
      expect(normalize(`${section.title}\n${section.body}`), `${quote.sectionId}: ${quote.text}`).toContain(
        normalize(quote.text),
      );
    }
  });

  it('should take each phase title from its section heading', () => {
    for (const phase of definition.phases) {
      const section = knowledge.getSection(phase.sectionId)!;
      expect(
        normalize(section.title).startsWith(normalize(phase.title)) ||
          normalize(section.body).includes(normalize(phase.title)),
        phase.id,
      ).toBe(true);
    }
  });

  it('should take each FAQ question from the heading and the answer from the body of its section', () => {
    const faqSections = [...knowledge.sections.values()].filter((section) =>
      section.id.startsWith('bossche-protocol/bijlage-2/veelgestelde-vragen/'),
    );
    expect(definition.faq.items.map((item) => item.sectionId).sort()).toEqual(
      faqSections.map((section) => section.id).sort(),
    );
    for (const item of definition.faq.items) {
      const section = knowledge.getSection(item.sectionId)!;
      expect(normalize(item.question)).toBe(normalize(section.title));
      expect(normalize(item.answer)).toBe(normalize(section.body));
    }
  });

  it('should map the four criteria onto the four reasons of the aanmeldformulier, one to one', () => {
    const reasons = definition.criteria.items.map((item) => item.aanmeldReason);
    expect([...reasons].sort()).toEqual([...aanmeldRedenen].sort());
  });

  it('should walk every phase of the leidraad of Bijlage 2, in order, plus the agreements', () => {
    const leidraad = [...knowledge.sections.values()].filter(
      (section) => section.id.startsWith('bossche-protocol/bijlage-2/leidraad/') && !section.id.endsWith('/toon'),
    );
    const phaseSections = definition.phases.map((phase) => phase.sectionId);
    expect(phaseSections.slice(0, leidraad.length)).toEqual(leidraad.map((section) => section.id));
    expect(phaseSections.at(-1)).toBe('bossche-protocol/bijlage-2/afspraken');
    expect(definition.tone.sectionId).toBe('bossche-protocol/bijlage-2/leidraad/toon');
  });
});
