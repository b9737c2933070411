import { AccessDeniedError } from '../access/access-errors.js';
import { hasRole, type Actor } from '../access/actor.js';
import type { RoleDirectory } from '../access/role-directory.js';
import { MemoryAuditTrail, type AuditAction, type AuditTrail } from '../dossier/audit-trail.js';
import { toStoreError } from '../storage/store-errors.js';
import { CaseNotFoundError } from './case-errors.js';
import { caseIdSchema, type CaseDocument, type CaseRecord, type EscalationStep } from './case-record.js';
import { MemoryCaseStore, type CaseStore } from './case-store.js';
import { weekdaysOnlyCalendar, type SchoolCalendars } from './school-calendar.js';

export type CaseServiceOptions = {
  /** @default an in-memory store */
  readonly store?: CaseStore;
  /** @default an in-memory audit trail */
  readonly audit?: AuditTrail;
  /** Who holds the oco role, to give oco actions a person. @default nobody (the action holds only the role) */
  readonly directory?: Pick<RoleDirectory, 'listMembers'>;
  /** @default weekdays only for every school */
  readonly calendars?: SchoolCalendars;
  readonly now?: () => Date;
  /** Days an open case is kept after its last change (the dossier's open-record retention). @default 365 */
  readonly openRetentionDays?: number;
  /** Days a closed case is kept (the dossier's closed-record retention). @default 730 */
  readonly closedRetentionDays?: number;
};

type AuditDetails = { recordId?: string; reason?: string; count?: number; recordIds?: string[] };

/** The case service's dependencies with their defaults filled in, shared by its operations. */
export type CaseContext = {
  readonly store: CaseStore;
  readonly directory: Pick<RoleDirectory, 'listMembers'> | undefined;
  readonly calendars: SchoolCalendars;
  readonly now: () => Date;
  /** Appends an audit line for a read or change of a case. */
  readonly log: (
    actor: Actor,
    action: AuditAction,
    outcome: 'allowed' | 'refused',
    details?: AuditDetails,
  ) => Promise<unknown>;
  /** The document's time to live and keep-until date, from its step: closed cases are kept longer. */
  readonly retention: (step: EscalationStep, at: Date) => { ttl: number; retainUntil: string };
};

/** Attempts at writing a case before a concurrent change is reported as busy. */
export const maxWriteAttempts = 4;

const recordType = 'case';

export function createCaseContext({
  store = new MemoryCaseStore(),
  audit = new MemoryAuditTrail(),
  directory,
  calendars = { calendarFor: () => weekdaysOnlyCalendar },
  now = () => new Date(),
  openRetentionDays = 365,
  closedRetentionDays = 730,
}: CaseServiceOptions): CaseContext {
  return {
    store,
    directory,
    calendars,
    now,
    log: (actor, action, outcome, details = {}) =>
      audit.append({ schoolId: actor.schoolId, userId: actor.userId, action, outcome, recordType, ...details }),
    retention: (step, at) => {
      const days = step === 'afgesloten' ? closedRetentionDays : openRetentionDays;
      return { ttl: days * 86_400, retainUntil: new Date(at.getTime() + days * 86_400_000).toISOString() };
    },
  };
}

/** The person on a case or an action: id and display name only. */
export const who = (actor: Actor) => ({ userId: actor.userId, name: actor.name });

/** Only mentors and the oco work with cases; anyone else is refused, and the refusal audited. */
export async function requireStaff(context: CaseContext, actor: Actor, action: AuditAction): Promise<void> {
  if (hasRole(actor, 'mentor') || hasRole(actor, 'oco')) return;
  await context.log(actor, action, 'refused', { reason: 'notAllowed' });
  throw new AccessDeniedError('notAllowed');
}

/** A case the actor may see: the pupil's mentor or the school's oco. */
export async function readCase(context: CaseContext, actor: Actor, caseId: string): Promise<CaseRecord> {
  const { store, log } = context;
  if (!caseIdSchema.safeParse(caseId).success) {
    await log(actor, 'record-read', 'refused', { reason: 'malformedId' });
    throw new CaseNotFoundError('malformedId');
  }
  const caseRecord = await store.read(actor.schoolId, caseId);
  if (!caseRecord) {
    await log(actor, 'record-read', 'refused', { recordId: caseId, reason: 'notFound' });
    throw new CaseNotFoundError('caseNotFound');
  }
  if (caseRecord.mentor.userId !== actor.userId && !hasRole(actor, 'oco')) {
    await log(actor, 'record-read', 'refused', { recordId: caseId, reason: 'notOwner' });
    throw new AccessDeniedError('notOwner');
  }
  return caseRecord;
}

/** Read, change, write with the etag; a concurrent change is re-read and the change applied again. */
export async function updateCase(
  { store }: CaseContext,
  schoolId: string,
  caseId: string,
  change: (current: CaseRecord) => Promise<CaseDocument | undefined>,
): Promise<CaseRecord> {
  for (let attempt = 1; ; attempt += 1) {
    const current = await store.read(schoolId, caseId);
    if (!current) throw new CaseNotFoundError('caseNotFound');
    const next = await change(current);
    if (!next) return current;
    try {
      return await store.replace(next, current.etag);
    } catch (error) {
      if (toStoreError(error).reason !== 'preconditionFailed' || attempt >= maxWriteAttempts) throw error;
    }
  }
}
