import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadVocabulary } from './vocabulary.js';
import { findWholeTerms, replaceWholeTerm } from './whole-words.js';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The regular expression the functions stand in for. */
function wholeTermPattern(terms: readonly string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
}

const vocabularyTerms = loadVocabulary()
  .groups.flatMap((group) => [group.canonical, ...group.terms])
  .map((term) => term.toLowerCase());
/**
 * Pieces that sit at word boundaries or just across them: letters of other scripts, digits, an emoji (a surrogate
 * pair), punctuation.
 */
const pieces = [
  'lpa',
  'leerplicht',
  'ambtenaar',
  'ziek',
  'ziek gemeld',
  '(v)so',
  'vso',
  'ß',
  'é',
  '١',
  '𝐀',
  '😀',
  '-',
  ' ',
  '?',
  '9',
  'a',
  "'",
];
const text = fc
  .array(fc.oneof(fc.constantFrom(...vocabularyTerms), fc.constantFrom(...pieces)), { maxLength: 12 })
  .map((parts) => parts.join(''));
const terms = fc.uniqueArray(
  fc.oneof(fc.constantFrom(...vocabularyTerms), fc.constantFrom(...pieces.filter((piece) => piece.trim() !== ''))),
  { minLength: 1, maxLength: 5 },
);

describe('whole-word terms', () => {
  it('finds what the whole-word regular expression finds, in the same order', () => {
    fc.assert(
      fc.property(text, terms, (sample, candidates) => {
        expect(findWholeTerms(sample, candidates)).toEqual(
          [...sample.matchAll(wholeTermPattern(candidates))].map((match) => match[0]),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('replaces what the whole-word regular expression replaces', () => {
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...vocabularyTerms, ...pieces.filter((piece) => piece.trim() !== '')),
        (sample, term) => {
          expect(replaceWholeTerm(sample, term, ' X ')).toBe(sample.replace(wholeTermPattern([term]), ' X '));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('takes the first term that fits at a position, and only whole words', () => {
    expect(findWholeTerms('is ziek gemeld, ziekgemeld en ziek', ['ziek gemeld', 'ziek'])).toEqual([
      'ziek gemeld',
      'ziek',
    ]);
    expect(findWholeTerms('de lpa-melding', ['lpa'])).toEqual(['lpa']);
    expect(findWholeTerms('lpa9 en 😀lpa😀', ['lpa'])).toEqual(['lpa']);
    expect(replaceWholeTerm('de lpa belt de lpa’s', 'lpa', 'leerplichtambtenaar')).toBe(
      'de leerplichtambtenaar belt de leerplichtambtenaar’s',
    );
  });
});
