import { performance } from 'node:perf_hooks';
import pRetry from 'p-retry';
import type { AccessDecision, AccessPolicy } from '../access/record-access.js';
import type { Actor } from '../access/actor.js';
import { toStoreError } from '../storage/store-errors.js';
import type { AuditAction, AuditTrail } from './audit-trail.js';
import { CreateNotSentError, CreateUnconfirmedError, RecordNotFoundError } from './dossier-errors.js';
import { recordIdFor, type DossierDocument, type DossierRecord, type RecordStatus } from './dossier-record.js';
import type { DossierService } from './dossier-service-types.js';
import type { DossierStore } from './dossier-store.js';

/** What filing shares with the rest of the dossier service. */
export type FilingContext = {
  readonly store: DossierStore;
  readonly audit: AuditTrail;
  readonly policy: AccessPolicy;
  readonly now: () => Date;
  readonly verifyTimeoutMs: number;
  readonly fileBudgetMs: number;
  readonly who: (actor: Actor) => { readonly userId: string; readonly name: string };
  /** Audits and throws a refusal; returns when allowed. */
  readonly guard: (
    decision: AccessDecision,
    actor: Actor,
    action: AuditAction,
    details: { recordId?: string; recordType?: string; toStatus?: string },
  ) => Promise<void>;
  /** The record's TTL and display date for a status set at `at`. */
  readonly retention: (status: RecordStatus, at: Date) => { ttl: number; retainUntil: string };
  /** After each saved change; never fails the change. */
  readonly changed: (record: DossierRecord) => Promise<void>;
};

/**
 * Filing once: the record id is derived from the submission, so a second press, a retry after a timeout or
 * a concurrent delivery finds the saved record; a create whose answer was lost is read back before answering.
 */
export function createFileRecord({
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
}: FilingContext): DossierService['fileRecord'] {
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

  return async ({ actor, recordType, submissionId, title, content, status = 'ingediend' }) => {
    await guard(policy.canCreate(actor, recordType), actor, 'record-create', { recordType });
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
        history: status === existing.status ? existing.history : [...existing.history, { status, at, by: who(actor) }],
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
  };
}
