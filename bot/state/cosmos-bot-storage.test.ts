import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../../src/storage/cosmos-connection.js';
import { CosmosBotStorage, mergeChangedFields } from './cosmos-bot-storage.js';

describe('CosmosBotStorage', () => {
  let store: CosmosConnection;
  let storage: CosmosBotStorage;

  beforeAll(async () => {
    store = await connectCosmos({ cosmos: { database: 'bot-storage-test' }, logger: createSilentLogger() });
    storage = new CosmosBotStorage(store.containers.botState);
  });
  afterAll(() => store.close());

  it('should read back what it wrote, with an eTag', async () => {
    await storage.write({ 'msteams/conversations/a': { step: 1 } });
    const items = await storage.read(['msteams/conversations/a', 'missing']);
    expect(items['msteams/conversations/a']).toMatchObject({ step: 1, eTag: expect.any(String) });
    expect(items.missing).toBeUndefined();
  });

  it('should store keys longer than Cosmos ids allow without collisions', async () => {
    const long = `msteams/conversations/19:${'x'.repeat(400)}`;
    await storage.write({ [`${long}-1`]: { n: 1 }, [`${long}-2`]: { n: 2 } });
    const items = await storage.read([`${long}-1`, `${long}-2`]);
    expect(items[`${long}-1`]).toMatchObject({ n: 1 });
    expect(items[`${long}-2`]).toMatchObject({ n: 2 });
  });

  it('should merge two racing turns instead of dropping either change', async () => {
    const key = 'msteams/conversations/race';
    await storage.write({ [key]: { guide: 'stap-1', onboarding: 'stap-1' } });
    const turnA = (await storage.read([key]))[key]!;
    const turnB = (await storage.read([key]))[key]!;
    await storage.write({ [key]: { ...turnA, guide: 'stap-2' } });
    await storage.write({ [key]: { ...turnB, onboarding: 'stap-2' } });
    const { eTag, ...value } = (await storage.read([key]))[key]!;
    expect(eTag).toEqual(expect.any(String));
    expect(value).toEqual({ guide: 'stap-2', onboarding: 'stap-2' });
  });

  it('should delete what it is asked to and ignore missing keys', async () => {
    await storage.write({ gone: { a: 1 } });
    await storage.delete(['gone', 'never-there']);
    expect(await storage.read(['gone'])).toEqual({});
  });
});

describe('mergeChangedFields', () => {
  it('should keep their change when ours did not touch the field and apply ours where we changed it', () => {
    expect(mergeChangedFields({ base: { a: 1, b: 1, c: 1 }, ours: { a: 2, b: 1 }, theirs: { a: 1, b: 3, c: 1 } })).toEqual({ a: 2, b: 3 });
  });
});
