import type { Container } from '@azure/cosmos';
import { toStoreError } from '../storage/store-errors.js';
import { withStoreRetry } from '../storage/store-retry.js';
import { guideSessionSchema, type GuideSession } from './guide-session.js';
import { byMostRecent, type GuideStore, type StoredGuide } from './guide-store.js';

type Document = GuideSession & { readonly _etag?: string };

/** Parses a document read back from Cosmos DB; one that does not fit is skipped as unreadable. */
function toStored(resource: unknown): StoredGuide | undefined {
  const parsed = guideSessionSchema.safeParse(resource);
  const etag = (resource as { _etag?: unknown } | undefined)?._etag;
  if (!parsed.success || typeof etag !== 'string') return undefined;
  return { session: parsed.data, etag };
}

async function expectingConflict(operation: () => Promise<unknown>, ...reasons: string[]): Promise<boolean> {
  try {
    await withStoreRetry(operation);
    return true;
  } catch (error) {
    if (reasons.includes(toStoreError(error).reason)) return false;
    throw error;
  }
}

export type CosmosGuideStoreOptions = {
  /**
   * Days a guide is kept after its last change: every write sets the document's `ttl`, so Cosmos DB
   * deletes an abandoned guide (its notes are pupil data) and a finished guide's tombstone. @default 90
   */
  readonly retentionDays?: number;
};

/**
 * {@link GuideStore} on the `progress` container (partition key `/userId`). Writes carry the eTag they
 * read (optimistic concurrency), creates fail on a taken slot: one open guide per pupil per mentor.
 */
export class CosmosGuideStore implements GuideStore {
  private readonly ttl: number;

  constructor(
    private readonly container: Container,
    { retentionDays = 90 }: CosmosGuideStoreOptions = {},
  ) {
    this.ttl = retentionDays * 86_400;
  }

  async read(userId: string, slotId: string): Promise<StoredGuide | undefined> {
    try {
      const { resource } = await withStoreRetry(() => this.container.item(slotId, userId).read<Document>());
      return resource ? toStored(resource) : undefined;
    } catch (error) {
      if (toStoreError(error).reason === 'notFound') return undefined;
      throw error;
    }
  }

  // The queries name the user both as partition key and in the filter: a guide is only ever found by its
  // own mentor, also where a query would fan out over partitions (the embedded server ignores the key).
  async findByGuideId(userId: string, guideId: string): Promise<StoredGuide | undefined> {
    const { resources } = await withStoreRetry(() =>
      this.container.items
        .query<Document>(
          {
            query: 'SELECT * FROM c WHERE c.userId = @userId AND c.type = @type AND c.guideId = @guideId',
            parameters: [
              { name: '@userId', value: userId },
              { name: '@type', value: 'gespreksleidraad' },
              { name: '@guideId', value: guideId },
            ],
          },
          { partitionKey: userId },
        )
        .fetchAll(),
    );
    return resources.map(toStored).find((stored) => stored !== undefined);
  }

  async listOpen(userId: string): Promise<GuideSession[]> {
    const { resources } = await withStoreRetry(() =>
      this.container.items
        .query<Document>(
          {
            query: 'SELECT * FROM c WHERE c.userId = @userId AND c.type = @type AND c.status = @status',
            parameters: [
              { name: '@userId', value: userId },
              { name: '@type', value: 'gespreksleidraad' },
              { name: '@status', value: 'open' },
            ],
          },
          { partitionKey: userId },
        )
        .fetchAll(),
    );
    return resources
      .map(toStored)
      .filter((stored): stored is StoredGuide => stored !== undefined)
      .map(({ session }) => session)
      .sort(byMostRecent);
  }

  create(session: GuideSession): Promise<boolean> {
    return expectingConflict(() => this.container.items.create({ ...session, ttl: this.ttl }), 'conflict');
  }

  replace(session: GuideSession, etag: string): Promise<boolean> {
    return expectingConflict(
      () =>
        this.container
          .item(session.id, session.userId)
          .replace({ ...session, ttl: this.ttl }, { accessCondition: { type: 'IfMatch', condition: etag } }),
      'preconditionFailed',
      'notFound',
    );
  }

  remove(userId: string, slotId: string, etag: string): Promise<boolean> {
    return expectingConflict(
      () => this.container.item(slotId, userId).delete({ accessCondition: { type: 'IfMatch', condition: etag } }),
      'preconditionFailed',
      'notFound',
    );
  }
}
