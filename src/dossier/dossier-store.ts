import type { Container } from '@azure/cosmos';
import { StoreError, toStoreError } from '../storage/store-errors.js';
import { withStoreRetry, type StoreRetryOptions } from '../storage/store-retry.js';
import { CreateNotSentError, refusedBeforeSending } from './dossier-errors.js';
import {
  parseDossierDocument,
  type DossierDocument,
  type DossierRecord,
  type RecordStatus,
  type RecordType,
} from './dossier-record.js';

export type DossierFilter = {
  readonly recordTypes?: readonly RecordType[];
  readonly status?: RecordStatus;
  /** Only records filed by this user. */
  readonly createdBy?: string;
};

/**
 * Where dossier records live. `create` rejects with `StoreError('conflict')` when the id exists in the
 * school's partition, and with {@link CreateNotSentError} when no attempt can have been saved (refused connections,
 * 429); `replace` rejects with `StoreError('preconditionFailed')` when the etag is stale.
 */
export type DossierStore = {
  readonly create: (document: DossierDocument) => Promise<DossierRecord>;
  /** `timeoutMs` bounds the read with its retries (the SDK alone retries a reset read for ~10 s). */
  readonly read: (
    schoolId: string,
    id: string,
    options?: { readonly timeoutMs?: number },
  ) => Promise<DossierRecord | undefined>;
  readonly replace: (document: DossierDocument, etag: string) => Promise<DossierRecord>;
  readonly list: (schoolId: string, filter: DossierFilter) => Promise<DossierRecord[]>;
};

function matches(record: DossierDocument, { recordTypes, status, createdBy }: DossierFilter): boolean {
  return (
    (!recordTypes || recordTypes.includes(record.recordType)) &&
    (!status || record.status === status) &&
    (!createdBy || record.createdBy.userId === createdBy)
  );
}

export class MemoryDossierStore implements DossierStore {
  private readonly records = new Map<string, DossierRecord>();
  private version = 0;
  private key = (schoolId: string, id: string) => `${schoolId}\u0000${id}`;
  private stamp = (document: DossierDocument): DossierRecord => ({
    ...structuredClone(document),
    etag: `"${(this.version += 1)}"`,
  });

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
  list = async (schoolId: string, filter: DossierFilter) =>
    [...this.records.values()].filter((record) => record.schoolId === schoolId && matches(record, filter));
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
      // Whether any attempt may have been saved: a refused connection never sent it, and a 429 is Cosmos
      // refusing it. Only when no attempt may have been saved is a failure certainly "not saved".
      let mayHaveSaved = false;
      try {
        const { resource } = await withStoreRetry(async () => {
          try {
            return await container.items.create(toDocument(document));
          } catch (error) {
            if (!refusedBeforeSending(error) && toStoreError(error).reason !== 'throttled') mayHaveSaved = true;
            throw error;
          }
        }, retry);
        return parseDossierDocument(resource);
      } catch (error) {
        const storeError = toStoreError(error);
        if (!mayHaveSaved && (storeError.reason === 'unavailable' || storeError.reason === 'throttled'))
          throw new CreateNotSentError({ cause: error });
        throw storeError;
      }
    },
    read: async (schoolId, id, { timeoutMs } = {}) => {
      const abortSignal = timeoutMs === undefined ? undefined : AbortSignal.timeout(timeoutMs);
      try {
        const { resource } = await withStoreRetry(() => {
          // Once the time is up, fail at once instead of retrying.
          if (abortSignal?.aborted) throw new StoreError('unavailable', false, { cause: abortSignal.reason });
          return container.item(id, schoolId).read(abortSignal ? { abortSignal } : undefined);
        }, retry);
        return resource ? parseDossierDocument(resource) : undefined;
      } catch (error) {
        if (toStoreError(error).reason === 'notFound') return undefined;
        throw error;
      }
    },
    replace: async (document, etag) => {
      const { resource } = await withStoreRetry(
        () =>
          container
            .item(document.id, document.schoolId)
            .replace(toDocument(document), { accessCondition: { type: 'IfMatch', condition: etag } }),
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
        () =>
          container.items
            .query(
              { query: `SELECT * FROM c WHERE ${conditions.join(' AND ')}`, parameters },
              { partitionKey: schoolId },
            )
            .fetchAll(),
        retry,
      );
      return resources
        .map(parseDossierDocument)
        .filter((record) => record.schoolId === schoolId && matches(record, filter));
    },
  };
}
