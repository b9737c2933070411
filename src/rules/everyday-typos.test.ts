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
