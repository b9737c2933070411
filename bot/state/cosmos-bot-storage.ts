import { createHash } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type { Storage, StoreItems } from 'botbuilder';
import { toStoreError } from '../../src/storage/store-errors.js';
import { withStoreRetry } from '../../src/storage/store-retry.js';

type StateDocument = { id: string; key: string; value: Record<string, unknown>; _etag?: string };

/**
 * botbuilder `Storage` on Cosmos DB, so any number of bot instances can serve one conversation.
 *
 * - Keys are hashed: Teams conversation ids can be longer than Cosmos ids allow, and truncating would collide.
 * - Optimistic concurrency: a write carries the eTag it read. When two quick turns race, the loser does a
 *   three-way merge at field level (fields this turn changed win; fields only the other turn changed stay)
 *   instead of failing the turn or silently dropping the other turn's changes.
 */
export class CosmosBotStorage implements Storage {
  /** What each key looked like when read, keyed by eTag, for the three-way merge. Bounded. */
  private readonly snapshots = new Map<string, Record<string, unknown>>();
  private static readonly maxSnapshots = 5000;

  constructor(private readonly container: Container) {}

  static documentId(key: string): string {
    return createHash('sha256').update(key).digest('hex');
  }

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const id = CosmosBotStorage.documentId(key);
        const document = await this.readDocument(id);
        if (!document) return;
        this.remember(key, document._etag, document.value);
        items[key] = { ...document.value, eTag: document._etag };
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item as Record<string, unknown>)));
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(
      keys.map(async (key) => {
        const id = CosmosBotStorage.documentId(key);
        try {
          await withStoreRetry(() => this.container.item(id, id).delete());
        } catch (error) {
          if (toStoreError(error).reason !== 'notFound') throw error;
        }
      }),
    );
  }

  private async readDocument(id: string): Promise<StateDocument | undefined> {
    const { resource } = await withStoreRetry(() => this.container.item(id, id).read<StateDocument>());
    return resource;
  }

  private async writeOne(key: string, item: Record<string, unknown>): Promise<void> {
    const id = CosmosBotStorage.documentId(key);
    const { eTag, ...value } = item;
    if (typeof eTag !== 'string' || eTag === '*') {
      await withStoreRetry(() => this.container.items.upsert<StateDocument>({ id, key, value }));
      return;
    }
    let expectedETag = eTag;
    let ours = value;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      try {
        await withStoreRetry(() => this.container.item(id, id).replace<StateDocument>({ id, key, value: ours }, { accessCondition: { type: 'IfMatch', condition: expectedETag } }));
        return;
      } catch (error) {
        const reason = toStoreError(error).reason;
        if (reason === 'notFound') {
          await withStoreRetry(() => this.container.items.upsert<StateDocument>({ id, key, value: ours }));
          return;
        }
        if (reason !== 'preconditionFailed') throw error;
        const base = this.snapshots.get(`${key}\u0000${expectedETag}`) ?? {};
        const latest = await this.readDocument(id);
        if (!latest?._etag) continue;
        ours = mergeChangedFields({ base, ours, theirs: latest.value });
        expectedETag = latest._etag;
      }
    }
    throw new Error(`state write for ${id} kept conflicting`);
  }

  private remember(key: string, eTag: string | undefined, value: Record<string, unknown>): void {
    if (!eTag) return;
    if (this.snapshots.size >= CosmosBotStorage.maxSnapshots) {
      const oldest = this.snapshots.keys().next().value;
      if (oldest !== undefined) this.snapshots.delete(oldest);
    }
    this.snapshots.set(`${key}\u0000${eTag}`, structuredClone(value));
  }
}

/** Field-level three-way merge: start from theirs, apply the fields ours changed relative to base. */
export function mergeChangedFields({ base, ours, theirs }: { base: Record<string, unknown>; ours: Record<string, unknown>; theirs: Record<string, unknown> }): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...theirs };
  for (const field of new Set([...Object.keys(base), ...Object.keys(ours)])) {
    if (JSON.stringify(base[field]) === JSON.stringify(ours[field])) continue;
    if (field in ours) merged[field] = ours[field];
    else delete merged[field];
  }
  return merged;
}
