import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTermMatcher, editBudget, matchesTerm, swapsOnce } from './fuzzy-words.js';
import { createSpellingCorrector } from './spelling.js';

const letters = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 5, maxLength: 14 });

describe('matchesTerm', () => {
  it('should match a stem as a prefix, inside a compound from 6 letters, and a whole word only whole', () => {
    expect(matchesTerm('aanmeldingen', 'aanmeld')).toBe(true);
    expect(matchesTerm('jeugdartsformulier', 'formulier')).toBe(true);
    expect(matchesTerm('mentorrol', '*rol')).toBe(true);
    expect(matchesTerm('rolstoel', '=rol')).toBe(false);
    expect(matchesTerm('aanmelding', '=aanmeldingen')).toBe(false);
    expect(matchesTerm('begeleiden', '=begeleider')).toBe(true);
  });

  it(
    'should tolerate one typing error from 5 letters and a swap of neighbours, but not in a short stem ' +
      'inside a longer word',
    () => {
      expect(matchesTerm('jeugdarst', 'jeugdarts')).toBe(true);
      expect(matchesTerm('verzuimcaoch', 'verzuimcoach')).toBe(true);
      expect(matchesTerm('aanmeldngen', 'aanmelding')).toBe(true);
      expect(matchesTerm('gesproken', 'gesprek')).toBe(false);
      expect(matchesTerm('schoolangst', 'schoolarts')).toBe(false);
    },
  );

  it('should match a slip by sound (g for ch, ij for ei or y) with no further slip', () => {
    expect(matchesTerm('overzigt', 'overzicht')).toBe(true);
    expect(matchesTerm('verzuimoverzigt', 'overzicht')).toBe(true);
    expect(matchesTerm('gesprekslijdraad', 'leidraad')).toBe(true);
    expect(matchesTerm('bereiken', '=bekijken')).toBe(false);
    expect(matchesTerm('rechtstreeks', 'registre')).toBe(false);
  });

  it('should match any word with one substitution inside its edit budget (property)', () => {
    fc.assert(
      fc.property(letters, fc.nat(), fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), (term, at, letter) => {
        const position = 1 + (at % (term.length - 1));
        const typo = term.slice(0, position) + letter + term.slice(position + 1);
        expect(matchesTerm(typo, `=${term}`)).toBe(editBudget(term.length) >= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('should see a swap of neighbours as one error, symmetrically (property)', () => {
    fc.assert(
      fc.property(letters, fc.nat(), (word, at) => {
        const position = at % (word.length - 1);
        const swapped = word.slice(0, position) + word[position + 1] + word[position] + word.slice(position + 2);
        expect(swapsOnce(word, swapped)).toBe(swapped !== word);
        expect(swapsOnce(swapped, word)).toBe(swapped !== word);
      }),
      { numRuns: 300 },
    );
  });

  it('should find both whole-word terms a compound is made of, with or without a linking s', () => {
    const termsIn = createTermMatcher(['=introductie', '=module', '=gesprek', '=verslag', '=lijst', 'jeugdarts']);
    expect(termsIn(['introductiemodule'])).toEqual(new Set(['=introductie', '=module']));
    expect(termsIn(['gespreksverslag'])).toEqual(new Set(['=gesprek', '=verslag']));
    // Not a compound of one term and another word, nor a word that only starts with a term.
    expect(termsIn(['modulelijsten', 'gesprekken'])).toEqual(new Set());
  });
});

describe('createTermMatcher', () => {
  it('should find the same terms as trying every term on every word (property)', () => {
    const terms = [
      'aanmeld',
      '=aanmelding',
      'jeugdarts',
      '=jgz',
      'formulier',
      '*rol',
      'verzuimcoach',
      '=gesprekje',
      'overzicht',
      'leidraad',
    ];
    const termsIn = createTermMatcher(terms);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            letters,
            fc.constantFrom(
              'aanmelding',
              'jeugdartsformulier',
              'mentorrol',
              'verzuimcaoch',
              'jgz',
              'overzigt',
              'gesprekslijdraad',
            ),
          ),
          { maxLength: 8 },
        ),
        (words) => {
          const expected = new Set(terms.filter((term) => words.some((word) => matchesTerm(word, term))));
          expect(termsIn(words)).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('createSpellingCorrector', () => {
  const vocabulary = ['deze', 'help', 'heel', 'overzicht', 'afronden', 'aanmelding'];
  const correct = createSpellingCorrector({
    vocabulary,
    isKnown: (word) => vocabulary.includes(word),
    keep: (word) => word === 'daan',
  });
  it('should correct an unknown word to the nearest vocabulary word, a swap first', () => {
    expect(correct(['dese', 'hepl', 'afronen'])).toEqual(['deze', 'help', 'afronden']);
  });
  it('should leave known words, kept words, short words and other forms of a word alone', () => {
    expect(correct(['deze', 'daan', 'mn', 'aanmeldingen'])).toEqual(['deze', 'daan', 'mn', 'aanmeldingen']);
  });
});
