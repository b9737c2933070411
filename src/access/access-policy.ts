import { hasRole, type Actor } from './actor.js';
import type { AccessDeniedReason } from './access-errors.js';
import { createAccessPolicy, type AccessDecision } from './record-access.js';
import type { Role } from './roles.js';

export type { AccessDecision, GuardedRecord } from './record-access.js';

const allow: AccessDecision = { allowed: true };
const refuse = (reason: AccessDeniedReason): AccessDecision => ({ allowed: false, reason });

/**
 * The policy under the general rule only (mentors and the oco file, the oco reads): for record types
 * without a rule of their own, such as the gespreksverslag. Forms' rules come with their definitions
 * (`createAccessPolicy` over the form catalog's rules).
 */
const generalPolicy = createAccessPolicy();
export const { canCreate, canRead, canChangeStatus, listScope } = generalPolicy;

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
