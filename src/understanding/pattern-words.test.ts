import { describe, expect, it } from 'vitest';
import { patternWords } from './pattern-words.js';
import { createUnderstander } from './understand.js';

describe('the words the patterns read', () => {
  it('should take whole words from the patterns, not their escapes', () => {
    const words = patternWords();
    expect(words).toEqual(expect.arrayContaining(['verzuimwijzer', 'toegang', 'openstaande']));
    // "\bwat" and "\swie" are an escape and a word, not "bwat" or "swie".
    expect(words.some((word) => /^(?:b|s|w)(?:wat|wie|welke)$/.test(word))).toBe(false);
  });

  it('should read a mistyped word the patterns read as the word meant', () => {
    const { understand } = createUnderstander();
    expect(understand('wat doet vrrzuimwijzer?')).toMatchObject({ kind: 'intent', intent: 'help' });
    expect(understand('wat doet verzuimwijzer?')).toMatchObject({ kind: 'intent', intent: 'help' });
  });
});
