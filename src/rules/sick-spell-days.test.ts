import { describe, expect, it } from 'vitest';
import { daysInARow } from './sick-spell-days.js';

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
