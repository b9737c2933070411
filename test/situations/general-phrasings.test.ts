import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpus, scoreItem } from './situation-corpus.js';

// Phrasings of the classes the staff corpus showed (indirect counts, corrections, English, several pupils,
// stagnation told as a story, thuiszitten in days), written from the classes rather than from corpus items.
// Kept whole: each one is a general mechanism that must go on holding.
const file = fileURLToPath(new URL('./general-phrasings.jsonl', import.meta.url));

describe('general situation phrasings', () => {
  it('should give every one the right kind and an acceptable first step', () => {
    const failed = readCorpus(file)
      .map(scoreItem)
      .filter((score) => !score.pass)
      .map((score) => `${score.item.id}: got ${score.step} for "${score.item.text}"`);
    expect(failed).toEqual([]);
  });
});
