/**
 * Measures the "wat nu?" rules on a corpus of staff-written situations (see situation-corpus.ts).
 *
 *   npx tsx test/situations/measure-situations.ts test/eval/corpus/situations.tuning.jsonl [--failures]
 *
 * A frozen corpus (*.frozen.jsonl) only ever gets its aggregate figure: its items are not to be looked
 * at one by one, so --failures is refused for it.
 */
import { readCorpus, scoreItem } from './situation-corpus.js';

const [file, ...flags] = process.argv.slice(2);
if (!file) throw new Error('Usage: measure-situations.ts <corpus.jsonl> [--failures]');
const showFailures = flags.includes('--failures');
if (/\.frozen\.jsonl$/.test(file) && showFailures)
  throw new Error('A frozen corpus gets its aggregate figure only; --failures is for the tuning part.');

const scores = readCorpus(file).map(scoreItem);
const passed = scores.filter((score) => score.pass).length;
const slotsTotal = scores.reduce((sum, score) => sum + score.slots, 0);
const slotsRight = slotsTotal - scores.reduce((sum, score) => sum + score.wrongSlots.length, 0);
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
console.log(
  `${file.split('/').pop()}: ${passed}/${scores.length} pass (${percent(passed, scores.length)}); slots ` +
    `${slotsRight}/${slotsTotal} (${percent(slotsRight, slotsTotal)})`,
);
if (showFailures) {
  for (const { item, pass, seen, step, question, wrongSlots } of scores) {
    if (pass && wrongSlots.length === 0) continue;
    const expected =
      item.expect.kind === 'needs-info'
        ? 'needs-info'
        : (item.expect.acceptableSteps ?? [item.expect.firstStep]).join(' | ');
    console.log(
      `${pass ? 'slots' : 'FAIL '} ${item.id}: ${item.text}\n      ${seen ? '' : '[not seen as a situation] '}got ` +
        `${step}${question ? ` (${question})` : ''}, expected ` +
        `${expected}${wrongSlots.length ? `; slots: ${wrongSlots.join(', ')}` : ''}`,
    );
  }
}
