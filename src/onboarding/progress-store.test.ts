import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../storage/cosmos-connection.js';
import { startProgress } from './course-progress.js';
import { createCosmosOnboardingProgressStore, type OnboardingProgressStore } from './progress-store.js';

describe('CosmosOnboardingProgressStore', () => {
  let connection: CosmosConnection;
  let store: OnboardingProgressStore;

  beforeAll(async () => {
    connection = await connectCosmos({
      cosmos: { database: `onboarding-store-${Date.now()}` },
      logger: createSilentLogger(),
    });
    store = createCosmosOnboardingProgressStore(connection.containers.progress);
  });
  afterAll(async () => {
    await connection.close();
  });

  it('should answer undefined for a user who never started, and read back saved progress', async () => {
    expect(await store.get('nobody')).toBeUndefined();
    const progress = {
      ...startProgress({ userId: 'u1', role: 'mentor', now: new Date('2026-11-02T09:00:00Z') }),
      stepIndex: 3,
    };
    await store.save(progress);
    expect(await store.get('u1')).toEqual(progress);
  });

  it('should list completions per school across partitions, keep the first date, add a later school', async () => {
    await store.saveCompletion({
      userId: 'a',
      role: 'mentor',
      userName: 'Anna',
      schoolId: 'sint-jan',
      completedAt: '2026-11-03T10:00:00.000Z',
    });
    await store.saveCompletion({
      userId: 'b',
      role: 'mentor',
      userName: 'Bram',
      schoolId: null,
      completedAt: '2026-11-01T10:00:00.000Z',
    });
    await store.saveCompletion({
      userId: 'c',
      role: 'zorgcoordinator',
      userName: 'Cem',
      schoolId: 'andere',
      completedAt: '2026-11-01T10:00:00.000Z',
    });
    expect((await store.listCompletions('sint-jan')).map((entry) => entry.userName)).toEqual(['Anna']);

    await store.saveCompletion({
      userId: 'a',
      role: 'mentor',
      userName: 'Anna',
      schoolId: 'sint-jan',
      completedAt: '2026-11-20T10:00:00.000Z',
    });
    await store.saveCompletion({
      userId: 'b',
      role: 'mentor',
      userName: 'Bram',
      schoolId: 'sint-jan',
      completedAt: '2026-11-21T10:00:00.000Z',
    });
    const listed = await store.listCompletions('sint-jan');
    expect(listed.map(({ userName, completedAt }) => ({ userName, completedAt }))).toEqual([
      { userName: 'Bram', completedAt: '2026-11-01T10:00:00.000Z' },
      { userName: 'Anna', completedAt: '2026-11-03T10:00:00.000Z' },
    ]);
  });
});
