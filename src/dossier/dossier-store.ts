import type { Container } from '@azure/cosmos';
import { StoreError, toStoreError } from '../storage/store-errors.js';
import { withStoreRetry, type StoreRetryOptions } from '../storage/store-retry.js';
import { parseDossierDocument, type DossierDocument, type DossierRecord, type RecordStatus, type RecordType } from './dossier-record.js';

export type DossierFilter = {
  readonly recordTypes?: readonly RecordType[];
  readonly status?: RecordStatus;
  /** Only records filed by this user. */
  readonly createdBy?: string;
};

/**
 * Where dossier records live. `create` rejects with `StoreError('conflict')` when the id exists in the
 * school's partition; `replace` rejects with `StoreError('preconditionFailed')` when the etag is stale.
 */
export type DossierStore = {
  readonly create: (document: DossierDocument) => Promise<DossierRecord>;
  readonly read: (schoolId: string, id: string) => Promise<DossierRecord | undefined>;
  readonly replace: (document: DossierDocument, etag: string) => Promise<DossierRecord>;
  readonly list: (schoolId: string, filter: DossierFilter) => Promise<DossierRecord[]>;
};

function matches(record: DossierDocument, { recordTypes, status, createdBy }: DossierFilter): boolean {
  return (!recordTypes || recordTypes.includes(record.recordType)) && (!status || record.status === status) && (!createdBy || record.createdBy.userId === createdBy);
}

export class MemoryDossierStore implements DossierStore {
  private readonly records = new Map<string, DossierRecord>();
  private version = 0;
  private key = (schoolId: string, id: string) => `${schoolId}\u0000${id}`;
  private stamp = (document: DossierDocument): DossierRecord => ({ ...structuredClone(document), etag: `"${(this.version += 1)}"` });

  create = async (document: DossierDocument) => {
    const key = this.key(document.schoolId, document.id);
    if (this.records.has(key)) throw new StoreError('conflict', false);
    const record = this.stamp(document);
    this.records.set(key, record);
    return record;
  };
  read = async (schoolId: string, id: string) => this.records.get(this.key(schoolId, id));
  replace = async (document: DossierDocument, etag: string) => {
    const key = this.key(document.schoolId, document.id);
    const current = this.records.get(key);
    if (!current) throw new StoreError('notFound', false);
    if (current.etag !== etag) throw new StoreError('preconditionFailed', false);
    const record = this.stamp(document);
    this.records.set(key, record);
    return record;
  };
  list = async (schoolId: string, filter: DossierFilter) => [...this.records.values()].filter((record) => record.schoolId === schoolId && matches(record, filter));
}

/** Strips the read-back fields so a record can be written again. */
function toDocument(document: DossierDocument): Record<string, unknown> & { id: string } {
  const { etag: _etag, ...rest } = document as DossierDocument & { etag?: string };
  return { ...rest, history: [...rest.history], ttl: rest.ttl ?? undefined };
}

/**
 * Dossier records in the `dossier` container, partitioned by `/schoolId`: every read and query names the
 * actor's school as partition key, so another school's records cannot come back.
 */
export function createCosmosDossierStore(container: Container, retry?: StoreRetryOptions): DossierStore {
  return {
    create: async (document) => {
      const { resource } = await withStoreRetry(() => container.items.create(toDocument(document)), retry);
      return parseDossierDocument(resource);
    },
    read: async (schoolId, id) => {
      try {
        const { resource } = await withStoreRetry(() => container.item(id, schoolId).read(), retry);
        return resource ? parseDossierDocument(resource) : undefined;
      } catch (error) {
        if (toStoreError(error).reason === 'notFound') return undefined;
        throw error;
      }
    },
    replace: async (document, etag) => {
      const { resource } = await withStoreRetry(
        () => container.item(document.id, document.schoolId).replace(toDocument(document), { accessCondition: { type: 'IfMatch', condition: etag } }),
        retry,
      );
      return parseDossierDocument(resource);
    },
    list: async (schoolId, filter) => {
      // The partition key already limits the query to the school; the condition says so again.
      const conditions = ['c.docType = @docType', 'c.schoolId = @schoolId'];
      const parameters: { name: string; value: string }[] = [
        { name: '@docType', value: 'dossierRecord' },
        { name: '@schoolId', value: schoolId },
      ];
      if (filter.status) {
        conditions.push('c.status = @status');
        parameters.push({ name: '@status', value: filter.status });
      }
      if (filter.createdBy) {
        conditions.push('c.createdBy.userId = @createdBy');
        parameters.push({ name: '@createdBy', value: filter.createdBy });
      }
      const { resources } = await withStoreRetry(
        () => container.items.query({ query: `SELECT * FROM c WHERE ${conditions.join(' AND ')}`, parameters }, { partitionKey: schoolId }).fetchAll(),
        retry,
      );
      return resources.map(parseDossierDocument).filter((record) => record.schoolId === schoolId && matches(record, filter));
    },
  };
}
