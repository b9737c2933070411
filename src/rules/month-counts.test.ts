import { describe, expect, it } from 'vitest';
import { mergeMonthCounts } from './month-counts.js';
import { parseSituation } from './parse-situation.js';

describe('mergeMonthCounts', () => {
  it('should count sick days told per month over the two months', () => {
    expect(mergeMonthCounts('was vorige maand 4 dagen ziek en deze maand al 2.')).toContain(
      '6 dagen in de afgelopen 2 maanden',
    );
    const situation = parseSituation('Fatih was vorige maand 4 dagen ziek en deze maand al 2. Wat moet ik doen?');
    expect(situation.sickDays).toBe(6);
    expect(situation.sickPeriod?.days).toBeGreaterThan(50);
  });

  it('should count ziekmeldingen told per month, in either order', () => {
    const situation = parseSituation(
      '2 keer deze maand ziek, en vorige maand ook 2 keer, telkens 1 dag. Milan, 1 havo.',
    );
    expect(situation.sickReports).toBe(4);
  });

  it('should leave counts of other kinds of absence alone', () => {
    const text = 'vorige maand 4 keer te laat en deze maand al 2';
    expect(mergeMonthCounts(text)).toBe(text);
  });
});
