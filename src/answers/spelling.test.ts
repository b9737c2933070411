import { describe, expect, it } from 'vitest';
import { createSpellingCorrector, editBudget } from './spelling.js';
import { normalizeQuestion } from './text-folding.js';

const known = [
  'verzuim',
  'registratie',
  'jeugdarts',
  'afspraak',
  'verzuimgesprek',
  'ondersteuningscoordinator',
  'leerplicht',
  'zorgwekkend',
  'gemeld',
  'vaker',
  'de',
  'bij',
  'wie',
  'maakt',
  'een',
  'voer',
  'ik',
];
const words = new Map(known.map((word) => [word, 3]));
const corrector = createSpellingCorrector({
  words,
  pairs: new Set(),
  isKnown: (word) => words.has(word),
  protectedWords: new Set(['lpa', 'wie', 'officieel']),
});

describe('createSpellingCorrector', () => {
  it('should correct a typo to the knowledge base word within the edit budget', () => {
    expect(corrector.correct('moet de jeugdarst bellen').text).toBe('moet de jeugdarts bellen');
    expect(corrector.correct('bij leerplich').text).toBe('bij leerplicht');
  });

  it('should read a word after an intensifying prefix as the word', () => {
    expect(corrector.correct('allerzorgwekkend verzuim').text).toBe('zorgwekkend verzuim');
    expect(corrector.correct('superzorgwekkend').text).toBe('zorgwekkend');
  });

  it('should accept a replaced letter only when it sounds alike', () => {
    expect(corrector.correct('zorgwekkent').text).toBe('zorgwekkend');
    expect(corrector.correct('gemelt').text).toBe('gemeld');
    expect(corrector.correct('vader').text).toBe('vader');
  });

  it('should accept the key beside the one meant in a word that is no everyday word', () => {
    // "afspraak" with its last "a" typed as the "s" beside it; "registratie" with a "t" typed as "r".
    expect(corrector.correct('jeugdarts verzuim').text).toBe('jeugdarts verzuim');
    expect(corrector.correct('afsprask').text).toBe('afspraak');
    expect(corrector.correct('regisrratie').text).toBe('registratie');
    // "vader" is an everyday word: not taken for "vaker", whose "k" is no key beside its "d" anyway.
    expect(corrector.correct('vader').text).toBe('vader');
  });

  it('should read a "g" written for "ch" as one slip', () => {
    expect(corrector.correct('bij leerplig').text).toBe('bij leerplicht');
  });

  it('should split a compound into known words and report it as one compound', () => {
    expect(corrector.correct('wie maakt de jeugdartsafspraak')).toEqual({
      text: 'wie maakt de jeugdarts afspraak',
      compounds: [['jeugdarts', 'afspraak']],
    });
  });

  it('should part a word glued to a function word, as two words and no compound', () => {
    expect(corrector.correct('wat registratiekan ik')).toEqual({ text: 'wat registratie kan ik', compounds: [] });
    expect(corrector.correct('wanneer moetleerplicht erbij')).toEqual({
      text: 'wanneer moet leerplicht erbij',
      compounds: [],
    });
    // An everyday word is no slip, whatever its parts ("daarom", "eraan").
    expect(corrector.correct('daarom eraan')).toEqual({ text: 'daarom eraan', compounds: [] });
  });

  it('should split a compound whose last part holds a typo, after trying the whole word', () => {
    expect(corrector.correct('de verzuimregistartie').text).toBe('de verzuim registratie');
  });

  it('should correct towards question words too, which then stay out of the search', () => {
    expect(corrector.correct('officeel').text).toBe('officieel');
  });

  it('should take a diminutive back to its word', () => {
    expect(corrector.correct('voer ik een verzuimgesprekje').text).toBe('voer ik een verzuimgesprek');
  });

  it('should join two words the knowledge base writes as one', () => {
    expect(corrector.correct('de ondersteunings coordinator').text).toBe('de ondersteuningscoordinator');
  });

  it('should leave short words, protected words and known words alone', () => {
    expect(corrector.correct('lpa wie jgz').text).toBe('lpa wie jgz');
    expect(editBudget(4)).toBe(0);
    expect(editBudget(6)).toBe(1);
    expect(editBudget(12)).toBe(2);
  });
});

describe('a greeting or a salutation before a question', () => {
  it('should leave the salutation out, not a question that follows a greeting word', () => {
    expect(normalizeQuestion('Beste collega, wie is de lpa?')).toBe('wie is de lpa?');
    expect(normalizeQuestion('Hoi Anne! wie is de lpa?')).toBe('wie is de lpa?');
    expect(normalizeQuestion('hoi wat is de lpa, en wie belt hem?')).toContain('wat is de lpa');
  });
});
