import { recordIdFor } from '../../src/dossier/dossier-record.js';
import { loadSchool } from '../load/fault-fixtures.js';
import type { FaultRun } from './fault-run.js';
import type { RecordsAfter } from './press-again.js';
import { inSchool, type FaultContainers } from './school-queries.js';

const createQuery =
  'SELECT c.recordId, c.action FROM c' +
  " WHERE (c.action = 'record-create' OR c.action = 'record-create-attempt') AND c.outcome = 'allowed'";

/**
 * Every record has its create in the audit trail: the `record-create` line, or at least the
 * `record-create-attempt` line written before the write was sent (when the line after it failed).
 */
export async function checkCreateAudit(
  run: FaultRun,
  { audit }: FaultContainers,
  { records }: RecordsAfter,
): Promise<void> {
  const { resources: creates } = await audit.items
    .query<{ recordId: string; action: string }>(...inSchool(createQuery, loadSchool.id))
    .fetchAll();
  const idsOf = (action: string) =>
    new Set(creates.filter((entry) => entry.action === action).map((entry) => entry.recordId));
  const createLines = idsOf('record-create');
  const attemptLines = idsOf('record-create-attempt');
  const recordIds = records.map((record) => recordIdFor('aanmeldformulier', record.submissionId));
  const onlyAttempt = recordIds.filter((id) => !createLines.has(id) && attemptLines.has(id)).length;
  const unaudited = recordIds.filter((id) => !createLines.has(id) && !attemptLines.has(id)).length;
  run.lines.push(
    `audit: ${createLines.size} record-create and ${attemptLines.size} record-create-attempt lines` +
      ` for ${records.length} records; ${onlyAttempt} records with only the attempt line, ${unaudited} without either`,
  );
  if (unaudited > 0) run.failures.push(`${unaudited} records have no record-create (or attempt) audit line`);
}
