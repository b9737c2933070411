import type { Container } from '@azure/cosmos';
import { toStoreError } from '../storage/store-errors.js';
import { withStoreRetry } from '../storage/store-retry.js';
import {
  memberEntrySchema,
  toSchoolEntry,
  userKey,
  type MemberEntry,
  type PutOptions,
  type RoleDirectory,
  type SchoolEntry,
} from './role-directory.js';

/** Partition of the user index: user id → school, so a lookup is a point read, not a cross-partition query. */
const userIndexPartition = '_users';

async function createOrReplace(
  container: Container,
  document: Record<string, unknown> & { id: string },
  onlyIfMissing: boolean,
): Promise<void> {
  if (!onlyIfMissing) {
    await withStoreRetry(() => container.items.upsert(document));
    return;
  }
  try {
    await withStoreRetry(() => container.items.create(document));
  } catch (error) {
    if (toStoreError(error).reason !== 'conflict') throw error;
  }
}

async function readItem(container: Container, id: string, partition: string): Promise<unknown> {
  try {
    const { resource } = await withStoreRetry(() => container.item(id, partition).read());
    return resource;
  } catch (error) {
    if (toStoreError(error).reason === 'notFound') return undefined;
    throw error;
  }
}

/**
 * The role directory in the `directory` container (partitioned by `/schoolId`):
 * one `school` document and one `member` document per user in the school's partition, plus a
 * `userIndex` document per user in the `_users` partition.
 */
export function createCosmosRoleDirectory(container: Container): RoleDirectory {
  const getSchool = async (schoolId: string): Promise<SchoolEntry | undefined> => {
    const resource = await readItem(container, 'school', schoolId);
    return resource ? toSchoolEntry(resource) : undefined;
  };
  const getMember = async (schoolId: string, userId: string): Promise<MemberEntry | undefined> => {
    const resource = await readItem(container, `member-${userKey(userId)}`, schoolId);
    return resource ? memberEntrySchema.parse(resource) : undefined;
  };
  return {
    getSchool,
    findMembership: async (userId) => {
      const index = (await readItem(container, `user-${userKey(userId)}`, userIndexPartition)) as
        { memberSchoolId?: unknown } | undefined;
      if (typeof index?.memberSchoolId !== 'string') return undefined;
      const [school, member] = await Promise.all([
        getSchool(index.memberSchoolId),
        getMember(index.memberSchoolId, userId),
      ]);
      return school && member ? { school, member } : undefined;
    },
    listMembers: async (schoolId) => {
      const { resources } = await withStoreRetry(() =>
        container.items
          .query(
            {
              query: 'SELECT * FROM c WHERE c.docType = @docType AND c.schoolId = @schoolId',
              parameters: [
                { name: '@docType', value: 'member' },
                { name: '@schoolId', value: schoolId },
              ],
            },
            { partitionKey: schoolId },
          )
          .fetchAll(),
      );
      return resources
        .map((resource) => memberEntrySchema.parse(resource))
        .filter((member) => member.schoolId === schoolId);
    },
    putSchool: async (school, { onlyIfMissing = false }: PutOptions = {}) => {
      await createOrReplace(container, { id: 'school', docType: 'school', ...school }, onlyIfMissing);
    },
    putMember: async (member, { onlyIfMissing = false }: PutOptions = {}) => {
      if (onlyIfMissing && (await getMember(member.schoolId, member.userId))) return;
      const key = userKey(member.userId);
      // A user belongs to one school: moving them removes the entry at the old school.
      const index = (await readItem(container, `user-${key}`, userIndexPartition)) as
        { memberSchoolId?: unknown } | undefined;
      if (typeof index?.memberSchoolId === 'string' && index.memberSchoolId !== member.schoolId) {
        await withStoreRetry(() => container.item(`member-${key}`, index.memberSchoolId as string).delete()).catch(
          (error: unknown) => {
            if (toStoreError(error).reason !== 'notFound') throw error;
          },
        );
      }
      await createOrReplace(
        container,
        { id: `member-${key}`, docType: 'member', ...member, roles: [...member.roles] },
        false,
      );
      await createOrReplace(
        container,
        {
          id: `user-${key}`,
          schoolId: userIndexPartition,
          docType: 'userIndex',
          userId: member.userId,
          memberSchoolId: member.schoolId,
        },
        false,
      );
    },
  };
}
