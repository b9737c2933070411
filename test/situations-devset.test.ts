import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  adviseSituation,
  looksLikeSituation,
  parseSituation,
  type AdviceResult,
  type Situation,
} from '../src/rules/index.js';

/** One line of `test/situations/situations.jsonl`: a chat message and what the rules must make of it. */
const caseSchema = z.object({
  id: z.string(),
  text: z.string(),
  kind: z.enum(['advice', 'needs-info', 'question', 'command']),
  firstStep: z.string().optional(),
  steps: z.array(z.string()).optional(),
  facts: z.record(z.unknown()).optional(),
  contradictions: z.array(z.string()).optional(),
  aanmeldReasons: z.array(z.number()).optional(),
  notesContain: z.string().optional(),
  stepDeadlineContains: z.string().optional(),
  talkWithContains: z.string().optional(),
  missing: z.array(z.string()).optional(),
  questionContains: z.string().optional(),
});
type DevCase = z.infer<typeof caseSchema>;

const cases = readFileSync(new URL('./situations/situations.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => caseSchema.parse(JSON.parse(line)));

const now = () => new Date('2026-03-02T09:00:00Z');

function factOf(situation: Situation, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], situation);
}

/** Every expectation of one case; returns the failures (empty when the case passes). */
function check(entry: DevCase): string[] {
  const failures: string[] = [];
  const expectSituation = entry.kind === 'advice' || entry.kind === 'needs-info';
  if (looksLikeSituation(entry.text) !== expectSituation)
    failures.push(`looksLikeSituation should be ${expectSituation}`);
  if (!expectSituation) return failures;
  const result: AdviceResult = adviseSituation(parseSituation(entry.text, { now }));
  if (result.kind !== entry.kind)
    return [
      ...failures,
      `kind ${result.kind}, expected ${entry.kind}${result.kind === 'needs-info' ? ` (${result.question})` : ''}`,
    ];
  for (const [path, value] of Object.entries(entry.facts ?? {})) {
    if (factOf(result.situation, path) !== value)
      failures.push(`${path} = ${JSON.stringify(factOf(result.situation, path))}, expected ${JSON.stringify(value)}`);
  }
  if (result.kind === 'needs-info') {
    if (entry.missing && JSON.stringify(result.missingFields) !== JSON.stringify(entry.missing))
      failures.push(`missing ${result.missingFields.join(',')}`);
    if (entry.questionContains && !result.question.includes(entry.questionContains))
      failures.push(`question: ${result.question}`);
    return failures;
  }
  const ids = result.steps.map((step) => step.id);
  if (entry.firstStep && ids[0] !== entry.firstStep)
    failures.push(`first step ${ids[0]}, expected ${entry.firstStep} (all: ${ids.join(', ')})`);
  for (const id of entry.steps ?? [])
    if (!ids.includes(id)) failures.push(`missing step ${id} (all: ${ids.join(', ')})`);
  const contradictionIds = result.contradictions.map((contradiction) => contradiction.id as string);
  for (const id of entry.contradictions ?? [])
    if (!contradictionIds.includes(id)) failures.push(`missing contradiction ${id}`);
  if (entry.aanmeldReasons && JSON.stringify(result.aanmeldReasons) !== JSON.stringify(entry.aanmeldReasons))
    failures.push(`aanmeldReasons ${JSON.stringify(result.aanmeldReasons)}`);
  if (entry.notesContain && !result.notes.some((note) => note.text.includes(entry.notesContain!)))
    failures.push(`no note containing "${entry.notesContain}"`);
  if (entry.stepDeadlineContains && !result.steps.some((step) => step.deadline?.includes(entry.stepDeadlineContains!)))
    failures.push(`no deadline containing "${entry.stepDeadlineContains}"`);
  if (entry.talkWithContains && !result.talkWith.text.includes(entry.talkWithContains))
    failures.push(`talkWith: ${result.talkWith.text}`);
  for (const step of result.steps) if (step.sources.length === 0) failures.push(`step ${step.id} has no source`);
  return failures;
}

describe('the "wat nu?" dev set (test/situations/situations.jsonl)', () => {
  it('should hold at least 40 situations', () => {
    expect(
      cases.filter((entry) => entry.kind === 'advice' || entry.kind === 'needs-info').length,
    ).toBeGreaterThanOrEqual(40);
  });

  it.each(cases.map((entry) => [entry.id, entry.text, entry] as const))('%s: %s', (_id, _text, entry) => {
    expect(check(entry)).toEqual([]);
  });
});
