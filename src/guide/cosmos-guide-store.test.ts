import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../storage/cosmos-connection.js';
import { CosmosGuideStore } from './cosmos-guide-store.js';
import { startSession } from './guide-machine.js';
import { testGuide, validPreparation } from './guide-test-fixtures.js';
import { parsePreparation, type Preparation } from './preparation.js';

describe('CosmosGuideStore on the embedded Cosmos DB server', () => {
  let connection: CosmosConnection;
  let store: CosmosGuideStore;
  const { definition } = testGuide();
  const preparation = (parsePreparation(validPreparation, definition) as { value: Preparation }).value;
  const session = (userId: string, guideId: string, pupilName = 'Sanne') =>
    startSession({
      preparation: { ...preparation, pupilName },
      userId,
      guideId,
      mentorName: 'Mentor',
      now: new Date('2026-11-27T10:00:00Z'),
    });

  beforeAll(async () => {
    connection = await connectCosmos({ cosmos: { database: 'guide-store-test' }, logger: createSilentLogger() });
    store = new CosmosGuideStore(connection.containers.progress);
  });
  afterAll(() => connection.close());

  it('should create a guide once per pupil slot and read it back parsed', async () => {
    expect(await store.create(session('user-a', 'g-1'))).toBe(true);
    expect(await store.create(session('user-a', 'g-2', ' sanne'))).toBe(false);
    const stored = await store.read('user-a', session('user-a', 'g-1').id);
    expect(stored?.session).toMatchObject({ guideId: 'g-1', pupilName: 'Sanne', step: 1 });
    expect(stored?.etag).toEqual(expect.any(String));
  });

  it('should replace only against the eTag it read', async () => {
    const stored = (await store.findByGuideId('user-a', 'g-1'))!;
    expect(await store.replace({ ...stored.session, step: 2 }, stored.etag)).toBe(true);
    expect(await store.replace({ ...stored.session, step: 3 }, stored.etag)).toBe(false);
    expect((await store.findByGuideId('user-a', 'g-1'))?.session.step).toBe(2);
  });

  it("should list and find only the user's own open guides", async () => {
    await store.create(session('user-b', 'g-3', 'Daan'));
    expect((await store.listOpen('user-a')).map((entry) => entry.guideId)).toEqual(['g-1']);
    expect(await store.findByGuideId('user-b', 'g-1')).toBeUndefined();
    expect(await store.read('user-b', session('user-a', 'g-1').id)).toBeUndefined();
  });

  it('should remove only against the eTag it read', async () => {
    const stored = (await store.findByGuideId('user-b', 'g-3'))!;
    expect(await store.remove('user-b', stored.session.id, '"stale"')).toBe(false);
    expect(await store.remove('user-b', stored.session.id, stored.etag)).toBe(true);
    expect(await store.listOpen('user-b')).toEqual([]);
  });

  it('should give every write a ttl: Cosmos DB deletes a guide its retention after its last change', async () => {
    const shortLived = new CosmosGuideStore(connection.containers.progress, { retentionDays: 7 });
    const created = session('user-c', 'g-4', 'Fenna');
    expect(await shortLived.create(created)).toBe(true);
    const raw = async () =>
      (await connection.containers.progress.item(created.id, 'user-c').read()).resource as { ttl?: number };
    expect((await raw()).ttl).toBe(7 * 86_400);
    const stored = (await shortLived.findByGuideId('user-c', 'g-4'))!;
    expect(await shortLived.replace({ ...stored.session, step: 2 }, stored.etag)).toBe(true);
    expect((await raw()).ttl).toBe(7 * 86_400);
    expect(stored.session).not.toHaveProperty('ttl');
    await store.create(session('user-c', 'g-5', 'Gijs'));
    expect(
      (
        (await connection.containers.progress.item(session('user-c', 'g-5', 'Gijs').id, 'user-c').read()).resource as {
          ttl?: number;
        }
      ).ttl,
    ).toBe(90 * 86_400);
  });
});
