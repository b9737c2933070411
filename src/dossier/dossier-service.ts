import { performance } from 'node:perf_hooks';
import pRetry from 'p-retry';
import { AccessDeniedError } from '../access/access-errors.js';
import { canChangeStatus, canCreate, canRead, listScope, type AccessDecision } from '../access/access-policy.js';
import type { Actor } from '../access/actor.js';
import { toStoreError } from '../storage/store-errors.js';
import { MemoryAuditTrail, type AuditAction, type AuditTrail } from './audit-trail.js';
import {
  CreateNotSentError,
  CreateUnconfirmedError,
  InvalidTransitionError,
  RecordNotFoundError,
  StaleRecordError,
} from './dossier-errors.js';
import {
  allowedTransitions,
  closedStatuses,
  recordIdFor,
  recordIdSchema,
  type DossierDocument,
  type DossierRecord,
  type RecordStatus,
  type RecordType,
} from './dossier-record.js';
import { MemoryDossierStore, type DossierStore } from './dossier-store.js';

export type DossierServiceOptions = {
  /** @default an in-memory store */
  readonly store?: DossierStore;
  /** @default an in-memory audit trail */
  readonly audit?: AuditTrail;
  /** Days a closed record is kept before its TTL removes it. @default 730 */
  readonly retentionDays?: number;
  /** Days a concept (a draft never sent) is kept after its last save before its TTL removes it. @default 90 */
  readonly draftRetentionDays?: number;
  /**
   * Days an open record (ingediend, in behandeling) or a saved verslag is kept after its last change:
   * every change starts the period again, so only work nobody touches lapses.
   * @default 365
   */
  readonly openRetentionDays?: number;
  readonly now?: () => Date;
  /**
   * How long reading a record back after a failed create may take. With the create's own retries the
   * reply must stay well under Teams' 15 s for an invoke. @default 4000
   */
  readonly verifyTimeoutMs?: number;
  /** What filing may take in all, retries included; the read back gets what is left of it (at least 1 s). @default 10000 */
  readonly fileBudgetMs?: number;
  /**
   * Called after each saved change of a record (filed, a concept updated, a status change), e.g. to plan
   * the oco's warning before its TTL lapses. Its failure does not fail the change. @default none
   */
  readonly onRecordChange?: (record: DossierRecord) => Promise<unknown>;
};

export type FileRecordRequest = {
  readonly actor: Actor;
  readonly recordType: RecordType;
  /** The id carried in the card data; the record id is derived from it, so filing twice gives one record. */
  readonly submissionId: string;
  /** What the overzicht shows (the pupil's name). */
  readonly title: string;
  readonly content: Record<string, unknown>;
  /** `concept` saves a draft; filing the same submission again as `ingediend` sends it. @default 'ingediend' */
  readonly status?: 'concept' | 'ingediend';
};

export type DossierService = {
  /** Throws {@link AccessDeniedError} (audited) when the actor may not file this type: asked before showing an empty form. */
  readonly assertCanCreate: (request: { readonly actor: Actor; readonly recordType: RecordType }) => Promise<void>;
  /** Files a record once: a repeat of the same submission returns the saved record with `created: false`. */
  readonly fileRecord: (request: FileRecordRequest) => Promise<{
    readonly record: DossierRecord;
    readonly created: boolean;
    /** Filed before, but only now confirmed: the earlier press could not be confirmed (so nobody was told of it yet). */
    readonly confirmedNow?: boolean;
  }>;
  /** One record of the actor's school, if the actor may read it (audited). */
  readonly getRecord: (request: { readonly actor: Actor; readonly recordId: string }) => Promise<DossierRecord>;
  /** The records the actor may see, newest first (audited). */
  readonly listRecords: (request: {
    readonly actor: Actor;
    readonly recordType?: RecordType;
    readonly status?: RecordStatus;
    readonly limit?: number;
  }) => Promise<DossierRecord[]>;
  /**
   * Open records and verslagen (ingediend, in behandeling) the actor may read that lapse before `before`,
   * soonest first: for the oco's warning (audited as a list, reason `lapseWarning`).
   */
  readonly listLapsing: (request: { readonly actor: Actor; readonly before: Date }) => Promise<DossierRecord[]>;
  /** Moves a record along its lifecycle; `etag` is the version the user saw (a stale one is refused). */
  readonly changeStatus: (request: {
    readonly actor: Actor;
    readonly recordId: string;
    readonly to: RecordStatus;
    readonly etag: string;
  }) => Promise<DossierRecord>;
  /** The records a status change makes possible for this actor, for the buttons on a card. */
  readonly nextStatuses: (actor: Actor, record: DossierRecord) => RecordStatus[];
};

/**
 * The pupil dossier: records partitioned per school, with a status lifecycle, etag concurrency,
 * idempotent filing, TTL retention for closed records and an append-only audit trail.
 * @example const { record } = await dossier.fileRecord({ actor, recordType: 'gespreksverslag', submissionId, title, content });
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
    await guard(canRead(actor, record), actor, action, { recordId, recordType: record.recordType });
    return record;
  };

  /**
   * After a create failed on the store: the record if it was saved after all, `undefined` if the store
   * answers that it was not; {@link CreateUnconfirmedError} when the store cannot tell (still down).
   */
  const verifyCreate = async (
    schoolId: string,
    id: string,
    createError: unknown,
    timeoutMs: number,
  ): Promise<DossierRecord | undefined> => {
    try {
      return await store.read(schoolId, id, { timeoutMs });
    } catch (error) {
      throw new CreateUnconfirmedError(id, { cause: new AggregateError([createError, error]) });
    }
  };

  // Every record expires: closed ones after the retention period, concepts after the draft period, open
  // records and verslagen after the open period. Cosmos DB counts a ttl from the last write, so each change
  // starts the period again.
  const retention = (status: RecordStatus, at: Date) => {
    const days = closedStatuses.has(status)
      ? retentionDays
      : status === 'concept'
        ? draftRetentionDays
        : openRetentionDays;
    return { ttl: days * 86_400, retainUntil: new Date(at.getTime() + days * 86_400_000).toISOString() };
  };

  return {
    assertCanCreate: ({ actor, recordType }) =>
      guard(canCreate(actor, recordType), actor, 'record-create', { recordType }),

    fileRecord: async ({ actor, recordType, submissionId, title, content, status = 'ingediend' }) => {
      await guard(canCreate(actor, recordType), actor, 'record-create', { recordType });
      const id = recordIdFor(recordType, submissionId);
      const at = now().toISOString();
      const document: DossierDocument = {
        id,
        schoolId: actor.schoolId,
        docType: 'dossierRecord',
        recordType,
        status,
        submissionId,
        title,
        createdBy: who(actor),
        createdAt: at,
        updatedAt: at,
        history: [{ status, at, by: who(actor) }],
        content,
        ...retention(status, new Date(at)),
      };
      const started = performance.now();
      const readTimeout = () => Math.max(1000, Math.min(verifyTimeoutMs, fileBudgetMs - (performance.now() - started)));
      const createLine = (toStatus: RecordStatus) =>
        audit.append({
          id: `create-${id}`,
          schoolId: actor.schoolId,
          userId: actor.userId,
          action: 'record-create',
          outcome: 'allowed',
          recordId: id,
          recordType,
          toStatus,
        });
      // The record is saved but its line could not be written now: keep trying in the background (the fixed
      // id writes it once), without holding up the reply; the attempt line covers it meanwhile.
      const completeCreateLine = (toStatus: RecordStatus) =>
        createLine(toStatus).catch(() => {
          void pRetry(() => createLine(toStatus), {
            retries: 6,
            minTimeout: 1000,
            maxTimeout: 8000,
            randomize: true,
          }).catch(() => undefined);
        });
      // Audited before the write: a create can reach Cosmos while its answer is lost, and such a record
      // must have its line too. The fixed id makes a second press harmless; if nothing gets saved, the
      // line truthfully says only that a create was attempted.
      await audit.append({
        id: `attempt-${id}`,
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: 'record-create-attempt',
        outcome: 'allowed',
        recordId: id,
        recordType,
        toStatus: status,
      });
      try {
        const record = await store.create(document);
        // Saved: a failing audit append must not turn that into "niet opgeslagen".
        await completeCreateLine(status);
        await changed(record);
        return { record, created: true };
      } catch (error) {
        const storeError = toStoreError(error);
        if (storeError.reason !== 'conflict') {
          // No attempt can have been saved (refused connections, 429), or the store refused it: certainly not saved.
          if (
            error instanceof CreateNotSentError ||
            (storeError.reason !== 'unavailable' && storeError.reason !== 'throttled')
          )
            throw error;
          // The create may have landed while its answer was lost: look before answering.
          const found = await verifyCreate(actor.schoolId, id, error, readTimeout());
          if (!found) throw error;
          await completeCreateLine(found.status);
          await changed(found);
          return { record: found, created: true };
        }
      }
      // The same submission again (a second press, a retry after a timeout, a concurrent delivery).
      let existing: DossierRecord | undefined;
      try {
        existing = await store.read(actor.schoolId, id, { timeoutMs: readTimeout() });
      } catch (error) {
        // It exists (the conflict says so) but cannot be shown now.
        throw new CreateUnconfirmedError(id, { cause: error });
      }
      if (!existing) throw new RecordNotFoundError(id);
      if (existing.createdBy.userId !== actor.userId) {
        await guard({ allowed: false, reason: 'submissionOfOther' }, actor, 'record-create', {
          recordId: id,
          recordType,
        });
      }
      // Complete the audit line should an earlier attempt have stopped between record and audit. Writing it
      // now means no earlier press was told the record was saved (it heard "niet bevestigd").
      const completedNow = (await createLine(existing.status)) === true;
      if (existing.status !== 'concept')
        return { record: existing, created: false, ...(completedNow ? { confirmedNow: true } : {}) };
      // A concept saved earlier: update it, and send it when asked.
      const updated = await store.replace(
        {
          ...existing,
          title,
          content,
          status,
          updatedAt: at,
          history:
            status === existing.status ? existing.history : [...existing.history, { status, at, by: who(actor) }],
          ...retention(status, new Date(at)),
        },
        existing.etag,
      );
      await audit.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: 'record-update',
        outcome: 'allowed',
        recordId: id,
        recordType,
        fromStatus: existing.status,
        toStatus: status,
      });
      await changed(updated);
      return { record: updated, created: status !== existing.status };
    },

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
      const scope = listScope(actor);
      const all = await store.list(actor.schoolId, {
        ...(status ? { status } : {}),
        ...(recordType ? { recordTypes: [recordType] } : {}),
      });
      const visible = all
        .filter(
          (record) =>
            scope.all ||
            record.createdBy.userId === actor.userId ||
            (scope.recordTypes?.includes(record.recordType) ?? false),
        )
        .filter((record) => canRead(actor, record).allowed)
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
      const scope = listScope(actor);
      const lapsing = (await store.list(actor.schoolId, {}))
        .filter(
          (record) =>
            (record.status === 'ingediend' || record.status === 'in-behandeling') &&
            !!record.retainUntil &&
            record.retainUntil < before.toISOString(),
        )
        .filter(
          (record) =>
            scope.all ||
            record.createdBy.userId === actor.userId ||
            (scope.recordTypes?.includes(record.recordType) ?? false),
        )
        .filter((record) => canRead(actor, record).allowed)
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
      await guard(canChangeStatus(actor, record, to), actor, 'record-status-change', {
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
      allowedTransitions[record.status].filter((to) => canChangeStatus(actor, record, to).allowed),
  };
}
