import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readCorpus, scoreItem } from './situation-corpus.js';

// Only the tuning part: the frozen part is measured by hand, as one figure (measure-situations.ts).
// The floor is a guard against regressions, below the measured figure: the file grows with new phrasings.
const tuningFile = fileURLToPath(new URL('../eval/corpus/situations.tuning.jsonl', import.meta.url));

describe('the staff-written situations (tuning part)', () => {
  it.skipIf(!existsSync(tuningFile))(
    'should give at least 90% of them the right kind and an acceptable first step',
    () => {
      const scores = readCorpus(tuningFile).map(scoreItem);
      const failed = scores.filter((score) => !score.pass).map((score) => `${score.item.id}: ${score.step}`);
      expect(scores.length - failed.length, failed.join('\n')).toBeGreaterThanOrEqual(Math.ceil(0.9 * scores.length));
    },
  );
});
