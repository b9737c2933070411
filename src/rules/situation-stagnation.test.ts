import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';
import { createRulesEngine } from './rules-engine.js';

describe('a plan not carried out, told as "doet dat niet"', () => {
  it('should read the stagnation, asking what now', () => {
    const situation = parseSituation(
      'Volgens het plan van aanpak belt de teamleider elke week, maar hij doet dat niet. Wat nu?',
    );
    expect(situation.events.stagnation).toBe(true);
  });
});

describe('a plan that does not move forward, and nobody able to say why', () => {
  const rules = createRulesEngine();
  const first = (text: string) => {
    const advice = rules.advise(text);
    return advice.kind === 'advice' ? advice.steps[0]?.id : advice.kind;
  };
  it('should read "gaat niet vooruit" as a plan that stalls, with the problems behind it', () => {
    expect(
      first('Bij Lina gaat het plan al 6 weken niet vooruit. Iedereen doet zijn deel, maar haar angst is groot.'),
    ).toBe('stagnatie/mdo');
  });
  it('should analyse first when nobody can explain why the plan stalls', () => {
    expect(
      first('Het plan van Ravi stagneert, maar niemand kan uitleggen waarom: school en jeugdhulp doen hun deel.'),
    ).toBe('stagnatie/analyse');
  });
});
