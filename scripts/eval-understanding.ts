/**
 * The understanding step on the blind corpora: capability requests opened, questions about a
 * capability answered, "wat nu?" situations given the protocol's next step — for the tuning and the
 * frozen part, through the same `respond()` as the bot and `ask`.
 *
 *   npm run eval:understanding [-- --verbose] [-- --confusion]
 *
 * `--verbose` lists the failures of the tuning part only: the frozen part is read as figures, never item by item.
 * `--confusion` counts the failures of each part by what was expected and what came instead (kind and
 * capability or step, never the message): figures that show a class of failure without reading an item.
 */
import { createAnswerService } from '../src/answers/answer-service.js';
import { createAssistant } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import {
  evaluateCapabilities,
  evaluateSituations,
  loadCapabilityItems,
  loadSituationItems,
  understandingCorpus,
  type UnderstandingReport,
} from '../test/eval/evaluate-understanding.js';

const verbose = process.argv.includes('--verbose');
const confusion = process.argv.includes('--confusion');
const confusionRows: string[] = [];
const knowledge = loadKnowledgeBase();
const assistant = createAssistant({ knowledge, answers: createAnswerService({ knowledge }) });

const rows: string[] = [];
const show = (corpus: string, part: 'tuning' | 'frozen', report: UnderstandingReport) => {
  for (const [group, { pass, total }] of report.groups)
    rows.push(
      `${`${corpus} ${part}`.padEnd(22)} ${group.padEnd(11)} ` +
        `${`${pass}/${total}`.padStart(8)} ${`${((pass / total) * 100).toFixed(1)}%`.padStart(7)}`,
    );
  if (verbose && part === 'tuning')
    for (const outcome of report.outcomes.filter((each) => !each.pass))
      console.log(`✗ ${outcome.id} [${outcome.group}] → ${outcome.got}: ${outcome.text}`);
  if (confusion) {
    const counts = new Map<string, number>();
    for (const outcome of report.outcomes.filter((each) => !each.pass)) {
      // The reply without the pupil's name: a figure, not an item.
      const key = `${outcome.expected} → ${outcome.got.replace(/ \(.*\)$/, '')}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const [key, count] of [...counts].sort((left, right) => right[1] - left[1]))
      confusionRows.push(`${`${corpus} ${part}`.padEnd(22)} ${String(count).padStart(3)}  ${key}`);
  }
};
for (const part of ['tuning', 'frozen'] as const) {
  show(
    'capabilities',
    part,
    await evaluateCapabilities(assistant, loadCapabilityItems(understandingCorpus.capabilities[part])),
  );
  show(
    'situations',
    part,
    await evaluateSituations(assistant, loadSituationItems(understandingCorpus.situations[part])),
  );
}
if (confusion) console.log(confusionRows.join('\n'));
console.log(['corpus part'.padEnd(22) + ' group          passed    rate', ...rows].join('\n'));
