import { hasRole, type Actor } from './actor.js';
import type { AccessDeniedReason } from './access-errors.js';
import type { MemberEntry } from './role-directory.js';
import type { Role } from './roles.js';

/**
 * Who may do what with one type of dossier record. Each form's definition holds its own rule; a record
 * type without one (the gespreksverslag) follows {@link generalRecordAccess}.
 */
export type RecordAccessRule = {
  /** Roles that may file it. */
  readonly file: readonly Role[];
  /**
   * Roles that read and handle (take in behandeling, close) such records filed by others in their school.
   * The oco reads every record of the school whatever the rule says; the one who filed it always reads it.
   */
  readonly read: readonly Role[];
  /** Roles told in Teams when one is filed (the one who filed it never is). */
  readonly notify: readonly Role[];
};

/** The general rule: mentors and the oco file; the oco reads, handles and is told. */
export const generalRecordAccess: RecordAccessRule = { file: ['mentor', 'oco'], read: ['oco'], notify: ['oco'] };

/** Rules by record type. */
export type RecordAccessRules = Readonly<Record<string, RecordAccessRule>>;

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

export type AccessPolicy = {
  /** Whether the actor may file a record of this type. */
  readonly canCreate: (actor: Actor, recordType: string) => AccessDecision;
  /** Reading: the one who filed it and the rule's readers (the oco always). Never a record of another school. */
  readonly canRead: (actor: Actor, record: GuardedRecord) => AccessDecision;
  /**
   * Status changes. Taking in behandeling and closing: the rule's readers. Withdrawing: the one who filed it,
   * or the oco. Sending a concept: only the one who wrote it.
   */
  readonly canChangeStatus: (actor: Actor, record: GuardedRecord, to: string) => AccessDecision;
  /** Whether the actor sees more than their own records in the overzicht, and which types. */
  readonly listScope: (actor: Actor) => { readonly all: boolean; readonly recordTypes?: readonly string[] };
  /** The school's members to tell that `filer` filed a record of this type. */
  readonly recipients: (request: {
    readonly filer: Actor;
    readonly recordType: string;
    readonly members: readonly MemberEntry[];
  }) => MemberEntry[];
  /** The roles told when a record of this type is filed. */
  readonly notifyRoles: (recordType: string) => readonly Role[];
};

/**
 * The access policy over per-type rules (pure functions).
 * @example const policy = createAccessPolicy({ referral: { file: ['mentor'], read: ['oco'], notify: ['oco'] } });
 */
export function createAccessPolicy(rules: RecordAccessRules = {}): AccessPolicy {
  const ruleOf = (recordType: string) => (Object.hasOwn(rules, recordType) ? rules[recordType] : undefined);
  const reads = (actor: Actor, recordType: string) =>
    hasRole(actor, 'oco') || (ruleOf(recordType) ?? generalRecordAccess).read.some((role) => hasRole(actor, role));
  const canRead = (actor: Actor, record: GuardedRecord): AccessDecision => {
    if (record.schoolId !== actor.schoolId) return refuse('otherSchool');
    if (record.createdBy.userId === actor.userId) return allow;
    // A concept is the writer's own until it is filed.
    if (record.status === 'concept') return refuse('notOwner');
    return reads(actor, record.recordType) ? allow : refuse('notOwner');
  };
  const notifyRoles = (recordType: string) => (ruleOf(recordType) ?? generalRecordAccess).notify;
  return {
    canCreate: (actor, recordType) =>
      (ruleOf(recordType) ?? generalRecordAccess).file.some((role) => hasRole(actor, role))
        ? allow
        : refuse('notAllowed'),
    canRead,
    canChangeStatus: (actor, record, to) => {
      const read = canRead(actor, record);
      if (!read.allowed) return read;
      const owner = record.createdBy.userId === actor.userId;
      switch (to) {
        case 'in-behandeling':
        case 'afgerond':
          return reads(actor, record.recordType) ? allow : refuse('notAllowed');
        case 'ingetrokken':
          return owner || hasRole(actor, 'oco') ? allow : refuse('notAllowed');
        case 'ingediend':
        case 'concept':
          return owner ? allow : refuse('notOwner');
        default:
          return refuse('notAllowed');
      }
    },
    listScope: (actor) => {
      if (hasRole(actor, 'oco')) return { all: true };
      const recordTypes = Object.keys(rules).filter((recordType) =>
        rules[recordType]!.read.some((role) => role !== 'oco' && hasRole(actor, role)),
      );
      return recordTypes.length > 0 ? { all: false, recordTypes } : { all: false };
    },
    recipients: ({ filer, recordType, members }) =>
      members.filter(
        (member) =>
          member.userId !== filer.userId && notifyRoles(recordType).some((role) => member.roles.includes(role)),
      ),
    notifyRoles,
  };
}
