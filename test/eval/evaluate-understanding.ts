import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Assistant, AssistantReply } from '../../src/assistant/respond.js';

/** A capability request or a question about a capability (`corpus/capabilities.*.jsonl`). */
const capabilityItemSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  expect: z.union([
    z.object({
      kind: z.literal('intent'),
      intent: z.string(),
      slots: z.object({ pupilFirstName: z.string().optional(), age: z.number().optional() }).passthrough().default({}),
    }),
    z.object({ kind: z.literal('knowledge') }),
  ]),
});
/** A "wat nu?" situation (`corpus/situations.*.jsonl`): the protocol's next step, or that the bot must ask. */
const situationItemSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  expect: z.union([
    z.object({ kind: z.literal('situation'), firstStep: z.string(), acceptableSteps: z.array(z.string()).default([]) }),
    z.object({ kind: z.literal('needs-info') }),
  ]),
});
export type CapabilityItem = z.infer<typeof capabilityItemSchema>;
export type SituationItem = z.infer<typeof situationItemSchema>;

export const understandingCorpus = {
  capabilities: { tuning: corpusFile('capabilities.tuning.jsonl'), frozen: corpusFile('capabilities.frozen.jsonl') },
  situations: { tuning: corpusFile('situations.tuning.jsonl'), frozen: corpusFile('situations.frozen.jsonl') },
} as const;

function corpusFile(name: string): string {
  return fileURLToPath(new URL(`./corpus/${name}`, import.meta.url));
}

function loadLines<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): T[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export const loadCapabilityItems = (file: string) => loadLines(file, capabilityItemSchema);
export const loadSituationItems = (file: string) => loadLines(file, situationItemSchema);

export type UnderstandingOutcome = {
  readonly id: string;
  readonly text: string;
  readonly group: string;
  readonly pass: boolean;
  readonly got: string;
  /** What was expected: the capability, or the situation's first step ('needs-info' for a vague one). */
  readonly expected: string;
};
export type UnderstandingReport = {
  readonly outcomes: readonly UnderstandingOutcome[];
  /**
   * Pass rate per group: `open` (capability requests), `answer` (questions about a capability), `situation`,
   * `needs-info`.
   */
  readonly groups: ReadonlyMap<string, { readonly pass: number; readonly total: number }>;
};

function describeReply(reply: AssistantReply): string {
  switch (reply.kind) {
    case 'intent':
      return `intent ${reply.intent}${reply.slots.pupilFirstName ? ` (${reply.slots.pupilFirstName})` : ''}`;
    case 'choice':
      return `choice ${reply.options.join('/')}`;
    case 'rule':
      return reply.advice.kind === 'advice' ? `rule ${reply.advice.steps[0]?.id ?? '(no step)'}` : 'rule needs-info';
    case 'knowledge':
    case 'none':
      return reply.offer ? `${reply.kind} offering ${reply.offer}` : reply.kind;
  }
}

function report(outcomes: UnderstandingOutcome[]): UnderstandingReport {
  const groups = new Map<string, { pass: number; total: number }>();
  for (const outcome of outcomes) {
    const group = groups.get(outcome.group) ?? { pass: 0, total: 0 };
    group.total += 1;
    if (outcome.pass) group.pass += 1;
    groups.set(outcome.group, group);
  }
  return { outcomes, groups };
}

/** The corpus names the course's overview for the oco "onboarding" too. */
function sameCapability(opened: string, expected: string): boolean {
  return (
    opened === expected ||
    (opened === 'onboarding-overzicht' && expected === 'onboarding') ||
    // The open actions filtered to the user's own ('wat moet ik nog doen?') are the same capability.
    (opened === 'mijn-acties' && expected === 'openstaande-acties')
  );
}

/**
 * A capability request passes when it opens that capability, with the pupil's first name when the
 * message gave one; a question about a capability passes when it is answered (knowledge), not opened.
 */
export async function evaluateCapabilities(
  assistant: Pick<Assistant, 'respond'>,
  items: readonly CapabilityItem[],
): Promise<UnderstandingReport> {
  const outcomes: UnderstandingOutcome[] = [];
  for (const item of items) {
    const reply = await assistant.respond(item.text);
    if (item.expect.kind === 'intent') {
      const expectedName =
        typeof item.expect.slots.pupilFirstName === 'string'
          ? item.expect.slots.pupilFirstName.toLowerCase()
          : undefined;
      const pass =
        reply.kind === 'intent' &&
        sameCapability(reply.intent, item.expect.intent) &&
        (!expectedName || reply.slots.pupilFirstName?.toLowerCase() === expectedName);
      outcomes.push({
        id: item.id,
        text: item.text,
        group: 'open',
        pass,
        got: describeReply(reply),
        expected: item.expect.intent,
      });
    } else {
      // Answered, not opened: from the knowledge base, or from the rules when the question holds a situation.
      outcomes.push({
        id: item.id,
        text: item.text,
        group: 'answer',
        expected: 'knowledge',
        pass: reply.kind === 'knowledge' || reply.kind === 'rule',
        got: describeReply(reply),
      });
    }
  }
  return report(outcomes);
}

/** A situation passes when the rules' first step is the protocol's next step; a vague one when the bot asks. */
export async function evaluateSituations(
  assistant: Pick<Assistant, 'respond'>,
  items: readonly SituationItem[],
): Promise<UnderstandingReport> {
  const outcomes: UnderstandingOutcome[] = [];
  for (const item of items) {
    const reply = await assistant.respond(item.text);
    if (item.expect.kind === 'situation') {
      const acceptable = new Set([item.expect.firstStep, ...item.expect.acceptableSteps]);
      const first = reply.kind === 'rule' && reply.advice.kind === 'advice' ? reply.advice.steps[0]?.id : undefined;
      outcomes.push({
        id: item.id,
        text: item.text,
        group: 'situation',
        expected: item.expect.firstStep,
        pass: first !== undefined && acceptable.has(first),
        got: describeReply(reply),
      });
    } else {
      outcomes.push({
        id: item.id,
        text: item.text,
        group: 'needs-info',
        expected: 'needs-info',
        pass: reply.kind === 'rule' && reply.advice.kind === 'needs-info',
        got: describeReply(reply),
      });
    }
  }
  return report(outcomes);
}
