import { loadSchool, otherSchool } from '../load/fault-fixtures.js';
import type { FaultRun } from './fault-run.js';
import type { IntruderTally } from './intruders.js';
import { inSchool, type FaultContainers } from './school-queries.js';

type AuditEntry = { action: string; outcome: string; recordIds?: string[] };

/**
 * Access under load: another school's users were refused, saw no pupil and changed nothing, and each refusal
 * is audited.
 */
export async function checkOtherSchool(
  run: FaultRun,
  { dossier, audit }: FaultContainers,
  tally: IntruderTally,
): Promise<void> {
  const { lines, failures } = run;
  const { resources: otherAudit } = await audit.items
    .query<AuditEntry>(...inSchool('SELECT c.action, c.outcome, c.recordIds FROM c WHERE true', otherSchool.id))
    .fetchAll();
  const refusedAudited = (action: string) =>
    otherAudit.filter((entry) => entry.outcome === 'refused' && entry.action === action).length;
  const ourIds = new Set(run.submissions.map((submission) => submission.recordId));
  const lists = otherAudit.filter((entry) => entry.action === 'record-list');
  const listsShowingOurs = lists.filter((entry) => (entry.recordIds ?? []).some((id) => ourIds.has(id))).length;
  const allowedOnOurs = otherAudit.filter(
    (entry) =>
      entry.outcome === 'allowed' && (entry.action === 'record-read' || entry.action === 'record-status-change'),
  ).length;
  const { resources: changed } = await dossier.items
    .query<{ id: string }>(
      ...inSchool("SELECT c.id FROM c WHERE c.docType = 'dossierRecord' AND c.status != 'ingediend'", loadSchool.id),
    )
    .fetchAll();
  const refusedReads = refusedAudited('record-read');
  const refusedChanges = refusedAudited('record-status-change');
  const byKind = tally.refusedByKind;
  lines.push(
    `other school: ${tally.attempts} attempts (read, change, list) → ${tally.refused} refused` +
      ` (read ${byKind.read}, change ${byKind.change}, list ${byKind.list}),` +
      ` ${tally.storeErrors} failed on the store, ${tally.succeeded} neither, ${tally.leaked} leaked`,
  );
  lines.push(
    `  audit (other school's partition): ${refusedReads} refused reads, ${refusedChanges} refused changes,` +
      ` ${lists.length} lists of which ${listsShowingOurs} showed our records;` +
      ` ${changed.length} of our records changed status`,
  );
  for (const detail of tally.details.slice(0, 5)) lines.push(`  ${detail}`);
  if (tally.leaked > 0) failures.push(`${tally.leaked} attempts of another school showed a pupil name`);
  if (tally.succeeded > 0)
    failures.push(`${tally.succeeded} attempts of another school were neither refused nor failed`);
  if (changed.length > 0) failures.push(`${changed.length} records changed status during the run`);
  if (allowedOnOurs > 0 || listsShowingOurs > 0)
    failures.push(
      `the other school's audit shows ${allowedOnOurs} allowed reads/changes` +
        ` and ${listsShowingOurs} lists with our records`,
    );
  if (refusedReads < byKind.read)
    failures.push(`${byKind.read} reads refused, but only ${refusedReads} refusals audited`);
  if (refusedChanges < byKind.change)
    failures.push(`${byKind.change} changes refused, but only ${refusedChanges} refusals audited`);
}
