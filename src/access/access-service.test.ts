import { describe, expect, it } from 'vitest';
import { MemoryAuditTrail } from '../dossier/audit-trail.js';
import { AccessDeniedError } from './access-errors.js';
import { createAccessService } from './access-service.js';
import type { Actor } from './actor.js';
import { MemoryRoleDirectory } from './role-directory.js';

async function setUp({ requireTenant, tenantId }: { readonly requireTenant: boolean; readonly tenantId?: string }) {
  const directory = new MemoryRoleDirectory();
  await directory.putSchool({ schoolId: 'school-a', name: 'A', ...(tenantId ? { tenantId } : {}) });
  const updatedAt = '2026-12-01T00:00:00Z';
  await directory.putMember({
    schoolId: 'school-a',
    userId: 'oco',
    name: 'Oco',
    roles: ['oco'],
    updatedAt,
    updatedBy: 'test',
  });
  await directory.putMember({
    schoolId: 'school-a',
    userId: 'admin',
    name: 'Admin',
    roles: ['school-admin'],
    updatedAt,
    updatedBy: 'test',
  });
  await directory.putMember({
    schoolId: 'school-a',
    userId: 'admin-oco',
    name: 'Admin Oco',
    roles: ['school-admin', 'oco'],
    updatedAt,
    updatedBy: 'test',
  });
  await directory.putMember({
    schoolId: 'school-a',
    userId: 'mentor',
    name: 'Mentor',
    roles: ['mentor'],
    updatedAt,
    updatedBy: 'test',
  });
  const audit = new MemoryAuditTrail();
  return { access: createAccessService({ directory, audit, requireTenant }), audit };
}

const reasonOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    (error: unknown) => (error instanceof AccessDeniedError ? error.reason : String(error)),
  );

describe('createAccessService', () => {
  it('should refuse an identity without a tenant in Teams mode, or for a school bound to a tenant', async () => {
    expect(await reasonOf((await setUp({ requireTenant: true })).access.resolveActor({ userId: 'oco' }))).toBe(
      'noTenant',
    );
    expect(
      await reasonOf((await setUp({ requireTenant: false, tenantId: 't' })).access.resolveActor({ userId: 'oco' })),
    ).toBe('noTenant');
    expect(await reasonOf((await setUp({ requireTenant: false })).access.resolveActor({ userId: 'oco' }))).toBe(
      'allowed',
    );
    expect(
      await reasonOf(
        (await setUp({ requireTenant: true, tenantId: 't' })).access.resolveActor({ userId: 'oco', tenantId: 't' }),
      ),
    ).toBe('allowed');
  });

  it('should follow the grant rule: no self-grant, record-reading roles only from an admin holding them', async () => {
    const { access, audit } = await setUp({ requireTenant: false });
    const actor = async (userId: string): Promise<Actor> => access.resolveActor({ userId });
    expect(
      await reasonOf(access.setRoles({ actor: await actor('admin'), userId: 'admin', roles: ['school-admin', 'oco'] })),
    ).toBe('selfGrant');
    expect(
      await reasonOf(access.setRoles({ actor: await actor('admin'), userId: 'mentor', roles: ['mentor', 'oco'] })),
    ).toBe('grantAboveOwn');
    expect(
      await reasonOf(
        access.setRoles({ actor: await actor('admin'), userId: 'mentor', roles: ['mentor', 'school-admin'] }),
      ),
    ).toBe('allowed');
    expect(await reasonOf(access.setRoles({ actor: await actor('admin'), userId: 'oco', roles: [] }))).toBe('allowed');
    expect(await reasonOf(access.setRoles({ actor: await actor('admin-oco'), userId: 'oco', roles: ['oco'] }))).toBe(
      'allowed',
    );
    expect(audit.entries.filter((entry) => entry.outcome === 'refused').map((entry) => entry.reason)).toEqual([
      'selfGrant',
      'grantAboveOwn',
    ]);
  });
});
