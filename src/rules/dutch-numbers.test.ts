import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeDutchNumbers, parseDutchNumberWord } from './dutch-numbers.js';
import { parseSituation } from './parse-situation.js';

describe('parseDutchNumberWord', () => {
  it.each([
    ['een', 1],
    ['één', 1],
    ['twee', 2],
    ['negen', 9],
    ['tien', 10],
    ['elf', 11],
    ['twaalf', 12],
    ['zestien', 16],
    ['achttien', 18],
    ['twintig', 20],
    ['eenentwintig', 21],
    ['drieëntwintig', 23],
    ['tweeëndertig', 32],
    ['anderhalf', 1.5],
    ['anderhalve', 1.5],
    ['halve', 0.5],
    ['tweeënhalf', 2.5],
    ['honderd', 100],
  ])('should read "%s" as %d', (word, value) => {
    expect(parseDutchNumberWord(word)).toBe(value);
  });

  it.each(['keer', 'leerling', 'acht-uur', ''])('should not read "%s" as a number', (word) => {
    expect(parseDutchNumberWord(word)).toBeUndefined();
  });
});

describe('normalizeDutchNumbers', () => {
  it.each([
    ['Sanne is negen keer te laat gekomen', 'sanne is 9 keer te laat gekomen'],
    ['anderhalve dag gespijbeld', '1.5 dag gespijbeld'],
    ['3x te laat', '3 keer te laat'],
    ['3 x te laat', '3 keer te laat'],
    ['twee dagdelen', '2 dagdelen'],
    ['16 uur in 4 weken', '16 uur in 4 weken'],
    ['zestien uur in vier weken', '16 uur in 4 weken'],
    ['een dag ziek', '1 dag ziek'],
    ['een hele dag', '1 hele dag'],
    ['een halve dag', '0.5 dag'],
    ['1,5 dag', '1.5 dag'],
    ['twee en een halve week', '2.5 week'],
    ['drie keer één of twee dagen', '3 keer 1 of 2 dagen'],
    ['eenentwintig keer', '21 keer'],
    ['achttien lesuren', '18 lesuren'],
    ['zeventien', '17'],
  ])('should write "%s" as "%s"', (text, expected) => {
    expect(normalizeDutchNumbers(text)).toBe(expected);
  });

  it('should keep "een" as an article when no unit follows', () => {
    expect(normalizeDutchNumbers('een leerling met een preventief gesprek')).toBe(
      'een leerling met een preventief gesprek',
    );
  });
});

/** Dutch words for 1..99 as people write them ("drieëntwintig"), to check the parser against. */
function toDutchWords(value: number): string {
  const small = [
    'nul',
    'een',
    'twee',
    'drie',
    'vier',
    'vijf',
    'zes',
    'zeven',
    'acht',
    'negen',
    'tien',
    'elf',
    'twaalf',
    'dertien',
    'veertien',
    'vijftien',
    'zestien',
    'zeventien',
    'achttien',
    'negentien',
  ];
  const tens = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
  if (value < 20) return small[value]!;
  const unit = value % 10;
  const ten = tens[Math.floor(value / 10)]!;
  if (unit === 0) return ten;
  const unitWord = small[unit]!;
  return `${unitWord}${/e$/.test(unitWord) ? 'ën' : 'en'}${ten}`;
}

describe('Dutch numbers in a sentence (property)', () => {
  it('should read every number word from 0 to 99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), (value) => parseDutchNumberWord(toDutchWords(value)) === value),
    );
  });

  it('should read "<n> keer te laat" in digits and in words alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.boolean(), (value, inWords) => {
        const count = inWords ? toDutchWords(value) : String(value);
        return parseSituation(`Sanne is ${count} keer te laat gekomen, wat nu?`).lateCount === value;
      }),
    );
  });
});
