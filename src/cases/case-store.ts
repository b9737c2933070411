import type { Container } from '@azure/cosmos';
import { StoreError, toStoreError } from '../storage/store-errors.js';
import { withStoreRetry } from '../storage/store-retry.js';
import { parseCaseDocument, type CaseDocument, type CaseRecord } from './case-record.js';

/**
 * Where cases live. `create` rejects with `StoreError('conflict')` when the case exists; `replace` with
 * `StoreError('preconditionFailed')` when the etag is stale.
 */
export type CaseStore = {
  readonly create: (document: CaseDocument) => Promise<CaseRecord>;
  readonly read: (schoolId: string, id: string) => Promise<CaseRecord | undefined>;
  readonly replace: (document: CaseDocument, etag: string) => Promise<CaseRecord>;
  /** The school's cases; only the mentor's own when `mentorUserId` is given. */
  readonly list: (schoolId: string, filter?: { readonly mentorUserId?: string }) => Promise<CaseRecord[]>;
};

export class MemoryCaseStore implements CaseStore {
  private readonly cases = new Map<string, CaseRecord>();
  private version = 0;
  private key = (schoolId: string, id: string) => `${schoolId}\u0000${id}`;
  private stamp = (document: CaseDocument): CaseRecord => ({
    ...structuredClone(document),
    etag: `"${(this.version += 1)}"`,
  });

  create = async (document: CaseDocument) => {
    const key = this.key(document.schoolId, document.id);
    if (this.cases.has(key)) throw new StoreError('conflict', false);
    const record = this.stamp(document);
    this.cases.set(key, record);
    return record;
  };
  read = async (schoolId: string, id: string) => this.cases.get(this.key(schoolId, id));
  replace = async (document: CaseDocument, etag: string) => {
    const key = this.key(document.schoolId, document.id);
    const current = this.cases.get(key);
    if (!current) throw new StoreError('notFound', false);
    if (current.etag !== etag) throw new StoreError('preconditionFailed', false);
    const record = this.stamp(document);
    this.cases.set(key, record);
    return record;
  };
  list = async (schoolId: string, { mentorUserId }: { readonly mentorUserId?: string } = {}) =>
    [...this.cases.values()].filter(
      (record) => record.schoolId === schoolId && (!mentorUserId || record.mentor.userId === mentorUserId),
    );
}

function toDocument(document: CaseDocument): Record<string, unknown> & { id: string } {
  const { etag: _etag, ...rest } = document as CaseDocument & { etag?: string };
  return { ...rest, ttl: rest.ttl ?? undefined };
}

/**
 * Cases in the `cases` container, partitioned by `/schoolId`: every read and query names the actor's school,
 * so another school's cases cannot come back.
 */
export function createCosmosCaseStore(container: Container): CaseStore {
  return {
    create: async (document) => {
      const { resource } = await withStoreRetry(() => container.items.create(toDocument(document)));
      return parseCaseDocument(resource);
    },
    read: async (schoolId, id) => {
      try {
        const { resource } = await withStoreRetry(() => container.item(id, schoolId).read());
        return resource ? parseCaseDocument(resource) : undefined;
      } catch (error) {
        if (toStoreError(error).reason === 'notFound') return undefined;
        throw error;
      }
    },
    replace: async (document, etag) => {
      const { resource } = await withStoreRetry(() =>
        container
          .item(document.id, document.schoolId)
          .replace(toDocument(document), { accessCondition: { type: 'IfMatch', condition: etag } }),
      );
      return parseCaseDocument(resource);
    },
    list: async (schoolId, { mentorUserId } = {}) => {
      const conditions = ['c.docType = @docType', 'c.schoolId = @schoolId'];
      const parameters = [
        { name: '@docType', value: 'case' },
        { name: '@schoolId', value: schoolId },
      ];
      if (mentorUserId) {
        conditions.push('c.mentor.userId = @mentor');
        parameters.push({ name: '@mentor', value: mentorUserId });
      }
      const { resources } = await withStoreRetry(() =>
        container.items
          .query({ query: `SELECT * FROM c WHERE ${conditions.join(' AND ')}`, parameters }, { partitionKey: schoolId })
          .fetchAll(),
      );
      return resources
        .map(parseCaseDocument)
        .filter((record) => record.schoolId === schoolId && (!mentorUserId || record.mentor.userId === mentorUserId));
    },
  };
}
