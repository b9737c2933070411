import { loadSchool } from '../load/fault-fixtures.js';
import { countBy, inSchool, type FaultContainers } from './school-queries.js';
import { seconds, type FaultRun, type Submission } from './fault-run.js';

type OutcomeTally = {
  savedOnce: number;
  honestUnsaved: number;
  unconfirmedSaved: number;
  unconfirmedUnsaved: number;
  unconfirmedWhileUp: number;
  unconfirmedDataLost: number;
  unsavedButSaved: number;
  unsavedDataLost: number;
  savedButNoRecord: number;
  duplicate: number;
  noOutcome: number;
};

const isFiled = (submission: Submission) => submission.reply === 'filed' || submission.reply === 'filed-before';

/** Sorts one submission by what it was told and what Cosmos DB holds; returns why it is wrong, if it is. */
function judge(
  submission: Submission,
  count: number,
  storeDownDuring: (submission: Submission) => boolean,
  tally: OutcomeTally,
): string | undefined {
  const which = `submission ${submission.index}`;
  if (count > 1) {
    tally.duplicate += 1;
    return `${which}: ${count} records`;
  }
  if (isFiled(submission)) {
    if (count === 1) tally.savedOnce += 1;
    else {
      tally.savedButNoRecord += 1;
      return `${which}: told saved, but no record`;
    }
  } else if (submission.reply === 'unsaved') {
    if (count === 1) {
      tally.unsavedButSaved += 1;
      return `${which}: told "niet opgeslagen", but the record was saved`;
    } else if (!submission.dataKept) {
      tally.unsavedDataLost += 1;
      return `${which}: "niet opgeslagen" without the data kept in the card`;
    } else tally.honestUnsaved += 1;
  } else if (submission.reply === 'unconfirmed') {
    // Honest only when it really could not be known: the store was down during the turn (and the data kept).
    if (!storeDownDuring(submission)) {
      tally.unconfirmedWhileUp += 1;
      return `${which}: "niet bevestigd" while the store was up all through the turn (${count} record(s))`;
    } else if (!submission.dataKept) {
      tally.unconfirmedDataLost += 1;
      return `${which}: "niet bevestigd" without the data kept in the card`;
    } else if (count === 1) tally.unconfirmedSaved += 1;
    else tally.unconfirmedUnsaved += 1;
  } else {
    tally.noOutcome += 1;
    const error = submission.error ? `, ${submission.error}` : '';
    return `${which}: no honest outcome (HTTP ${submission.status ?? '-'}${error}; ${count} record(s))`;
  }
  return undefined;
}

function outcomeLine(tally: OutcomeTally): string {
  return (
    `outcomes: ${tally.savedOnce} saved once, ${tally.honestUnsaved} honest "niet opgeslagen" with the data kept,` +
    ` ${tally.unconfirmedSaved + tally.unconfirmedUnsaved} honest "niet bevestigd" during the outage with the data` +
    ` kept (${tally.unconfirmedSaved} in fact saved, ${tally.unconfirmedUnsaved} not)` +
    ` | wrong: ${tally.unsavedButSaved} told unsaved but saved,` +
    ` ${tally.unconfirmedWhileUp} "niet bevestigd" while the store was up,` +
    ` ${tally.unconfirmedDataLost} "niet bevestigd" without data,` +
    ` ${tally.savedButNoRecord} told saved without record,` +
    ` ${tally.unsavedDataLost} unsaved without data, ${tally.duplicate} duplicated,` +
    ` ${tally.noOutcome} without an outcome`
  );
}

/** Of the records told "niet opgeslagen": was the audit line missing too (the write landed, its audit did not)? */
async function explainWronglyUnsaved(run: FaultRun, audit: FaultContainers['audit'], saved: Map<string, number>) {
  const { resources } = await audit.items
    .query<{ recordId: string }>(
      ...inSchool("SELECT c.recordId FROM c WHERE c.action = 'record-create'", loadSchool.id),
    )
    .fetchAll();
  const auditedBefore = new Set(resources.map((entry) => entry.recordId));
  const wronglyUnsaved = run.submissions.filter(
    (submission) => submission.reply === 'unsaved' && saved.has(submission.submissionId),
  );
  if (wronglyUnsaved.length === 0) return;
  const withoutAudit = wronglyUnsaved.filter((submission) => !auditedBefore.has(submission.recordId)).length;
  run.lines.push(
    `  of the ${wronglyUnsaved.length} told unsaved but saved: ${withoutAudit} had no audit line yet` +
      ' (record written, audit append failed or never reached)',
  );
}

function latencyLine(submissions: readonly Submission[]): string {
  const latency = (submission: Submission) => (submission.endedAt ?? 0) - (submission.startedAt ?? 0);
  const latencies = submissions.map(latency).sort((a, b) => a - b);
  const slowest = (reply: Submission['reply']) =>
    Math.max(0, ...submissions.filter((submission) => submission.reply === reply).map(latency));
  return (
    `submit replies: p50 ${seconds(latencies[Math.floor(latencies.length / 2)]!)} s,` +
    ` max ${seconds(latencies.at(-1)!)} s` +
    ` (slowest "niet opgeslagen" ${seconds(slowest('unsaved'))} s,` +
    ` slowest "niet bevestigd" ${seconds(slowest('unconfirmed'))} s; Teams allows 15 s)`
  );
}

/**
 * Count, do not assume: what does Cosmos DB hold for each submission, and was what the mentor was told true?
 * A record saved once, or an honest "niet opgeslagen" / "niet bevestigd" with the data kept, is right.
 */
export async function checkSubmitOutcomes(
  run: FaultRun,
  { dossier, audit }: FaultContainers,
  storeDownDuring: (submission: Submission) => boolean,
): Promise<void> {
  const { resources: records } = await dossier.items
    .query<{ id: string; submissionId: string; content: { values?: Record<string, string> } }>(
      ...inSchool('SELECT c.id, c.submissionId, c.content FROM c WHERE c.docType = @type', loadSchool.id, [
        { name: '@type', value: 'dossierRecord' },
      ]),
    )
    .fetchAll();
  const recordsBySubmission = countBy(records, (record) => record.submissionId);
  const tally: OutcomeTally = {
    savedOnce: 0,
    honestUnsaved: 0,
    unconfirmedSaved: 0,
    unconfirmedUnsaved: 0,
    unconfirmedWhileUp: 0,
    unconfirmedDataLost: 0,
    unsavedButSaved: 0,
    unsavedDataLost: 0,
    savedButNoRecord: 0,
    duplicate: 0,
    noOutcome: 0,
  };
  for (const submission of run.submissions) {
    const count = recordsBySubmission.get(submission.submissionId) ?? 0;
    const failure = judge(submission, count, storeDownDuring, tally);
    if (failure) run.failures.push(failure);
  }
  run.lines.push(outcomeLine(tally));
  await explainWronglyUnsaved(run, audit, recordsBySubmission);
  run.lines.push(latencyLine(run.submissions));
}
