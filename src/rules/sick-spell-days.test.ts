import { describe, expect, it } from 'vitest';
import { daysInARow } from './sick-spell-days.js';
import { parseSituation } from './parse-situation.js';

describe('daysInARow', () => {
  const wednesday = 3;
  it.each([
    ['lotte was gisteren ziek', 1],
    ['hij is eergisteren ziek naar huis gegaan', 1],
    ['vandaag ziek gemeld', 1],
    ['gisteren en vandaag ziek', 2],
    ['ziek sinds maandag', 3],
    ['al de hele week ziek', 5],
  ])('should read "%s" as %i schooldagen in a row', (sentence, days) => {
    expect(daysInARow(sentence, wednesday)).toBe(days);
  });
});

describe('sickness since a holiday, told as one spell or as recurring', () => {
  it('should read "sinds de kerstvakantie ziek" as one spell, and "meerdere keren ziek gemeld" as no spell', () => {
    const now = { now: () => new Date('2026-02-02T09:00:00Z') };
    expect(parseSituation('Ivy is sinds de kerstvakantie ziek.', now).consecutiveSickDays).toBeGreaterThan(0);
    const recurring = parseSituation('Moeder heeft Ivy sinds de kerstvakantie meerdere keren ziek gemeld.', now);
    expect(recurring.consecutiveSickDays).toBeUndefined();
    expect(recurring.mentioned.sick).toBe(true);
  });
});
