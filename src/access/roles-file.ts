import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import type { RoleDirectory } from './role-directory.js';
import { roleSchema } from './roles.js';

const schoolIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'use lower-case letters, digits and dashes (2-63 characters)');

/** The roles file (`ROLES_FILE`, see `config/roles.example.yaml`): schools and who has which role there. */
export const rolesFileSchema = z
  .object({
    schools: z
      .array(
        z
          .object({
            id: schoolIdSchema.refine((id) => id !== 'demo', 'the id "demo" is reserved for the demo school'),
            name: z.string().min(1).max(200),
            /** Entra ID tenant of the school's accounts; when set, users from another tenant are refused. */
            tenantId: z.string().min(1).optional(),
            members: z
              .array(
                z
                  .object({
                    /** Entra ID object id (`aadObjectId`) of the user. */
                    userId: z.string().min(1).max(200),
                    name: z.string().min(1).max(200),
                    roles: z.array(roleSchema).min(1),
                  })
                  .strict(),
              )
              .default([]),
          })
          .strict(),
      )
      .min(1),
  })
  .strict()
  .superRefine((file, context) => {
    const seen = new Map<string, string>();
    for (const school of file.schools) {
      for (const member of school.members) {
        const other = seen.get(member.userId);
        if (other)
          context.addIssue({
            code: 'custom',
            path: ['schools'],
            message: `user ${member.userId} is listed in both ${other} and ${school.id}; a user belongs to one school`,
          });
        seen.set(member.userId, school.id);
      }
    }
  });
export type RolesFile = z.infer<typeof rolesFileSchema>;

export class RolesFileError extends Error {
  override name = 'RolesFileError';
  constructor(
    readonly path: string,
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    super(`Roles file ${path}: ${problem}. See config/roles.example.yaml for the format.`, options);
  }
}

/** Reads and validates the roles file; throws a {@link RolesFileError} that names the problem. */
export function loadRolesFile(path: string): RolesFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RolesFileError(path, 'cannot be read (set ROLES_FILE to an existing file)', { cause: error });
  }
  const parsed = rolesFileSchema.safeParse(parse(text));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new RolesFileError(path, `${issue.path.join('.') || 'file'} ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Writes the file's schools and members into the directory when they are not there yet: the file
 * bootstraps the directory, and role changes made in chat afterwards are kept across restarts.
 */
export async function bootstrapRoleDirectory({
  directory,
  file,
  now = () => new Date(),
}: {
  readonly directory: RoleDirectory;
  readonly file: RolesFile;
  readonly now?: () => Date;
}): Promise<void> {
  for (const school of file.schools) {
    await directory.putSchool(
      { schoolId: school.id, name: school.name, ...(school.tenantId ? { tenantId: school.tenantId } : {}) },
      { onlyIfMissing: true },
    );
    for (const member of school.members) {
      await directory.putMember(
        {
          schoolId: school.id,
          userId: member.userId,
          name: member.name,
          roles: member.roles,
          updatedAt: now().toISOString(),
          updatedBy: 'roles-file',
        },
        { onlyIfMissing: true },
      );
    }
  }
}
