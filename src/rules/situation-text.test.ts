import { describe, expect, it } from 'vitest';
import { editBudget, editDistance } from './edit-distance.js';
import { correctWord } from './situation-spelling.js';
import { normalizeSituationText } from './situation-text.js';

describe('editDistance', () => {
  it.each([
    ['gespijbelt', 'gespijbeld', 1],
    ['jeugdatrs', 'jeugdarts', 1],
    ['dagdeelen', 'dagdelen', 1],
    ['spijbelen', 'spijbelen', 0],
    ['', 'abc', 3],
  ])('should put "%s" and "%s" %d edits apart', (left, right, distance) => {
    expect(editDistance(left, right)).toBe(distance);
  });

  it('should stop above the budget it is given', () => {
    expect(editDistance('ongeoorloofd', 'zomervakantie', 2)).toBe(3);
  });

  it('should allow no typo in short words, where real words lie one edit apart', () => {
    expect(editBudget(5)).toBe(0);
    expect(editBudget(7)).toBe(1);
    expect(editBudget(10)).toBe(2);
  });
});

describe('correctWord', () => {
  it.each([
    ['gespijbelt', 'gespijbeld'],
    ['ingeshcakeld', 'ingeschakeld'],
    ['ochtenen', 'ochtenden'],
    ['lln', 'leerlingen'],
    ['jgz', 'jeugdarts'],
    ['lpa', 'leerplichtambtenaar'],
  ])('should read "%s" as "%s"', (word, expected) => {
    expect(correctWord(word)).toBe(expected);
  });

  it.each(['werken', 'middelen', 'dragen', 'genomen', 'tegen', 'opgehaald'])(
    'should leave the real word "%s" alone',
    (word) => {
      expect(correctWord(word)).toBe(word);
    },
  );
});

describe('normalizeSituationText', () => {
  it.each([
    ['Jesse (12) is voor de 11e keer te laat', 'jesse (12) is voor de 11 keer te laat'],
    ['de twaalfde keer telaat', 'de 12 keer te laat'],
    ['3keer te laat in 4wk', '3 keer te laat in 4 weken'],
    ['3u gespijbelt', '3 uur gespijbeld'],
    ['zit 5 weken thuis, niet ziek', 'zit 5 weken thuis, nietziek'],
    ['is ziekgemeld', 'is ziek gemeld'],
  ])('should read "%s" as "%s"', (text, expected) => {
    expect(normalizeSituationText(text)).toBe(expected);
  });
});

describe('a letter held down', () => {
  it('should read three letters alike as two, but keep the ë of a number word', () => {
    expect(normalizeSituationText('thuis met kooorts')).toBe('thuis met koorts');
    expect(normalizeSituationText('tweeëntwintig uur')).toBe('22 uur');
  });
});

describe('slips that turn a meaning around', () => {
  it('should read a mistyped denial as a denial, and "te lat" as te laat', () => {
    expect(normalizeSituationText('nog noit bij de lpa geweest')).toContain('nog nooit bij');
    expect(normalizeSituationText('ze komt er nie')).toContain('niet');
    expect(normalizeSituationText('11 keer te lat')).toBe('11 keer te laat');
  });
});
