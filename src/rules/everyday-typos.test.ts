import { describe, expect, it } from 'vitest';
import { createRulesEngine } from './rules-engine.js';
import { correctWord } from './situation-spelling.js';

describe('everyday words mistyped in a situation', () => {
  it.each([
    ['zondr', 'zonder'],
    ['vanaag', 'vandaag'],
    ['shool', 'school'],
    ['mandag', 'maandag'],
  ])('should read "%s" as "%s"', (typed, meant) => {
    expect(correctWord(typed)).toBe(meant);
  });

  it('should keep a first name as typed', () => {
    expect(correctWord('sanne')).toBe('sanne');
  });

  it('should advise on a situation told with them', () => {
    const advice = createRulesEngine().advise('Twee middagen weg zondr reden (Fleur, 13). wat is de volgende stap?');
    expect(advice.kind === 'advice' && advice.steps[0]?.id).toBe('spijbelen/gesprek-school');
  });
});

describe('"laat" slipped into another word after "te"', () => {
  const rules = createRulesEngine();
  it.each([
    'Sem is nu 4x te laag gekomen deze maand, nog niks mee gedaan. wat moet ik doen',
    'Sem 4x te laag binnengekomen',
  ])('should read "%s" as lateness', (text) => {
    const advice = rules.advise(text);
    expect(advice.kind === 'advice' && advice.steps[0]?.id).toBe('te-laat/gesprek-school');
  });
  it('should leave "te laag" alone where nobody comes in', () => {
    expect(rules.advise('Sem haalt te lage cijfers').kind).toBe('needs-info');
  });
});
