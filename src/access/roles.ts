import { z } from 'zod';

/**
 * What a member of a school may do. `oco` is the ondersteuningscoördinator / zorgcoördinator.
 * A verzuimcoach coordinator belongs to the samenwerkingsverband but is listed per school it serves.
 */
export const roleSchema = z.enum(['mentor', 'oco', 'verzuimcoach-coordinator', 'school-admin']);
export type Role = z.infer<typeof roleSchema>;

export const allRoles: readonly Role[] = roleSchema.options;

/** Dutch labels, as users read them. */
export const roleLabels: Readonly<Record<Role, string>> = {
  mentor: 'Mentor',
  oco: 'Zorgcoördinator (oco)',
  'verzuimcoach-coordinator': 'Coördinator verzuimcoaches',
  'school-admin': 'Schoolbeheerder',
};

/** Who holds a role, as a sentence names them ("Ik stuur de zorgcoördinator (oco) een bericht"). */
export const roleHolderNames: Readonly<Record<Role, string>> = {
  mentor: 'de mentor',
  oco: 'de zorgcoördinator (oco)',
  'verzuimcoach-coordinator': 'de coördinator verzuimcoaches',
  'school-admin': 'de schoolbeheerder',
};
