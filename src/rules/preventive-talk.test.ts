import { describe, expect, it } from 'vitest';
import { parseSituation } from './parse-situation.js';
import { preventiveTalkTold } from './preventive-talk.js';

describe('a talk or warning from leerplicht told as past', () => {
  it.each([
    'de leerplichtambtenaar heeft vorige maand al met hem gepraat',
    'ze heeft in oktober bij de LPA aan tafel gezeten',
    'na een eerdere oproep van leerplicht ging het even goed',
    'leerplicht heeft hem al een waarschuwing gegeven',
    'hij is door de leerplichtambtenaar gewaarschuwd',
  ])('should read the preventive talk in "%s"', (text) => {
    expect(preventiveTalkTold(text.toLowerCase())).toBe(true);
  });

  it('should read an abbreviated talk with its date a few words on: "prev. gesprek lpa op spreekuur 5/2"', () => {
    expect(
      parseSituation('Hamid: prev. gesprek lpa op spreekuur 5/2, afspraken gemaakt.').events.preventiveTalkHeld,
    ).toBe(true);
  });

  it.each([
    'de leerplichtambtenaar gaat volgende week met hem praten',
    'leerplicht heeft nog niet met haar gesproken',
    'we willen dat de lpa hem een waarschuwing geeft',
    'ik heb met de moeder gepraat, leerplicht weet van niks',
    // A denial reaches over "of" to what it joins.
    'ze is nooit bij leerplicht of op het spreekuur geweest',
  ])('should not read it in a plan, a denial or a talk without leerplicht: "%s"', (text) => {
    expect(preventiveTalkTold(text.toLowerCase())).toBe(false);
  });
});

describe('truancy after the talk, told in chat', () => {
  it('should read "was al bij de leerplichtambtenaar" as the talk', () => {
    expect(preventiveTalkTold('hij was in oktober al bij de leerplichtambtenaar om zijn spijbelen')).toBe(true);
    expect(preventiveTalkTold('de melding was al bij leerplicht')).toBe(false);
  });

  it.each([
    ['Daan 4 lesuren weg, wat nu?', 4],
    ['Daan gisteren weer 2 uur weg, hoe verder?', 2],
  ])('should count hours away as truancy: %s', (text, hours) => {
    expect(parseSituation(text).truancyHours).toBe(hours);
  });
});
