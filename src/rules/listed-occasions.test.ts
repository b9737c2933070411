import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countListedOccasions } from './listed-occasions.js';
import { parseSituation } from './parse-situation.js';

const weekdayNames = ['ma', 'di', 'wo', 'do', 'vr'] as const;
const separators = [', ', ' en ', ' + ', ', en ', '\n- '] as const;

/** Joins items as staff list them: commas, "en", "+", bullets, the last one often with "en". */
const joined = (items: readonly string[], separator: string) =>
  items.length === 1 ? items[0]! : `${items.slice(0, -1).join(separator)} en ${items.at(-1)}`;

describe('countListedOccasions', () => {
  it.each([
    ['ma, wo en vr te laat', '3 keer te laat'],
    ['tl 12/9, tl 19/9 en tl 3/10', '3 keer te laat van 12 september tot 3 oktober'],
    ['vorige week di-middag en deze week do-middag gespijbeld', 'vorige week 2 dagdelen gespijbeld'],
    ['ziek op ma, di en wo', 'ziek 3 dagen achter elkaar'],
    ['ziekmeldingen 14/11 en 2/12', 'ziekmeldingen 2 keer van 14 november tot 2 december'],
    // The kind told in another sentence of the message; a sickness denied tells none.
    ['ma, di en vr hele dag weg. niet ziek gemeld, gespijbeld', '3 dagen hele dag weg. niet ziek gemeld, gespijbeld'],
  ])('should count "%s" as "%s"', (text, counted) => {
    expect(countListedOccasions(text).replace(/\s+/g, ' ').trim()).toBe(counted);
  });

  it.each([
    ['Lotte:\n4 nov ziek\n18 nov ziek\n2 dec ziek\nwat nu?', 3, undefined],
    ['te laat (Bo): 4/11, 6/11, 11/11, 13/11, 20/11', undefined, 5],
    ['Bo\n4/11 te laat\n6/11 te laat\n11/11 te laat', undefined, 3],
    ['Mats: ma ziek, wo ziek, vr ziek. wat nu?', 3, undefined],
  ])('should count a registration told a day at a time: %s', (text, sickReports, lateCount) => {
    const situation = parseSituation(text);
    expect(situation.sickReports).toBe(sickReports);
    expect(situation.lateCount).toBe(lateCount);
  });

  it.each([
    // The kind of absence unsaid: the rules ask for it. Days in brackets explain a count already given.
    'ma en di afwezig',
    'anderhalve dag weggebleven (ma + di ochtend)',
  ])('should leave "%s" as it is', (text) => {
    expect(countListedOccasions(text)).toBe(text);
  });

  it('should count any list of late days, however separated, as that many times late', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 28 }), { minLength: 2, maxLength: 6 }),
        fc.integer({ min: 9, max: 11 }),
        fc.constantFrom(...separators),
        fc.boolean(),
        (days, month, separator, marked) => {
          const items = days.map((day) => `${marked ? 'TL ' : ''}${day}/${month}`);
          const text = `Sem ${marked ? '' : 'te laat op '}${joined(items, separator)}. wat nu?`;
          expect(parseSituation(text).lateCount).toBe(days.length);
        },
      ),
    );
  });

  it('should count sick weekdays that follow each other as one ziekmelding', () => {
    fc.assert(
      fc.property(
        fc.subarray([0, 1, 2, 3, 4], { minLength: 2 }),
        fc.constantFrom(...separators),
        (picked, separator) => {
          const text = `Noor was vorige week ${joined(
            picked.map((index) => weekdayNames[index]!),
            separator,
          )} ziek. wat nu?`;
          const spells = picked.filter((index, at) => at === 0 || index !== picked[at - 1]! + 1).length;
          const situation = parseSituation(text);
          if (spells === 1) expect(situation.consecutiveSickDays).toBe(picked.length);
          else expect(situation.sickReports).toBe(spells);
        },
      ),
    );
  });
});
