import type { TeamsUser } from '../../test/helpers/teams-activity.js';

/** A distinct Teams user per simulated conversation, so per-user state does not serialise the load. */
export function loadUser(index: number, prefix = 'load'): TeamsUser {
  const suffix = String(index).padStart(4, '0');
  return { id: `29:1-${prefix}-${suffix}`, aadObjectId: `aad-${prefix}-${suffix}`, name: `Mentor ${prefix} ${suffix}` };
}
