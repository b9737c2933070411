import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContradictions } from '../knowledge/contradictions.js';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { loadProtocol } from '../knowledge/load-protocol.js';
import type { Advice, AdviceResult } from './advice.js';
import { adviseSituation } from './advise-situation.js';
import { createRegionRulesEngine, createRulesEngine } from './rules-engine.js';
import { situationSchema } from './situation.js';

// A region added as data only: test/fixtures/protocols/mazl has the GGD's M@ZL trigger (the 4th ziekmelding
// in 12 weeks), other te-laat numbers and its own sources.
const fixtures = fileURLToPath(new URL('../../test/fixtures/protocols/', import.meta.url));
const mazl = loadProtocol({ region: 'mazl', directory: fixtures });
const bossche = loadProtocol();

const situation = (fields: Record<string, unknown>) => situationSchema.parse(fields);
const advice = (result: AdviceResult) => {
  if (result.kind !== 'advice') throw new Error(`expected advice, got: ${result.question}`);
  return result as Advice;
};

describe('the rules engine on another region', () => {
  const fourthReport = situation({ sickReports: 4, sickReportDays: 1, sickPeriod: { days: 84, label: '12 weken' } });

  it('should advise the jeugdarts on the 4th ziekmelding in 12 weeks, citing the region own sources', () => {
    const result = advice(adviseSituation(fourthReport, { protocol: mazl }));
    expect(result.steps.map((step) => step.id)).toEqual(['ziekte/jeugdarts-aanmelden', 'ziekte/contact-mentor']);
    expect(result.steps[0]).toMatchObject({
      title: 'Melden bij de jeugdarts (M@ZL)',
      deadline: 'Zo snel mogelijk; de jeugdarts ziet de leerling in principe binnen 3 weken na aanmelding',
    });
    expect(result.steps[0]!.what).toContain('(1. De 4e ziekmelding binnen 12 weken)');
    expect(result.steps[1]!.deadline).toBe(
      'Doorlopend; bij een nieuwe ziekmelding nog dezelfde dag, uiterlijk na 2 dagen ziek zijn',
    );
    expect(result.sources.length).toBeGreaterThan(0);
    expect(result.sources.every((source) => source.sectionId.startsWith('mazl-voorbeeld/'))).toBe(true);
    expect(result.sources[0]).toEqual({
      sectionId: 'mazl-voorbeeld/signalering',
      label: 'Voorbeeldprotocol M@ZL — Signalering ziekteverzuim',
    });
    // The region names no contradictions file: none are shown.
    expect(result.contradictions).toEqual([]);
  });

  it('should give the Bossche advice on the same situation from the same engine', () => {
    const result = advice(adviseSituation(fourthReport, { protocol: bossche }));
    // Bossche criterion 1 is 3 ziekmeldingen in 2 maanden: 12 weeks is too long, so only worry and contact.
    expect(result.steps.map((step) => step.id)).toEqual(['ziekte/jeugdarts-overleg-oco', 'ziekte/contact-mentor']);
    expect(result.sources.some((source) => source.sectionId.startsWith('bossche-protocol/'))).toBe(true);
  });

  it('should not advise the jeugdarts on 3 ziekmeldingen in 2 months, which is the Bossche criterion', () => {
    const three = situation({ sickReports: 3, sickReportDays: 1, sickPeriod: { days: 60, label: '2 maanden' } });
    expect(advice(adviseSituation(three, { protocol: bossche })).steps[0]!.id).toBe('ziekte/jeugdarts-aanmelden');
    expect(advice(adviseSituation(three, { protocol: mazl })).steps[0]!.id).not.toBe('ziekte/jeugdarts-aanmelden');
  });

  it.each([
    [5, 'te-laat/gesprek-school', 'te-laat/gesprek-school'],
    [6, 'te-laat/preventief-gesprek', 'te-laat/gesprek-school'],
    [10, 'te-laat/duo-melding', 'te-laat/preventief-gesprek'],
  ])('should read %d times te laat on the region thresholds', (lateCount, inMazl, inBossche) => {
    const late = situation({ lateCount, age: 14 });
    expect(advice(adviseSituation(late, { protocol: mazl })).steps[0]!.id).toBe(inMazl);
    expect(advice(adviseSituation(late, { protocol: bossche })).steps[0]!.id).toBe(inBossche);
  });

  it('should fill the region numbers into its wording', () => {
    const result = advice(adviseSituation(situation({ lateCount: 6 }), { protocol: mazl }));
    expect(result.steps[0]!.what).toMatch(/^6 t\/m 9 keer te laat: /);
    expect(result.notes[0]!.text).toBe('Vanaf 10 keer te laat volgt in deze regio een DUO-melding.');
  });

  it('should take the region through createRulesEngine', () => {
    const engine = createRulesEngine({ protocol: mazl });
    const result = advice(engine.advise('Sanne (14) is 6 keer te laat gekomen, wat nu?'));
    expect(result.steps[0]!.id).toBe('te-laat/preventief-gesprek');
    expect(advice(createRulesEngine().advise('Sanne (14) is 6 keer te laat gekomen, wat nu?')).steps[0]!.id).toBe(
      'te-laat/gesprek-school',
    );
    expect(advice(engine.adviseSituation(situation({ lateCount: 6 }))).steps[0]!.id).toBe('te-laat/preventief-gesprek');
  });

  it('should build the configured region from what was loaded at start, and refuse an unknown region', () => {
    const knowledge = loadKnowledgeBase();
    const contradictions = loadContradictions();
    const text = 'Sanne (14) is 9 keer te laat gekomen, wat nu?';
    const engine = createRegionRulesEngine({ region: 'bossche', knowledge, contradictions });
    expect(engine.advise(text)).toEqual(createRulesEngine().advise(text));
    expect(() => createRegionRulesEngine({ region: 'nergens', knowledge, contradictions })).toThrow(
      /protocols\/nergens\/protocol\.yaml: cannot read it/,
    );
  });
});
