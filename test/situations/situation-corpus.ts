/**
 * Scores the "wat nu?" rules on a corpus of staff-written situations (lines {"id","text","expect":
 * {"kind","firstStep","acceptableSteps","slots"}}): an item passes when it is seen as a situation, the
 * kind (advice or needs-info) is right and, for advice, the first step is an acceptable one.
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
export type CorpusItem = z.infer<typeof itemSchema>;

/** The day the corpus was written, for "sinds de zomervakantie", "het is nu december". */
export const corpusNow = () => new Date('2026-12-06T09:00:00Z');

export function readCorpus(file: string): CorpusItem[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => itemSchema.parse(JSON.parse(line)));
}

export type ItemScore = {
  readonly item: CorpusItem;
  readonly pass: boolean;
  readonly seen: boolean;
  readonly step: string;
  readonly question?: string;
  readonly wrongSlots: readonly string[];
  readonly slots: number;
};

export function scoreItem(item: CorpusItem): ItemScore {
  const seen = looksLikeSituation(item.text);
  const situation = parseSituation(item.text, { now: corpusNow });
  const result = adviseSituation(situation);
  const step = result.kind === 'advice' ? result.steps[0]!.id : 'needs-info';
  const acceptable = item.expect.acceptableSteps ?? (item.expect.firstStep ? [item.expect.firstStep] : []);
  const pass =
    seen &&
    (item.expect.kind === 'needs-info'
      ? result.kind === 'needs-info'
      : result.kind === 'advice' && acceptable.includes(step));
  const wrongSlots = Object.entries(item.expect.slots ?? {}).flatMap(([key, value]) => {
    const got = (situation as Record<string, unknown>)[key];
    return got === value ? [] : [`${key} ${JSON.stringify(got)}≠${JSON.stringify(value)}`];
  });
  return {
    item,
    pass,
    seen,
    step,
    ...(result.kind === 'needs-info' && { question: result.question }),
    wrongSlots,
    slots: Object.keys(item.expect.slots ?? {}).length,
  };
}
