import { guideSessionSchema, type GuideSession } from './guide-session.js';

/** A session as read, with the version to write against. */
export type StoredGuide = { readonly session: GuideSession; readonly etag: string };

/** Where guides are kept: per user, one document per pupil slot. */
export type GuideStore = {
  readonly read: (userId: string, slotId: string) => Promise<StoredGuide | undefined>;
  readonly findByGuideId: (userId: string, guideId: string) => Promise<StoredGuide | undefined>;
  /** The user's open guides, most recently edited first. */
  readonly listOpen: (userId: string) => Promise<GuideSession[]>;
  /** Resolves false when the slot is taken. */
  readonly create: (session: GuideSession) => Promise<boolean>;
  /** Resolves false when the document changed since `etag` was read (or is gone). */
  readonly replace: (session: GuideSession, etag: string) => Promise<boolean>;
  /** Resolves false when the document changed since `etag` was read (or is gone). */
  readonly remove: (userId: string, slotId: string, etag: string) => Promise<boolean>;
};

export function byMostRecent(left: GuideSession, right: GuideSession): number {
  return right.updatedAt.localeCompare(left.updatedAt);
}

/** In-memory {@link GuideStore}, for unit tests and runs without Cosmos DB. */
export class MemoryGuideStore implements GuideStore {
  private readonly documents = new Map<string, StoredGuide>();
  private version = 0;

  private key(userId: string, slotId: string): string {
    return `${userId}\u0000${slotId}`;
  }

  private nextEtag(): string {
    this.version += 1;
    return `"${this.version}"`;
  }

  async read(userId: string, slotId: string): Promise<StoredGuide | undefined> {
    return this.documents.get(this.key(userId, slotId));
  }

  async findByGuideId(userId: string, guideId: string): Promise<StoredGuide | undefined> {
    return [...this.documents.values()].find(({ session }) => session.userId === userId && session.guideId === guideId);
  }

  async listOpen(userId: string): Promise<GuideSession[]> {
    return [...this.documents.values()]
      .map(({ session }) => session)
      .filter((session) => session.userId === userId && session.status === 'open')
      .sort(byMostRecent);
  }

  async create(session: GuideSession): Promise<boolean> {
    const key = this.key(session.userId, session.id);
    if (this.documents.has(key)) return false;
    this.documents.set(key, { session: guideSessionSchema.parse(session), etag: this.nextEtag() });
    return true;
  }

  async replace(session: GuideSession, etag: string): Promise<boolean> {
    const key = this.key(session.userId, session.id);
    if (this.documents.get(key)?.etag !== etag) return false;
    this.documents.set(key, { session: guideSessionSchema.parse(session), etag: this.nextEtag() });
    return true;
  }

  async remove(userId: string, slotId: string, etag: string): Promise<boolean> {
    const key = this.key(userId, slotId);
    if (this.documents.get(key)?.etag !== etag) return false;
    return this.documents.delete(key);
  }
}
