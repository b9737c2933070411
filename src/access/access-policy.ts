import { hasRole, type Actor } from './actor.js';
import type { AccessDeniedReason } from './access-errors.js';
import type { Role } from './roles.js';

/** What the policy needs to know about a dossier record. */
export type GuardedRecord = {
  readonly schoolId: string;
  readonly recordType: string;
  readonly status: string;
  readonly createdBy: { readonly userId: string };
};

/** Either allowed, or refused with the reason the user is told. */
export type AccessDecision =
  { readonly allowed: true } | { readonly allowed: false; readonly reason: AccessDeniedReason };

const allow: AccessDecision = { allowed: true };
const refuse = (reason: AccessDeniedReason): AccessDecision => ({ allowed: false, reason });

/** Record types a verzuimcoach coordinator handles besides the school's own staff. */
const coachRecordTypes = new Set(['verzuimcoach']);

function isCoachFor(actor: Actor, recordType: string): boolean {
  return hasRole(actor, 'verzuimcoach-coordinator') && coachRecordTypes.has(recordType);
}

/** Mentors and the oco file forms and verslagen; coordinators and admins do not file for pupils. */
export function canCreate(actor: Actor, _recordType: string): AccessDecision {
  return hasRole(actor, 'mentor') || hasRole(actor, 'oco') ? allow : refuse('notAllowed');
}

/**
 * Reading: the one who filed it, the school's oco, and verzuimcoach coordinators for referrals.
 * Never a record of another school.
 */
export function canRead(actor: Actor, record: GuardedRecord): AccessDecision {
  if (record.schoolId !== actor.schoolId) return refuse('otherSchool');
  if (record.createdBy.userId === actor.userId) return allow;
  // A concept is the writer's own until it is filed.
  if (record.status === 'concept') return refuse('notOwner');
  if (hasRole(actor, 'oco') || isCoachFor(actor, record.recordType)) return allow;
  return refuse('notOwner');
}

/** Whether the actor sees more than their own records in the overzicht, and which types. */
export function listScope(actor: Actor): { readonly all: boolean; readonly recordTypes?: readonly string[] } {
  if (hasRole(actor, 'oco')) return { all: true };
  if (hasRole(actor, 'verzuimcoach-coordinator')) return { all: false, recordTypes: [...coachRecordTypes] };
  return { all: false };
}

/**
 * Status changes. Taking in behandeling and closing: the oco (and the coach coordinator for a referral).
 * Withdrawing: the one who filed it, or the oco. Sending a concept: only the one who wrote it.
 */
export function canChangeStatus(actor: Actor, record: GuardedRecord, to: string): AccessDecision {
  const read = canRead(actor, record);
  if (!read.allowed) return read;
  const handler = hasRole(actor, 'oco') || isCoachFor(actor, record.recordType);
  const owner = record.createdBy.userId === actor.userId;
  switch (to) {
    case 'in-behandeling':
    case 'afgerond':
      return handler ? allow : refuse('notAllowed');
    case 'ingetrokken':
      return owner || hasRole(actor, 'oco') ? allow : refuse('notAllowed');
    case 'ingediend':
    case 'concept':
      return owner ? allow : refuse('notOwner');
    default:
      return refuse('notAllowed');
  }
}

export function canManageRoles(actor: Actor): AccessDecision {
  return hasRole(actor, 'school-admin') ? allow : refuse('notAdmin');
}

/** Roles that read records other people filed: handing them out is handing out pupil data. */
export const recordReadingRoles: readonly Role[] = ['oco', 'verzuimcoach-coordinator'];

/**
 * The grant rule (SECURITY.md): nobody gives themself a role; a role that reads other people's
 * records (oco, verzuimcoach-coordinator) is given only by a school admin who holds that role too, or
 * by the IT admin through the roles file. Removing roles is always allowed (the last admin aside).
 */
export function canGrantRoles({
  actor,
  targetUserId,
  currentRoles,
  roles,
}: {
  readonly actor: Actor;
  readonly targetUserId: string;
  readonly currentRoles: readonly Role[];
  readonly roles: readonly Role[];
}): AccessDecision {
  const admin = canManageRoles(actor);
  if (!admin.allowed) return admin;
  const added = roles.filter((role) => !currentRoles.includes(role));
  if (added.length === 0) return allow;
  if (targetUserId === actor.userId) return refuse('selfGrant');
  if (added.some((role) => recordReadingRoles.includes(role) && !hasRole(actor, role))) return refuse('grantAboveOwn');
  return allow;
}
