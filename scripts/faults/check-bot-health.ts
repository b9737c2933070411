import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sensitiveStrings } from '../load/fault-fixtures.js';
import type { FaultRun } from './fault-run.js';

const isUnhandled = (line: string) =>
  line.includes('unhandled-rejection') ||
  line.includes('uncaughtException') ||
  line.includes('UnhandledPromiseRejection');

/** No crash, no unhandled rejection, no pupil data in the log. */
export async function checkBotHealth(run: FaultRun): Promise<void> {
  const { bot, scenario, submissions, lines, failures } = run;
  const health = await fetch(`${bot.url}/healthz`)
    .then((response) => response.status)
    .catch(() => 0);
  const log = bot.output();
  if (process.env.FAULTS_LOG_DIR) writeFileSync(join(process.env.FAULTS_LOG_DIR, `bot-${scenario}.log`), log);
  const logLines = log.split('\n').filter(Boolean);
  const unhandled = logLines.filter(isUnhandled).length;
  const found = sensitiveStrings(submissions.map((submission) => submission.pupil)).filter((value) =>
    log.includes(value),
  );
  lines.push(
    `bot: ${health === 200 ? 'alive, /healthz 200' : `/healthz ${health}`}; ${logLines.length} log lines,` +
      ` ${unhandled} unhandled rejections, ${found.length} pupil names or birth dates in the log`,
  );
  if (health !== 200) failures.push(`bot not healthy after the run (/healthz ${health})`);
  if (unhandled > 0) failures.push(`${unhandled} unhandled rejections or exceptions in the log`);
  if (found.length > 0)
    failures.push(
      `pupil data in the log: ${found.length} values, e.g. a ${found[0]!.includes('-') ? 'birth date' : 'name'}`,
    );
}
