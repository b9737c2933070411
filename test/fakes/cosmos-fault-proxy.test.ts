import { Agent } from 'node:https';
import { CosmosClient, type Container } from '@azure/cosmos';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  embeddedCosmosKey,
  startEmbeddedCosmosServer,
  type EmbeddedCosmosServer,
} from '../../src/storage/embedded-cosmos-server.js';
import { toStoreError } from '../../src/storage/store-errors.js';
import { startCosmosFaultProxy, type CosmosFaultProxy } from './cosmos-fault-proxy.js';

describe('CosmosFaultProxy', () => {
  let cosmos: EmbeddedCosmosServer;
  let proxy: CosmosFaultProxy;
  let client: CosmosClient;
  let container: Container;

  beforeAll(async () => {
    cosmos = await startEmbeddedCosmosServer();
    proxy = await startCosmosFaultProxy({ upstream: cosmos.endpoint });
    client = new CosmosClient({
      endpoint: proxy.endpoint,
      key: embeddedCosmosKey,
      agent: new Agent({ rejectUnauthorized: false, keepAlive: true }),
      connectionPolicy: {
        enableEndpointDiscovery: false,
        requestTimeout: 2000,
        retryOptions: { maxRetryAttemptCount: 0, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 0 },
      },
    });
    const { database } = await client.databases.createIfNotExists({ id: 'proxy-test' });
    ({ container } = await database.containers.createIfNotExists({ id: 'items', partitionKey: { paths: ['/id'] } }));
  });
  afterAll(async () => {
    client.dispose();
    await proxy.close();
    await cosmos.close();
  });

  it('should forward requests to the embedded server through the real SDK', async () => {
    await container.items.create({ id: 'a', value: 1 });
    const { resource } = await container.item('a', 'a').read<{ value: number }>();
    expect(resource?.value).toBe(1);
  });

  it('should answer 429 to the share of requests it is told to throttle', async () => {
    proxy.throttle(1);
    const error = await container
      .item('a', 'a')
      .read()
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    proxy.throttle(0);
    expect(toStoreError(error).reason).toBe('throttled');
    const before = proxy.counts().throttled;
    proxy.throttle(0.5);
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => container.item('a', 'a').read()));
    proxy.throttle(0);
    expect(proxy.counts().throttled - before).toBe(5);
    expect(results.filter((result) => result.status === 'rejected')).toHaveLength(5);
  });

  it('should refuse connections while stopped and keep the data when started again', async () => {
    await proxy.stop();
    const error = await container
      .item('a', 'a')
      .read()
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(toStoreError(error).reason).toBe('unavailable');
    await proxy.start();
    const { resource } = await container.item('a', 'a').read<{ value: number }>();
    expect(resource?.value).toBe(1);
  });
});
