/**
 * Answer benchmark: index build time, embedded answer latency over the dev set, and memory.
 *
 * Run: `npm run bench -- answers`, or `npx tsx scripts/bench/answers.ts`.
 */
import { cpus, loadavg, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createAnswerService } from '../../src/answers/answer-service.js';
import { buildKnowledgeIndex } from '../../src/answers/knowledge-index.js';
import { createAssistant } from '../../src/assistant/respond.js';
import { loadKnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import { loadEvalQuestions, percentile } from '../../test/eval/evaluate.js';

export type AnswerBenchmarkOptions = {
  /** Passes over the dev set that are measured (after one warm-up pass). @default 5 */
  readonly passes?: number;
  readonly print?: (line: string) => void;
};

/** Targets of issue 3: p95 ≤ 10 ms per embedded answer; the index built in well under a second. */
export const answerTargets = { p95Ms: 10, buildMs: 1000 } as const;

const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/**
 * A full garbage collection, so that heap figures count live objects only (`npm run bench` runs without --expose-gc).
 */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Runs the benchmark and prints its figures; resolves false when a target is missed. */
export async function runAnswerBenchmark({
  passes = 5,
  print = console.log,
}: AnswerBenchmarkOptions = {}): Promise<boolean> {
  print(
    `Answer benchmark: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ` +
      `Node ${process.version}; load average before the run ${loadavg()[0]!.toFixed(1)}`,
  );
  collectGarbage();
  const before = process.memoryUsage();
  const knowledge = loadKnowledgeBase();
  const firstBuild = buildKnowledgeIndex(knowledge);
  const rebuilds = Array.from({ length: 5 }, () => buildKnowledgeIndex(knowledge).buildMs);
  const answers = createAnswerService({ knowledge, index: firstBuild });
  const assistant = createAssistant({ knowledge, answers });
  const questions = loadEvalQuestions();
  for (const item of questions) await assistant.respond(item.question);
  const latencies: number[] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const item of questions) {
      const started = performance.now();
      await assistant.respond(item.question);
      latencies.push(performance.now() - started);
    }
  }
  collectGarbage();
  const after = process.memoryUsage();
  const p50 = percentile(latencies, 0.5);
  const p95 = percentile(latencies, 0.95);
  const max = Math.max(...latencies);
  const warmBuild = percentile(rebuilds, 0.5);
  print(
    `Index build: first ${firstBuild.buildMs.toFixed(0)} ms (cold, in a fresh process), then median ` +
      `${warmBuild.toFixed(0)} ms; ${firstBuild.sectionIds.length} sections`,
  );
  print(
    `Answer latency (embedded, through respond(), ${questions.length} questions × ${passes} passes): p50 ` +
      `${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${max.toFixed(2)} ms`,
  );
  print(
    `Memory: heap ${megabytes(after.heapUsed)} (+${megabytes(after.heapUsed - before.heapUsed)} for knowledge base ` +
      `and indexes), RSS ${megabytes(after.rss)}`,
  );
  const ok = p95 <= answerTargets.p95Ms && firstBuild.buildMs < answerTargets.buildMs;
  print(`Targets: p95 ≤ ${answerTargets.p95Ms} ms, build < ${answerTargets.buildMs} ms: ${ok ? 'met' : 'MISSED'}`);
  return ok;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  runAnswerBenchmark().then((ok) => {
    process.exitCode = ok ? 0 : 1;
  });
}
