import { AccessDeniedError } from '../access/access-errors.js';
import type { Actor } from '../access/actor.js';
import type { AccessDecision } from '../access/record-access.js';
import { builtInCatalog } from '../forms/form-catalog.js';
import { toStoreError } from '../storage/store-errors.js';
import { MemoryAuditTrail, type AuditAction } from './audit-trail.js';
import { InvalidTransitionError, RecordNotFoundError, StaleRecordError } from './dossier-errors.js';
import { createFileRecord } from './dossier-filing.js';
import {
  allowedTransitions,
  recordIdSchema,
  recordRetention,
  type DossierRecord,
  type RecordStatus,
} from './dossier-record.js';
import type { DossierService, DossierServiceOptions } from './dossier-service-types.js';
import { MemoryDossierStore } from './dossier-store.js';

export type { DossierService, DossierServiceOptions, FileRecordRequest } from './dossier-service-types.js';

/**
 * The pupil dossier: records partitioned per school, with a status lifecycle, etag concurrency,
 * idempotent filing, TTL retention for closed records and an append-only audit trail.
 * @example
 * const { record } = await dossier.fileRecord({ actor, recordType: 'gespreksverslag', submissionId, title, content });
 */
export function createDossierService({
  store = new MemoryDossierStore(),
  audit = new MemoryAuditTrail(),
  retentionDays = 730,
  draftRetentionDays = 90,
  openRetentionDays = 365,
  now = () => new Date(),
  verifyTimeoutMs = 4000,
  fileBudgetMs = 10_000,
  onRecordChange,
  policy = builtInCatalog.policy,
}: DossierServiceOptions = {}): DossierService {
  const who = (actor: Actor) => ({ userId: actor.userId, name: actor.name });
  // The change is saved: whatever follows from it (a planned warning) must not turn it into a failure.
  const changed = async (record: DossierRecord) => {
    await onRecordChange?.(record).catch(() => undefined);
  };

  const guard = async (
    decision: AccessDecision,
    actor: Actor,
    action: AuditAction,
    details: { recordId?: string; recordType?: string; toStatus?: string },
  ) => {
    if (decision.allowed) return;
    await audit.append({
      schoolId: actor.schoolId,
      userId: actor.userId,
      action,
      outcome: 'refused',
      reason: decision.reason,
      ...details,
    });
    throw new AccessDeniedError(decision.reason);
  };

  const readOrRefuse = async (actor: Actor, recordId: string, action: AuditAction): Promise<DossierRecord> => {
    // A malformed id (a forged card) is not a store outage: refused, audited, and the store is not asked.
    if (!recordIdSchema.safeParse(recordId).success) {
      await audit.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action,
        outcome: 'refused',
        reason: 'malformedId',
      });
      throw new RecordNotFoundError('(malformed)');
    }
    // The read names the actor's own school as partition: another school's record is simply not found.
    const record = await store.read(actor.schoolId, recordId);
    if (!record) {
      await audit.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action,
        outcome: 'refused',
        reason: 'notFound',
        recordId,
      });
      throw new RecordNotFoundError(recordId);
    }
    await guard(policy.canRead(actor, record), actor, action, { recordId, recordType: record.recordType });
    return record;
  };

  const retention = (status: RecordStatus, at: Date) =>
    recordRetention(status, at, { closed: retentionDays, draft: draftRetentionDays, open: openRetentionDays });

  // The records of the actor's school the list shows them: their own, and the types their roles read.
  const visibleTo = (actor: Actor) => {
    const scope = policy.listScope(actor);
    return (record: DossierRecord) =>
      (scope.all ||
        record.createdBy.userId === actor.userId ||
        (scope.recordTypes?.includes(record.recordType) ?? false)) &&
      policy.canRead(actor, record).allowed;
  };

  return {
    assertCanCreate: ({ actor, recordType }) =>
      guard(policy.canCreate(actor, recordType), actor, 'record-create', { recordType }),

    fileRecord: createFileRecord({
      store,
      audit,
      policy,
      now,
      verifyTimeoutMs,
      fileBudgetMs,
      who,
      guard,
      retention,
      changed,
    }),

    getRecord: async ({ actor, recordId }) => {
      const record = await readOrRefuse(actor, recordId, 'record-read');
      await audit.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: 'record-read',
        outcome: 'allowed',
        recordId,
        recordType: record.recordType,
      });
      return record;
    },

    listRecords: async ({ actor, recordType, status, limit = 50 }) => {
      const all = await store.list(actor.schoolId, {
        ...(status ? { status } : {}),
        ...(recordType ? { recordTypes: [recordType] } : {}),
      });
      const visible = all
        .filter(visibleTo(actor))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .slice(0, limit);
      await audit.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: 'record-list',
        outcome: 'allowed',
        count: visible.length,
        recordIds: visible.map((record) => record.id),
      });
      return visible;
    },

    listLapsing: async ({ actor, before }) => {
      const lapsing = (await store.list(actor.schoolId, {}))
        .filter(
          (record) =>
            (record.status === 'ingediend' || record.status === 'in-behandeling') &&
            !!record.retainUntil &&
            record.retainUntil < before.toISOString(),
        )
        .filter(visibleTo(actor))
        .sort((a, b) => (a.retainUntil ?? '').localeCompare(b.retainUntil ?? ''));
      if (lapsing.length > 0)
        await audit.append({
          schoolId: actor.schoolId,
          userId: actor.userId,
          action: 'record-list',
          outcome: 'allowed',
          reason: 'lapseWarning',
          count: lapsing.length,
          recordIds: lapsing.map((record) => record.id),
        });
      return lapsing;
    },

    changeStatus: async ({ actor, recordId, to, etag }) => {
      const record = await readOrRefuse(actor, recordId, 'record-status-change');
      await guard(policy.canChangeStatus(actor, record, to), actor, 'record-status-change', {
        recordId,
        recordType: record.recordType,
        toStatus: to,
      });
      if (record.etag !== etag) {
        await audit.append({
          schoolId: actor.schoolId,
          userId: actor.userId,
          action: 'record-status-change',
          outcome: 'refused',
          reason: 'stale',
          recordId,
          toStatus: to,
        });
        throw new StaleRecordError(recordId);
      }
      if (!allowedTransitions[record.status].includes(to)) throw new InvalidTransitionError(record.status, to);
      const at = now();
      let updated: DossierRecord;
      try {
        updated = await store.replace(
          {
            ...record,
            status: to,
            updatedAt: at.toISOString(),
            history: [...record.history, { status: to, at: at.toISOString(), by: who(actor) }],
            ...retention(to, at),
          },
          etag,
        );
      } catch (error) {
        if (toStoreError(error).reason !== 'preconditionFailed') throw error;
        await audit.append({
          schoolId: actor.schoolId,
          userId: actor.userId,
          action: 'record-status-change',
          outcome: 'refused',
          reason: 'stale',
          recordId,
          toStatus: to,
        });
        throw new StaleRecordError(recordId, { cause: error });
      }
      await audit.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: 'record-status-change',
        outcome: 'allowed',
        recordId,
        recordType: record.recordType,
        fromStatus: record.status,
        toStatus: to,
      });
      await changed(updated);
      return updated;
    },

    nextStatuses: (actor, record) =>
      allowedTransitions[record.status].filter((to) => policy.canChangeStatus(actor, record, to).allowed),
  };
}
