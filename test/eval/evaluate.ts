import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Assistant } from '../../src/assistant/respond.js';

export const evalQuestionSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  expect: z.object({
    kind: z.enum(['knowledge', 'rule', 'none']),
    sectionIds: z.array(z.string()).optional(),
    facts: z.array(z.array(z.string()).min(1)).optional(),
  }),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export const defaultQuestionsFile = fileURLToPath(new URL('./questions.jsonl', import.meta.url));
/** The blind corpus: a tuning part (tune on it) and a frozen part (only its aggregate figures are ever read). */
export const corpusFiles = {
  tuning: fileURLToPath(new URL('./corpus/questions.tuning.jsonl', import.meta.url)),
  frozen: fileURLToPath(new URL('./corpus/questions.frozen.jsonl', import.meta.url)),
} as const;

export function loadEvalQuestions(file = defaultQuestionsFile): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = evalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${index + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export type EvalOutcome = {
  readonly id: string;
  readonly question: string;
  readonly expectedKind: string;
  readonly kind: string;
  readonly kindOk: boolean;
  readonly citationOk: boolean | undefined;
  readonly missingFacts: readonly (readonly string[])[];
  readonly pass: boolean;
  readonly ms: number;
  readonly answer: string;
  readonly cited: readonly string[];
};

export type EvalReport = {
  readonly outcomes: readonly EvalOutcome[];
  readonly passRate: number;
  /** Passed questions answered by the "wat nu?" rules rather than the knowledge base. */
  readonly answeredByRules: number;
  /** Answerable questions whose citations include one of the expected sections. */
  readonly citationAccuracy: number;
  /** Unanswerable questions refused. */
  readonly refusalAccuracy: number;
  /** Answerable questions wrongly refused. */
  readonly falseRefusals: number;
  /** Share of answerable questions refused. */
  readonly falseRefusalRate: number;
  /** Unanswerable questions answered. */
  readonly falseAnswers: number;
  /** Share of unanswerable questions answered. */
  readonly falseAnswerRate: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
};

export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * Runs the dev set through the assistant. A question passes when the reply has the expected kind and,
 * for answerable ones, cites one of the expected sections and holds every required fact (one of the
 * alternatives of each group, case-insensitive). A question that describes a case ("leerling komt
 * opnieuw te laat na een preventief gesprek, wat dan?") may be answered by the "wat nu?" rules: their
 * step with its sources passes under the same citation and fact checks, and is counted apart
 * (`answeredByRules`).
 */
export async function evaluate(
  assistant: Assistant,
  questions: readonly EvalQuestion[] = loadEvalQuestions(),
): Promise<EvalReport> {
  const outcomes: EvalOutcome[] = [];
  for (const item of questions) {
    const started = performance.now();
    const reply = await assistant.respond(item.question);
    const ms = performance.now() - started;
    const text = reply.answer.toLowerCase();
    const cited = reply.citations.map((citation) => citation.sectionId);
    const byRules = item.expect.kind === 'knowledge' && reply.kind === 'rule';
    const kindOk = reply.kind === item.expect.kind || byRules;
    const citationOk = item.expect.sectionIds ? item.expect.sectionIds.some((id) => cited.includes(id)) : undefined;
    const missingFacts = (item.expect.facts ?? []).filter(
      (group) => !group.some((fact) => text.includes(fact.toLowerCase())),
    );
    const pass = kindOk && citationOk !== false && missingFacts.length === 0;
    outcomes.push({
      id: item.id,
      question: item.question,
      expectedKind: item.expect.kind,
      kind: reply.kind,
      kindOk,
      citationOk,
      missingFacts,
      pass,
      ms,
      answer: reply.answer,
      cited,
    });
  }
  const answerable = outcomes.filter((outcome) => outcome.expectedKind !== 'none');
  const unanswerable = outcomes.filter((outcome) => outcome.expectedKind === 'none');
  const latencies = outcomes.map((outcome) => outcome.ms);
  return {
    outcomes,
    passRate: outcomes.filter((outcome) => outcome.pass).length / outcomes.length,
    answeredByRules: outcomes.filter((outcome) => outcome.pass && outcome.kind === 'rule').length,
    citationAccuracy: answerable.filter((outcome) => outcome.citationOk).length / Math.max(1, answerable.length),
    refusalAccuracy:
      unanswerable.filter((outcome) => outcome.kind === 'none').length / Math.max(1, unanswerable.length),
    falseRefusals: answerable.filter((outcome) => outcome.kind === 'none').length,
    falseRefusalRate: answerable.filter((outcome) => outcome.kind === 'none').length / Math.max(1, answerable.length),
    falseAnswers: unanswerable.filter((outcome) => outcome.kind !== 'none').length,
    falseAnswerRate:
      unanswerable.filter((outcome) => outcome.kind !== 'none').length / Math.max(1, unanswerable.length),
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    maxMs: Math.max(0, ...latencies),
  };
}
