import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';

describe('a plan not carried out, told as "doet dat niet"', () => {
  it('should read the stagnation, asking what now', () => {
    const situation = parseSituation(
      'Volgens het plan van aanpak belt de teamleider elke week, maar hij doet dat niet. Wat nu?',
    );
    expect(situation.events.stagnation).toBe(true);
  });
});
