/**
 * `npm run test:faults`: the load-and-fault test. 50 conversations file 200 aanmeldformulieren at once,
 * against the bot in its own process, on the embedded Cosmos DB–protocol server behind a fault proxy:
 *
 * - `outage`: the store goes away a quarter of the way in and comes back a few seconds later;
 * - `throttle`: the store answers 429 to a share of all requests for the whole run.
 *
 * Meanwhile users of another school try to read, list and change the forms. Afterwards the outcome of
 * every submission is counted against what Cosmos DB holds — a record saved once, or an honest "niet
 * opgeslagen" with the data kept — and the bot's log is searched for every pupil name and birth date.
 * Exits non-zero when anything does not add up.
 *
 * Run: `npm run test:faults` or `npx tsx scripts/faults.ts [outage|throttle]`.
 * The scenario and its checks live in scripts/faults/.
 */
import { writeFaultFixture } from './load/fault-fixtures.js';
import { conversations, formsPerConversation, outageMs, throttleShare, type Scenario } from './faults/fault-run.js';
import { runScenario } from './faults/run-scenario.js';

async function main(): Promise<void> {
  const requested = process.argv
    .slice(2)
    .filter((argument): argument is Scenario => argument === 'outage' || argument === 'throttle');
  const scenarios: Scenario[] = requested.length > 0 ? requested : ['outage', 'throttle'];
  const fixture = writeFaultFixture(conversations);
  let failed = false;
  for (const scenario of scenarios) {
    const title =
      scenario === 'outage'
        ? `store stopped and restarted midway (${outageMs / 1000} s down)`
        : `store answers 429 to ${Math.round(throttleShare * 100)}% of requests`;
    console.log(`\n== ${conversations} conversations file ${conversations * formsPerConversation} forms; ${title}`);
    const report = await runScenario(scenario, fixture);
    for (const line of report.lines) console.log(line);
    if (report.failures.length > 0) {
      failed = true;
      console.log(`FAILED (${report.failures.length}):`);
      for (const failure of report.failures.slice(0, 20)) console.log(`  - ${failure}`);
    } else console.log('passed');
  }
  process.exit(failed ? 1 : 0);
}

process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection in the fault test itself:', reason);
  process.exit(1);
});

void main();
