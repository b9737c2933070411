/**
 * Runs the dev set (`test/eval/questions.jsonl`) through the embedded assistant and prints pass rate,
 * citation accuracy, refusal accuracy and latency. `--verbose` lists every failure.
 *
 *   npm run eval [-- --verbose]
 */
import { createAnswerService } from '../src/answers/answer-service.js';
import { createAssistant } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import { evaluate, loadEvalQuestions } from '../test/eval/evaluate.js';

const verbose = process.argv.includes('--verbose');
const knowledge = loadKnowledgeBase();
const answers = createAnswerService({ knowledge });
const assistant = createAssistant({ knowledge, answers });
const questions = loadEvalQuestions();
// One warm-up pass, so that latency measures answering, not the JIT compiling the code paths.
for (const item of questions.slice(0, 10)) answers.answerExtractive(item.question);
const report = await evaluate(assistant, questions);

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
const failures = report.outcomes.filter((outcome) => !outcome.pass);
if (verbose) {
  for (const outcome of failures) {
    console.log(`✗ ${outcome.id} ${outcome.question}`);
    console.log(`  kind ${outcome.kind} (expected ${outcome.expectedKind}); citation ${outcome.citationOk ?? '-'}; missing ${JSON.stringify(outcome.missingFacts)}`);
    console.log(`  cited ${outcome.cited.join(', ') || '-'}`);
    console.log(`  ${outcome.answer.replace(/\n/g, '\n  ')}`);
  }
}
const answerable = report.outcomes.filter((outcome) => outcome.expectedKind !== 'none').length;
console.log(`Dev set: ${report.outcomes.length} questions (${answerable} answerable, ${report.outcomes.length - answerable} not in the documents)`);
console.log(`Pass rate:          ${percent(report.passRate)} (${report.outcomes.length - failures.length}/${report.outcomes.length})`);
console.log(`Citation accuracy:  ${percent(report.citationAccuracy)}`);
console.log(`Refusal accuracy:   ${percent(report.refusalAccuracy)} (false refusals: ${report.falseRefusals})`);
console.log(`Latency:            p50 ${report.p50Ms.toFixed(2)} ms, p95 ${report.p95Ms.toFixed(2)} ms, max ${report.maxMs.toFixed(2)} ms`);
console.log(`Index build:        ${answers.index.buildMs.toFixed(0)} ms`);
