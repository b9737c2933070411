/**
 * Runs the old dev set (`test/eval/questions.jsonl`) and each part of the blind corpus
 * (`test/eval/corpus/questions.{tuning,frozen}.jsonl`, when present) through the embedded assistant and
 * prints, per set: pass rate, false-refusal rate (answerable refused), false-answer rate (unanswerable
 * answered), citation accuracy and latency.
 *
 *   npm run eval [-- --verbose [--latest]] [-- --curve]
 *
 * `--verbose` lists the failures of the dev set and the tuning part (with `--latest`: of its latest round
 * only) — never of the frozen part, whose items are not to be read. `--curve` prints false refusals and false
 * answers against the confidence threshold on the tuning part (the calibration data) and the dev set.
 */
import { existsSync } from 'node:fs';
import { createAnswerService } from '../src/answers/answer-service.js';
import { createAssistant } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import {
  corpusFiles,
  defaultQuestionsFile,
  evaluate,
  loadEvalQuestions,
  percentile,
  type EvalQuestion,
  type EvalReport,
} from '../test/eval/evaluate.js';

const verbose = process.argv.includes('--verbose');
const curve = process.argv.includes('--curve');
/** With `--verbose`: the failures of the latest round's tuning part only. */
const latestOnly = process.argv.includes('--latest');
const knowledge = loadKnowledgeBase();
const answers = createAnswerService({ knowledge });
const assistant = createAssistant({ knowledge, answers });

type EvalSet = { readonly name: string; readonly questions: readonly EvalQuestion[]; readonly showFailures: boolean };
const sets: EvalSet[] = [{ name: 'dev', questions: loadEvalQuestions(defaultQuestionsFile), showFailures: true }];
// Each part whole, and its later rounds: the fourth written blind in the third stop, the fifth and sixth in the fourth,
// the seventh in the seventh stop, the eighth in the eighth, the eleventh in the twelfth session,
// each after the rest had been tuned to.
const round = (number: number) => (questions: readonly EvalQuestion[]) =>
  questions.filter((item) => item.id.startsWith(`q${number}-`));
const laterRounds = [4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] as const;
if (existsSync(corpusFiles.tuning)) {
  const questions = loadEvalQuestions(corpusFiles.tuning);
  sets.push({ name: 'tuning', questions, showFailures: !latestOnly });
  for (const number of laterRounds)
    sets.push({
      name: `tun·r${number}`,
      questions: round(number)(questions),
      showFailures: latestOnly && number === laterRounds.at(-1),
    });
}
if (existsSync(corpusFiles.frozen)) {
  const questions = loadEvalQuestions(corpusFiles.frozen);
  sets.push({ name: 'frozen', questions, showFailures: false });
  for (const number of laterRounds)
    sets.push({ name: `fro·r${number}`, questions: round(number)(questions), showFailures: false });
}

// One warm-up pass, so that latency measures answering, not the JIT compiling the code paths.
for (const item of sets[0]!.questions.slice(0, 20)) answers.answerExtractive(item.question);

const percent = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(6);
const rows: string[] = [];
const reports = new Map<string, EvalReport>();
for (const set of sets) {
  const report = await evaluate(assistant, set.questions);
  reports.set(set.name, report);
  const failures = report.outcomes.filter((outcome) => !outcome.pass);
  if (verbose && set.showFailures) {
    console.log(`— ${set.name}: ${failures.length} failures`);
    for (const outcome of failures) {
      console.log(`✗ ${outcome.id} ${outcome.question}`);
      console.log(
        `  kind ${outcome.kind} (expected ${outcome.expectedKind}); citation ` +
          `${outcome.citationOk ?? '-'}; missing ${JSON.stringify(outcome.missingFacts)}`,
      );
      console.log(`  cited ${outcome.cited.join(', ') || '-'}`);
      console.log(`  ${outcome.answer.replace(/\n/g, '\n  ')}`);
    }
  }
  const answerable = report.outcomes.filter((outcome) => outcome.expectedKind !== 'none').length;
  const passed = report.outcomes.length - failures.length;
  rows.push(
    [
      set.name.padEnd(7),
      `${String(report.outcomes.length).padStart(4)} (${answerable}/${report.outcomes.length - answerable})`.padEnd(13),
      `${percent(report.passRate)} (${passed}, ${report.answeredByRules} r)`.padEnd(19),
      `${percent(report.falseRefusalRate)} (${report.falseRefusals})`.padEnd(13),
      `${percent(report.falseAnswerRate)} (${report.falseAnswers})`.padEnd(13),
      percent(report.citationAccuracy).padEnd(9),
      `${report.p50Ms.toFixed(2)} / ${report.p95Ms.toFixed(2)} ms`.padEnd(18),
      // How long the answers are (a person reads them in a chat): median characters of the answered ones.
      String(
        percentile(
          report.outcomes.filter((outcome) => outcome.kind === 'knowledge').map((outcome) => outcome.answer.length),
          0.5,
        ),
      ),
    ].join(' '),
  );
}
console.log(
  [
    'set    ',
    'n (ans/none) ',
    'pass (r: by the rules)',
    'false refusal',
    'false answer ',
    'citation ',
    'latency p50 / p95 ',
    'answer chars p50',
  ].join(' '),
);
for (const row of rows) console.log(row);
console.log(`Index build: ${answers.index.buildMs.toFixed(0)} ms`);

if (curve) {
  // The calibration data: the tuning part (and the dev set for comparison), never the frozen part.
  const calibration = sets.filter((set) => !set.name.startsWith('fro'));
  console.log(
    `\nRefusal curve: pass / false refusal / false answer, by confidence threshold × ` +
      `threshold with a word the knowledge base never uses`,
  );
  console.log('thr   unk   ' + calibration.map((set) => set.name.padEnd(26)).join(''));
  for (const threshold of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55]) {
    for (const unknownWordThreshold of [0, 0.45, 0.5, 0.55, 0.6, 0.65]) {
      if (unknownWordThreshold > 0 && unknownWordThreshold <= threshold) continue;
      const thresholdAnswers = createAnswerService({
        knowledge,
        index: answers.index,
        threshold,
        unknownWordThreshold,
      });
      const thresholdAssistant = createAssistant({ knowledge, answers: thresholdAnswers });
      const cells: string[] = [];
      for (const set of calibration) {
        const report = await evaluate(thresholdAssistant, set.questions);
        cells.push(
          `${percent(report.passRate)} ${percent(report.falseRefusalRate)} ${percent(report.falseAnswerRate)}`.padEnd(
            26,
          ),
        );
      }
      console.log(`${threshold.toFixed(2)}  ${unknownWordThreshold.toFixed(2)}  ${cells.join('')}`);
    }
  }
}
