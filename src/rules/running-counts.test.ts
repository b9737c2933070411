import { describe, expect, it } from 'vitest';
import { summedRunningCounts } from './running-counts.js';
import { parseSituation } from './parse-situation.js';

describe('summedRunningCounts', () => {
  it.each([
    ['owen maandag 3 uur dinsdag 2 woensdag 4 gespijbeld', 'owen 9 uur gespijbeld'],
    ['2 keer te laat in week 1 3 in week 2 en 4 deze week', '9 keer te laat in 3 weken'],
    ['was ze 5 keer te laat, daarna nog 4 keer.', 'was ze 9 keer te laat, .'],
    ['spijbelt al 5 weken op donderdag, dus 2 uur per week.', 'spijbelt al 5 weken op donderdag, dus 10 uur.'],
  ])('should add up "%s"', (text, summed) => {
    expect(summedRunningCounts(text)).toBe(summed);
  });

  it.each([
    // No part names a unit: nothing to add up.
    'maandag 3 dinsdag 2',
    // Different units are different things.
    '5 keer te laat, daarna nog 2 uur gespijbeld',
    // A rate without one span in weeks stays a rate.
    '2 uur per week, al 3 weken en 2 weken geleden gesproken',
  ])('should leave "%s" as it is', (text) => {
    expect(summedRunningCounts(text)).toBe(text);
  });

  it('should give the rules the total of a count told per week, and a count said outright over a rate', () => {
    expect(parseSituation('Jesse twee keer te laat in week 1, drie in week 2 en vier deze week').lateCount).toBe(9);
    expect(parseSituation('Imane wordt bijna elke dag te laat gebracht: 13 keer sinds 1 december').lateCount).toBe(13);
  });
});

describe('a total or an amount told twice (sixteenth session)', () => {
  it.each([
    // A total without its unit takes the unit of the count before it.
    ['Hij is sindsdien weer vier keer te laat geweest, in totaal nu 11. Wat nu?', { lateCount: 11 }],
    // A total after a part stands for both.
    ['Deze week is hij weer vier uur niet geweest, dus 9 in totaal. Gespijbeld.', { truancyHours: 9 }],
    // Weeks restated as days in parentheses count the days.
    ['Mila is 2 weken ziek (11 schooldagen), onduidelijk wat ze heeft', { consecutiveSickDays: 11 }],
    // The days ill as one compound.
    ['Luca heeft in de afgelopen maand vijf losse ziektedagen gehad.', { sickDays: 5 }],
    // The kind said again before each listed day.
    ['Niels was ziek op maandag, ziek op donderdag, ziek op dinsdag en vrijdag, binnen 3 weken', { sickReports: 4 }],
  ])('should read "%s"', (text, expected) => {
    expect(parseSituation(text)).toMatchObject(expected);
  });

  it('should not read "soms een halve dag" as half a day: it recurs, and its count is asked', () => {
    const situation = parseSituation('Ilyas is soms een halve dag weg zonder bericht. Wat nu?');
    expect(situation.truancyDagdelen).toBeUndefined();
    expect(situation.truancyDays).toBeUndefined();
  });
});

describe('a part of an amount told before, and how it is spread', () => {
  it('should count "verspreid over 5 dagen" and "4 van die 10 uren" as nothing more than the 10 hours', () => {
    const situation = parseSituation(
      'Nora heeft in totaal tien losse lesuren gespijbeld, verspreid over vijf verschillende dagen. Op 18 november ' +
        'heb ik een gesprek met haar en haar moeder gehad; daarna heeft zij nog vier van die tien uren gemist.',
    );
    expect(situation).toMatchObject({ truancyHours: 10, events: { schoolTalkHeld: true } });
    expect(situation.truancyDays).toBeUndefined();
  });
  it('should keep "14 van de 28 uur" as the 14 hours missed', () => {
    expect(parseSituation('Roos heeft deze week 14 van de 28 uur gespijbeld.').truancyHours).toBe(14);
  });
});
