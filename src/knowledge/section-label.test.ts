import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from './knowledge-base.js';
import { sectionLabel, type SectionLabelStyle } from './section-label.js';

const knowledge = loadKnowledgeBase();
const label = (sectionId: string, style: SectionLabelStyle) =>
  sectionLabel(knowledge, knowledge.getSection(sectionId)!, style);

describe('sectionLabel', () => {
  it.each<[string, SectionLabelStyle, string]>([
    ['bossche-protocol/bijlage-1/te-laat-komen', 'rule', 'Bossche protocol — Bijlage 1, Te laat komen'],
    [
      'bossche-protocol/deel-4/jeugdarts',
      'rule',
      'Bossche protocol — 4. Vroegtijdige en continue samenwerking, Jeugdarts',
    ],
    [
      'bossche-protocol/bijlage-2',
      'rule',
      'Bossche protocol — Bijlage 2, Advies gespreksvoering door school (mentor, oco)',
    ],
    ['bossche-protocol/bijlage-1/te-laat-komen', 'course', 'Bossche protocol — Bijlage 1, Te laat komen'],
    ['bossche-protocol/deel-4/jeugdarts', 'course', 'Bossche protocol — Deel 4, Jeugdarts'],
    ['bossche-protocol/bijlage-1/te-laat-komen', 'guide', 'Bossche protocol, Bijlage 1 – Te laat komen'],
    [
      'bossche-protocol/bijlage-1/te-laat-komen',
      'parent',
      'Bossche protocol — Bijlage 1: Registratiecriteria, Te laat komen',
    ],
  ])('should label %s in the %s style', (sectionId, style, expected) => {
    expect(label(sectionId, style)).toBe(expected);
  });

  it('should name only the document for a top-level section in the parent style', () => {
    expect(label('bossche-protocol/inleiding', 'parent')).toBe('Bossche protocol — Inleiding');
  });
});
