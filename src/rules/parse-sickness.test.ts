import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';

describe('one spell counted, and another told as again or also', () => {
  it.each([
    'Noor was dinsdag een dag ziek en vandaag weer',
    'Bram heeft 1 ziekmelding gehad vorige maand, en nu weer',
    'Lotte is vandaag ziek, vorige week was ze ook een dag ziek',
    'Milan meldt zich vandaag ziek en eergisteren ook.',
  ])('should count two ziekmeldingen in "%s"', (text) => {
    const situation = parseSituation(text);
    expect(situation.sickReports).toBe(2);
    expect(situation.sickDays).toBe(undefined);
  });

  it('should leave one spell alone when nothing is told again', () => {
    expect(parseSituation('Noor was dinsdag een dag ziek').sickReports).toBe(undefined);
    expect(parseSituation('Lotte is vandaag ziek, haar broer ook').sickReports).toBe(undefined);
  });
});

describe('the days of one ziekmelding', () => {
  it('should take them in a row whatever period is named', () => {
    const situation = parseSituation('Sara was sinds de kerstvakantie 4 dagen ziek (1 ziekmelding)');
    expect(situation.sickReports).toBe(1);
    expect(situation.consecutiveSickDays).toBe(4);
  });
});

describe('counts typed in a hurry', () => {
  it.each([
    ['Sem is 3 dsgen ziek', 'consecutiveSickDays', 3],
    ['Ilias is al 4 wekrn thuis', 'homeWeeks', 4],
    ['Noor was 3 kerr te laat', 'lateCount', 3],
  ] as const)('should read a unit typed with the key beside a letter: %s', (text, field, value) => {
    expect(parseSituation(text)[field]).toBe(value);
  });

  it('should read an English ordinal without "the": "2nd time this month"', () => {
    expect(parseSituation('Jay called in sick today, 3rd time this month, parents vague').sickReports).toBe(3);
  });
});

describe("a relative's illness", () => {
  it.each([
    'Tess is 9 keer te laat, ze brengt haar zusje omdat haar moeder ziek is',
    'Tess 9x te laat, haar vader ligt al weken in het ziekenhuis',
    'Tess is negen keer te laat gekomen, oma is ernstig ziek',
  ])('should be no ziekmelding of the pupil but a burden at home: %s', (text) => {
    const situation = parseSituation(text);
    expect(situation.sickReports).toBe(undefined);
    expect(situation.lateCount).toBe(9);
    expect(situation.events.backgroundProblems).toBe(true);
  });

  it('should leave a ziekmelding by a parent alone', () => {
    expect(parseSituation('Tess is door moeder ziek gemeld, de 4e keer deze maand').sickReports).toBe(4);
  });
});

describe('sickness told in English and again', () => {
  it.each([
    ['Bo has 3 sick days this month', 'sickDays', 3],
    ['Bo is sick since yesterday, her dad called it in', 'consecutiveSickDays', 2],
    ['Bo cut 9 periods over the past 2 weeks', 'truancyHours', 9],
  ] as const)('should read "%s"', (text, field, value) => {
    expect(parseSituation(text)[field]).toBe(value);
  });

  it('should read "ziek gemeld en nu weer vandaag" as a second ziekmelding', () => {
    expect(parseSituation('Bo was dinsdag ziek gemeld en nu weer vandaag en ze is erg moe').sickReports).toBe(2);
  });
});

describe('a third or a half of the school year as the period', () => {
  it.each([
    ['Bo is voor de 4e keer dit trimester ziek', 91],
    ['Bo is dit semester 4 keer ziek gemeld', 140],
  ])('should read the period of "%s"', (text, days) => {
    expect(parseSituation(text).sickPeriod?.days).toBe(days);
  });
});

describe('spells listed by their days', () => {
  it('should count each spell and add up its days', () => {
    const situation = parseSituation('Mila was deze maand eerst 2 dagen ziek, toen 1 dag en daarna nog eens 3 dagen');
    expect(situation.sickReports).toBe(3);
    expect(situation.sickDays).toBe(6);
  });

  it('should not take a period or a time ago for a spell', () => {
    expect(parseSituation('Mila is in 10 dagen 3 dagen ziek geweest').sickReports).toBe(undefined);
  });
});
