import { describe, expect, it } from 'vitest';
import type { Actor } from './actor.js';
import { createAccessPolicy } from './record-access.js';
import type { MemberEntry } from './role-directory.js';
import type { Role } from './roles.js';

const actor = (userId: string, roles: Role[]): Actor => ({
  userId,
  name: userId,
  schoolId: 'school-a',
  schoolName: 'School A',
  roles,
  demo: false,
});
const member = (userId: string, roles: Role[]): MemberEntry => ({
  schoolId: 'school-a',
  userId,
  name: userId,
  roles,
  updatedAt: '2026-12-01T00:00:00Z',
  updatedBy: 'test',
});
const filed = (recordType: string, by: string) => ({
  schoolId: 'school-a',
  recordType,
  status: 'ingediend',
  createdBy: { userId: by },
});

describe('createAccessPolicy', () => {
  const policy = createAccessPolicy({
    referral: { file: ['mentor'], read: ['oco', 'verzuimcoach-coordinator'], notify: ['verzuimcoach-coordinator'] },
  });

  it("should let a type's own readers read and handle it, and keep the general rule for other types", () => {
    const coach = actor('coach', ['verzuimcoach-coordinator']);
    expect(policy.canRead(coach, filed('referral', 'mentor')).allowed).toBe(true);
    expect(policy.canChangeStatus(coach, filed('referral', 'mentor'), 'afgerond').allowed).toBe(true);
    expect(policy.canRead(coach, filed('gespreksverslag', 'mentor')).allowed).toBe(false);
    expect(policy.canRead(actor('oco', ['oco']), filed('gespreksverslag', 'mentor')).allowed).toBe(true);
    expect(policy.listScope(coach)).toEqual({ all: false, recordTypes: ['referral'] });
  });

  it('should let only the roles of the rule file a record of that type', () => {
    expect(policy.canCreate(actor('oco', ['oco']), 'referral').allowed).toBe(false);
    expect(policy.canCreate(actor('oco', ['oco']), 'gespreksverslag').allowed).toBe(true);
    expect(policy.canCreate(actor('mentor', ['mentor']), 'referral').allowed).toBe(true);
  });

  it('should notify the roles of the rule, never the filer', () => {
    const members = [member('m', ['mentor']), member('c', ['verzuimcoach-coordinator']), member('o', ['oco'])];
    const recipients = (recordType: string, filer: Actor) =>
      policy.recipients({ filer, recordType, members }).map((entry) => entry.userId);
    expect(recipients('referral', actor('m', ['mentor']))).toEqual(['c']);
    expect(recipients('gespreksverslag', actor('m', ['mentor']))).toEqual(['o']);
    expect(recipients('gespreksverslag', actor('o', ['oco']))).toEqual([]);
  });
});
