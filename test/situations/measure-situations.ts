/**
 * Measures the "wat nu?" rules on a corpus of staff-written situations (lines {"id","text","expect":
 * {"kind","firstStep","acceptableSteps","slots"}}): an item passes when it is seen as a situation, the
 * kind (advice or needs-info) is right and, for advice, the first step is an acceptable one.
 *
 *   npx tsx test/situations/measure-situations.ts test/eval/corpus/situations.tuning.jsonl [--failures]
 *
 * A frozen corpus (*.frozen.jsonl) only ever gets its aggregate figure: its items are not to be looked
 * at one by one, so --failures is refused for it.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { adviseSituation, looksLikeSituation, parseSituation } from '../../src/rules/index.js';

const itemSchema = z.object({
  id: z.string(),
  text: z.string(),
  expect: z.object({
    kind: z.enum(['situation', 'needs-info']),
    firstStep: z.string().nullish(),
    acceptableSteps: z.array(z.string()).nullish(),
    slots: z.record(z.unknown()).nullish(),
  }),
});

/** The day the corpus was written, for "sinds de zomervakantie", "het is nu december". */
const now = () => new Date('2026-12-06T09:00:00Z');

const [file, ...flags] = process.argv.slice(2);
if (!file) throw new Error('Usage: measure-situations.ts <corpus.jsonl> [--failures]');
const frozen = /\.frozen\.jsonl$/.test(file);
const showFailures = flags.includes('--failures');
if (frozen && showFailures) throw new Error('A frozen corpus gets its aggregate figure only; --failures is for the tuning part.');

const items = readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => itemSchema.parse(JSON.parse(line)));
let passed = 0;
let slotsRight = 0;
let slotsTotal = 0;
const failures: string[] = [];
for (const item of items) {
  const seen = looksLikeSituation(item.text);
  const situation = parseSituation(item.text, { now });
  const result = adviseSituation(situation);
  const step = result.kind === 'advice' ? result.steps[0]!.id : 'needs-info';
  const acceptable = item.expect.acceptableSteps ?? (item.expect.firstStep ? [item.expect.firstStep] : []);
  const ok = seen && (item.expect.kind === 'needs-info' ? result.kind === 'needs-info' : result.kind === 'advice' && acceptable.includes(step));
  if (ok) passed += 1;
  const wrongSlots: string[] = [];
  for (const [key, value] of Object.entries(item.expect.slots ?? {})) {
    slotsTotal += 1;
    const got = (situation as Record<string, unknown>)[key];
    if (got === value) slotsRight += 1;
    else wrongSlots.push(`${key} ${JSON.stringify(got)}≠${JSON.stringify(value)}`);
  }
  if (showFailures && (!ok || wrongSlots.length > 0)) {
    failures.push(`${ok ? 'slots' : 'FAIL '} ${item.id}: ${item.text}\n      ${seen ? '' : '[not seen as a situation] '}got ${step}${result.kind === 'needs-info' ? ` (${result.question})` : ''}, expected ${item.expect.kind === 'needs-info' ? 'needs-info' : acceptable.join(' | ')}${wrongSlots.length ? `; slots: ${wrongSlots.join(', ')}` : ''}`);
  }
}
const percent = (part: number, whole: number) => `${((100 * part) / Math.max(1, whole)).toFixed(1)}%`;
console.log(`${file.split('/').pop()}: ${passed}/${items.length} pass (${percent(passed, items.length)}); slots ${slotsRight}/${slotsTotal} (${percent(slotsRight, slotsTotal)})`);
for (const failure of failures) console.log(failure);
