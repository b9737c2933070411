import type { AuditTrail } from '../dossier/audit-trail.js';
import { unknownSchoolId } from '../dossier/audit-trail.js';
import { AccessDeniedError } from './access-errors.js';
import { canGrantRoles, canManageRoles } from './access-policy.js';
import { demoSchool, type Actor, type Identity } from './actor.js';
import { MemoryRoleDirectory, type MemberEntry, type RoleDirectory } from './role-directory.js';
import { allRoles, type Role } from './roles.js';

export type AccessServiceOptions = {
  /** @default an in-memory directory */
  readonly directory?: RoleDirectory;
  /** Where refusals are recorded. @default none */
  readonly audit?: AuditTrail;
  /**
   * Anonymous local mode without a roles file: every user acts in the demo school with every role.
   * @default false
   */
  readonly demoMode?: boolean;
  /**
   * Refuse identities without a tenant (Teams mode: every Teams activity carries one). Without this,
   * a tenant is still required for a school that has a `tenantId`.
   * @default false
   */
  readonly requireTenant?: boolean;
  readonly now?: () => Date;
};

export type AccessService = {
  /** The actor for an identity; throws {@link AccessDeniedError} (`unknownUser`, `wrongTenant`), audited. */
  readonly resolveActor: (identity: Identity) => Promise<Actor>;
  /** The school's members and roles (school admins only). */
  readonly listMembers: (actor: Actor) => Promise<MemberEntry[]>;
  /** Gives a user of the actor's school these roles (school admins only); an empty list removes all roles. */
  readonly setRoles: (request: {
    readonly actor: Actor;
    readonly userId: string;
    readonly name?: string;
    readonly roles: readonly Role[];
  }) => Promise<MemberEntry>;
  readonly demoMode: boolean;
};

/**
 * Identity → actor, and the role directory's changes in chat.
 * @example const actor = await access.resolveActor({ userId: from.aadObjectId, name: from.name });
 */
export function createAccessService({
  directory = new MemoryRoleDirectory(),
  audit,
  demoMode = false,
  requireTenant = false,
  now = () => new Date(),
}: AccessServiceOptions = {}): AccessService {
  const refuse = async (
    reason: AccessDeniedError['reason'],
    entry: {
      schoolId: string;
      userId: string;
      action: 'role-change' | 'role-list' | 'actor-resolve';
      targetUserId?: string;
    },
  ) => {
    await audit?.append({ ...entry, outcome: 'refused', reason });
    return new AccessDeniedError(reason);
  };
  const requireAdmin = async (actor: Actor, action: 'role-change' | 'role-list', targetUserId?: string) => {
    const decision = canManageRoles(actor);
    if (!decision.allowed)
      throw await refuse(decision.reason, {
        schoolId: actor.schoolId,
        userId: actor.userId,
        action,
        ...(targetUserId ? { targetUserId } : {}),
      });
  };

  return {
    demoMode,
    resolveActor: async (identity) => {
      if (demoMode) {
        return {
          userId: identity.userId,
          name: identity.name ?? 'Lokale gebruiker',
          schoolId: demoSchool.schoolId,
          schoolName: demoSchool.name,
          roles: allRoles,
          demo: true,
        };
      }
      const membership = await directory.findMembership(identity.userId);
      if (!membership || membership.member.roles.length === 0) {
        throw await refuse('unknownUser', {
          schoolId: unknownSchoolId,
          userId: identity.userId,
          action: 'actor-resolve',
        });
      }
      const { school, member } = membership;
      if (!identity.tenantId && (requireTenant || school.tenantId)) {
        throw await refuse('noTenant', { schoolId: school.schoolId, userId: identity.userId, action: 'actor-resolve' });
      }
      if (school.tenantId && identity.tenantId && school.tenantId !== identity.tenantId) {
        throw await refuse('wrongTenant', {
          schoolId: school.schoolId,
          userId: identity.userId,
          action: 'actor-resolve',
        });
      }
      return {
        userId: member.userId,
        name: identity.name ?? member.name,
        schoolId: school.schoolId,
        schoolName: school.name,
        roles: member.roles,
        demo: false,
      };
    },
    listMembers: async (actor) => {
      await requireAdmin(actor, 'role-list');
      const members = await directory.listMembers(actor.schoolId);
      await audit?.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: 'role-list',
        outcome: 'allowed',
        count: members.length,
      });
      return members.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    },
    setRoles: async ({ actor, userId, name, roles }) => {
      await requireAdmin(actor, 'role-change', userId);
      const existing = (await directory.listMembers(actor.schoolId)).find((member) => member.userId === userId);
      if (!existing) {
        const elsewhere = await directory.findMembership(userId);
        if (elsewhere && elsewhere.school.schoolId !== actor.schoolId)
          throw await refuse('otherSchool', {
            schoolId: actor.schoolId,
            userId: actor.userId,
            action: 'role-change',
            targetUserId: userId,
          });
      }
      if (existing?.roles.includes('school-admin') && !roles.includes('school-admin')) {
        const admins = (await directory.listMembers(actor.schoolId)).filter((member) =>
          member.roles.includes('school-admin'),
        );
        if (admins.length <= 1)
          throw await refuse('lastAdmin', {
            schoolId: actor.schoolId,
            userId: actor.userId,
            action: 'role-change',
            targetUserId: userId,
          });
      }
      const grant = canGrantRoles({ actor, targetUserId: userId, currentRoles: existing?.roles ?? [], roles });
      if (!grant.allowed)
        throw await refuse(grant.reason, {
          schoolId: actor.schoolId,
          userId: actor.userId,
          action: 'role-change',
          targetUserId: userId,
        });
      const member: MemberEntry = {
        schoolId: actor.schoolId,
        userId,
        name: name ?? existing?.name ?? userId,
        roles: [...new Set(roles)],
        updatedAt: now().toISOString(),
        updatedBy: actor.userId,
      };
      await directory.putMember(member);
      await audit?.append({
        schoolId: actor.schoolId,
        userId: actor.userId,
        action: 'role-change',
        outcome: 'allowed',
        targetUserId: userId,
      });
      return member;
    },
  };
}
