import type { Role } from './roles.js';

/** Who is talking to the bot, as the channel says: no school or roles yet. */
export type Identity = {
  /** The Entra ID object id (`from.aadObjectId`) or, without one, the channel's user id. */
  readonly userId: string;
  readonly name?: string;
  readonly tenantId?: string;
};

/** An identity resolved against the role directory: the school it acts for and its roles there. */
export type Actor = {
  readonly userId: string;
  readonly name: string;
  readonly schoolId: string;
  readonly schoolName: string;
  readonly roles: readonly Role[];
  /** True for the demo school of anonymous local mode: nothing here is real. */
  readonly demo: boolean;
};

export const demoSchool = { schoolId: 'demo', name: 'Demoschool — alleen voor uitproberen' } as const;

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
