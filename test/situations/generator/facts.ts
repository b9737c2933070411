// The situation generator: facts: one kind of absence each.
import fc from 'fast-check';
import { amount, countPhrase, numberWords } from './numbers.js';
import { periods, weeksSinceHoliday } from './periods.js';
import { consecutiveStep, daysStep, homeStep, hoursStep, lateStep, sickReportsStep } from './protocol-steps.js';
import type { Expected, ExpectedSlots } from './slots.js';
import type { Who } from './who.js';

type Fact = { text: string; slots: ExpectedSlots; expected: Expected };

export const lateFact = (who: Who) =>
  fc
    .record({
      count: fc.integer({ min: 1, max: 20 }),
      form: fc.nat(5),
      template: fc.nat(3),
      period: fc.option(fc.constantFrom(...periods), { nil: undefined }),
    })
    .map(({ count, form, template, period }): Fact => {
      const phrase = countPhrase(count, form);
      const during = period ? ` ${period.text}` : '';
      const text = [
        `${who.text} is ${phrase} te laat gekomen${during}`,
        `${who.text} is${during} ${phrase} te laat geweest`,
        `${who.text} kwam ${phrase} te laat${during}`,
        `${who.text} ${phrase} telaat gekomt${during}`,
      ][template]!;
      return { text, slots: { ...who.slots, lateCount: count }, expected: lateStep(count) };
    });

const hoursFact = (who: Who) =>
  fc
    .record({
      hours: fc.integer({ min: 1, max: 20 }),
      form: fc.nat(1),
      unit: fc.constantFrom('lesuren', 'uur', 'uren', 'lesuur'),
      template: fc.nat(2),
      period: fc.option(fc.constantFrom(...periods.filter((entry) => !entry.text.startsWith('sinds'))), {
        nil: undefined,
      }),
    })
    .map(({ hours, form, unit, template, period }): Fact => {
      const during = period ? ` ${period.text}` : '';
      const unitWord = hours === 1 && unit === 'lesuren' ? 'lesuur' : unit;
      const text = [
        `${who.text} heeft ${amount(hours, form)} ${unitWord} gespijbeld${during}`,
        `${who.text} heeft${during} ${amount(hours, form)} ${unitWord} ongeoorloofd gemist`,
        `${who.text} heeft ${amount(hours, form)} ${unitWord} gespijbelt${during}`,
      ][template]!;
      return { text, slots: { ...who.slots, truancyHours: hours }, expected: hoursStep(hours, period?.days) };
    });

/** Dagdelen and days: "twee middagen", "een halve dag", "anderhalve dag", "2,5 dag". */
const dayPhrases: readonly { text: string; dagdelen: number; days: number }[] = [
  { text: 'een middag', dagdelen: 1, days: 0 },
  { text: '1 dagdeel', dagdelen: 1, days: 0 },
  { text: 'twee dagdelen', dagdelen: 2, days: 0 },
  { text: '2 ochtenden', dagdelen: 2, days: 0 },
  { text: 'drie middagen', dagdelen: 3, days: 0 },
  { text: '3 dagdelen', dagdelen: 3, days: 0 },
  { text: 'vier ochtenden', dagdelen: 4, days: 0 },
  { text: 'een halve dag', dagdelen: 1, days: 0 },
  { text: '2x een halve dag', dagdelen: 2, days: 0 },
  { text: 'anderhalve dag', dagdelen: 0, days: 1.5 },
  { text: 'een hele dag', dagdelen: 0, days: 1 },
  { text: '1 dag', dagdelen: 0, days: 1 },
  { text: '2 dagen', dagdelen: 0, days: 2 },
  { text: 'twee en een halve dag', dagdelen: 0, days: 2.5 },
  { text: '2,5 dag', dagdelen: 0, days: 2.5 },
  { text: 'drie dagen', dagdelen: 0, days: 3 },
  { text: '1,5 dag', dagdelen: 0, days: 1.5 },
];

const daysFact = (who: Who) =>
  fc.record({ phrase: fc.constantFrom(...dayPhrases), template: fc.nat(2) }).map(({ phrase, template }): Fact => {
    const text = [
      `${who.text} heeft ${phrase.text} gespijbeld`,
      `${who.text} heeft ${phrase.text} gespijbelt`,
      `${who.text} is ${phrase.text} ongeoorloofd afwezig geweest`,
    ][template]!;
    const slots: ExpectedSlots = { ...who.slots };
    if (phrase.dagdelen > 0) slots.truancyDagdelen = phrase.dagdelen;
    if (phrase.days > 0) slots.truancyDays = phrase.days;
    return { text, slots, expected: daysStep(phrase.dagdelen, phrase.days) };
  });

export const sickReportsFact = (who: Who) =>
  fc
    .record({
      reports: fc.integer({ min: 1, max: 6 }),
      form: fc.nat(5),
      each: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      template: fc.nat(2),
      period: fc.constantFrom(...periods),
    })
    .map(({ reports, form, each, template, period }): Fact => {
      const count =
        form % 3 === 2 ? `${reports}x` : form % 3 === 1 ? `${numberWords[reports]} keer` : `${reports} keer`;
      const eachText = each === undefined ? '' : each === 1 ? 'een dag' : `${each} dagen`;
      const text = [
        `${who.text} is ${period.text} ${count} ${eachText} ziek gemeld`.replace(/\s+/g, ' '),
        `${who.text} heeft zich ${count} ziekgemeld ${period.text}${each === undefined ? '' : `, steeds ${eachText}`}`,
        `${who.text} is ${count} ziek gemeld ${period.text}${each === undefined ? '' : `, telkens ${eachText}`}`,
      ][template]!;
      const slots: ExpectedSlots = { ...who.slots, sickReports: reports };
      if (each !== undefined) slots.sickReportDays = each;
      return { text, slots, expected: sickReportsStep(reports, each, period.days) };
    });

export const consecutiveFact = (who: Who) =>
  fc
    .record({ weeks: fc.constantFrom(1, 1.5, 2, 2.5, 3, 4), days: fc.integer({ min: 2, max: 14 }), form: fc.nat(3) })
    .map(({ weeks, days, form }): Fact => {
      if (form === 3) {
        return {
          text: `${who.text} is ${days} dagen achter elkaar ziek`,
          slots: { ...who.slots, consecutiveSickDays: days },
          expected: consecutiveStep(days),
        };
      }
      const weekText =
        weeks === 1.5 && form === 1
          ? 'anderhalve week'
          : weeks === 2 && form === 1
            ? 'twee weken'
            : `${String(weeks).replace('.', ',')} ${weeks === 1 ? 'week' : 'weken'}`;
      const schoolDays = Math.round(weeks * 5);
      return {
        text: `${who.text} is al ${weekText} ziek`,
        slots: { ...who.slots, consecutiveSickDays: schoolDays },
        expected: consecutiveStep(schoolDays),
      };
    });

const homeFact = (who: Who) =>
  fc
    .record({
      weeks: fc.integer({ min: 1, max: 20 }),
      holiday: fc.constantFrom(...weeksSinceHoliday),
      template: fc.nat(4),
    })
    .map(({ weeks, holiday, template }): Fact => {
      const byHoliday = template >= 3;
      const value = byHoliday ? holiday.weeks : weeks;
      const text = [
        `${who.text} zit al ${weeks} weken thuis, niet ziek`,
        `${who.text} komt al ${weeks} weken niet meer naar school`,
        `${who.text} zit ${weeks} weken thuis zonder dat hij ziek is`.replace(
          'zonder dat hij ziek is',
          'maar is niet ziek',
        ),
        `${who.text} zit ${holiday.text} thuis, niet ziek`,
        `${who.text} komt ${holiday.text} niet meer naar school`,
      ][template]!;
      return { text, slots: { ...who.slots, homeWeeks: value }, expected: homeStep(value, who.type) };
    });

export const factArbitrary = (who: Who): fc.Arbitrary<Fact> =>
  fc.oneof(lateFact(who), hoursFact(who), daysFact(who), sickReportsFact(who), consecutiveFact(who), homeFact(who));
