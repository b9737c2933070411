import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../storage/cosmos-connection.js';
import { AccessDeniedError } from './access-errors.js';
import { createAccessService } from './access-service.js';
import { createCosmosRoleDirectory } from './cosmos-role-directory.js';
import { fileURLToPath } from 'node:url';
import { bootstrapRoleDirectory, loadRolesFile, rolesFileSchema } from './roles-file.js';

describe('the role directory on Cosmos DB', () => {
  let connection: CosmosConnection;
  beforeAll(async () => {
    connection = await connectCosmos({
      cosmos: { database: `roles-${randomUUID().slice(0, 8)}` },
      logger: createSilentLogger(),
    });
  });
  afterAll(() => connection.close());

  it('should bootstrap from the roles file, keep chat changes on a rerun, and refuse another tenant', async () => {
    const directory = createCosmosRoleDirectory(connection.containers.directory);
    const file = rolesFileSchema.parse({
      schools: [
        {
          id: 'school-a',
          name: 'School A',
          tenantId: 'tenant-a',
          members: [
            { userId: 'u-admin', name: 'Admin', roles: ['school-admin', 'oco'] },
            { userId: 'u-mentor', name: 'Mentor', roles: ['mentor'] },
          ],
        },
        { id: 'school-b', name: 'School B', members: [] },
      ],
    });
    await bootstrapRoleDirectory({ directory, file });
    const access = createAccessService({ directory });
    const admin = await access.resolveActor({ userId: 'u-admin', tenantId: 'tenant-a' });
    expect(admin).toMatchObject({
      schoolId: 'school-a',
      schoolName: 'School A',
      roles: ['school-admin', 'oco'],
      demo: false,
    });
    await access.setRoles({ actor: admin, userId: 'u-mentor', roles: ['mentor', 'oco'] });
    await bootstrapRoleDirectory({ directory, file });
    expect((await access.resolveActor({ userId: 'u-mentor', tenantId: 'tenant-a' })).roles).toEqual(['mentor', 'oco']);
    await expect(access.resolveActor({ userId: 'u-mentor', tenantId: 'tenant-x' })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(access.resolveActor({ userId: 'nobody' })).rejects.toMatchObject({ reason: 'unknownUser' });
  });

  it('should move a user between schools without leaving them listed at the old one', async () => {
    const directory = createCosmosRoleDirectory(connection.containers.directory);
    const entry = {
      userId: 'u-moving',
      name: 'Verhuizer',
      roles: ['mentor'] as const,
      updatedAt: new Date().toISOString(),
      updatedBy: 'test',
    };
    await directory.putSchool({ schoolId: 'school-c', name: 'C' });
    await directory.putSchool({ schoolId: 'school-d', name: 'D' });
    await directory.putMember({ ...entry, schoolId: 'school-c' });
    await directory.putMember({ ...entry, schoolId: 'school-d' });
    expect((await directory.listMembers('school-c')).map((member) => member.userId)).not.toContain('u-moving');
    expect((await directory.findMembership('u-moving'))?.school.schoolId).toBe('school-d');
  });

  it('should read the documented example roles file', () => {
    const file = loadRolesFile(fileURLToPath(new URL('../../config/roles.example.yaml', import.meta.url)));
    expect(file.schools[0]!.members.map((member) => member.roles).flat()).toEqual(
      expect.arrayContaining(['mentor', 'oco', 'verzuimcoach-coordinator', 'school-admin']),
    );
  });

  it('should reject a roles file that lists a user twice or uses the demo id', () => {
    expect(rolesFileSchema.safeParse({ schools: [{ id: 'demo', name: 'x' }] }).success).toBe(false);
    expect(
      rolesFileSchema.safeParse({
        schools: [
          { id: 'aa', name: 'A', members: [{ userId: 'u', name: 'U', roles: ['mentor'] }] },
          { id: 'bb', name: 'B', members: [{ userId: 'u', name: 'U', roles: ['oco'] }] },
        ],
      }).success,
    ).toBe(false);
    expect(
      rolesFileSchema.safeParse({
        schools: [{ id: 'aa', name: 'A', members: [{ userId: 'u', name: 'U', roles: ['rector'] }] }],
      }).success,
    ).toBe(false);
  });
});
