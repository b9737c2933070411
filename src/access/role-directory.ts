import { createHash } from 'node:crypto';
import { z } from 'zod';
import { roleSchema, type Role } from './roles.js';

export type SchoolEntry = { readonly schoolId: string; readonly name: string; readonly tenantId?: string };

export type MemberEntry = {
  readonly schoolId: string;
  readonly userId: string;
  readonly name: string;
  readonly roles: readonly Role[];
  readonly updatedAt: string;
  /** Who set these roles: a user id, or `roles-file` for the bootstrap. */
  readonly updatedBy: string;
};

export type PutOptions = {
  /** Keep an existing entry (bootstrap: a change made in chat wins over the file). @default false */
  readonly onlyIfMissing?: boolean;
};

/**
 * Which school each user acts for and with which roles. One school per user: a verzuimcoach
 * coordinator serving several schools is listed under the one it works for through this bot.
 */
export type RoleDirectory = {
  readonly findMembership: (
    userId: string,
  ) => Promise<{ readonly school: SchoolEntry; readonly member: MemberEntry } | undefined>;
  readonly getSchool: (schoolId: string) => Promise<SchoolEntry | undefined>;
  readonly listMembers: (schoolId: string) => Promise<MemberEntry[]>;
  readonly putSchool: (school: SchoolEntry, options?: PutOptions) => Promise<void>;
  readonly putMember: (member: MemberEntry, options?: PutOptions) => Promise<void>;
};

/** A stable Cosmos-safe id part for a channel user id (which may hold `:` and other characters). */
export function userKey(userId: string): string {
  return createHash('sha256').update(userId).digest('hex').slice(0, 40);
}

export const schoolEntrySchema = z.object({ schoolId: z.string(), name: z.string(), tenantId: z.string().nullish() });
export const memberEntrySchema = z.object({
  schoolId: z.string(),
  userId: z.string(),
  name: z.string(),
  // Lenient on read: a role this version does not know is dropped rather than failing the lookup.
  roles: z
    .array(z.string())
    .transform((roles) => roles.filter((role): role is Role => roleSchema.safeParse(role).success)),
  updatedAt: z.string(),
  updatedBy: z.string(),
});

export function toSchoolEntry(value: unknown): SchoolEntry {
  const { tenantId, ...rest } = schoolEntrySchema.parse(value);
  return tenantId ? { ...rest, tenantId } : rest;
}

/** An in-memory directory for unit tests and runs without a store. */
export class MemoryRoleDirectory implements RoleDirectory {
  readonly schools = new Map<string, SchoolEntry>();
  readonly members = new Map<string, MemberEntry>();

  findMembership = async (userId: string) => {
    const member = this.members.get(userId);
    const school = member && this.schools.get(member.schoolId);
    return member && school ? { school, member } : undefined;
  };
  getSchool = async (schoolId: string) => this.schools.get(schoolId);
  listMembers = async (schoolId: string) => [...this.members.values()].filter((member) => member.schoolId === schoolId);
  putSchool = async (school: SchoolEntry, { onlyIfMissing = false }: PutOptions = {}) => {
    if (onlyIfMissing && this.schools.has(school.schoolId)) return;
    this.schools.set(school.schoolId, school);
  };
  putMember = async (member: MemberEntry, { onlyIfMissing = false }: PutOptions = {}) => {
    if (onlyIfMissing && this.members.has(member.userId)) return;
    this.members.set(member.userId, member);
  };
}
