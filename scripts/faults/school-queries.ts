import { Agent } from 'node:https';
import { CosmosClient, type Container, type FeedOptions, type SqlQuerySpec } from '@azure/cosmos';
import type { StoreProcess } from '../load/processes.js';

/**
 * A query inside one school's partition. The condition on `schoolId` is spelled out because the embedded
 * server ignores the partition key of a query and would answer from every partition.
 */
export function inSchool(
  query: string,
  schoolId: string,
  parameters: { name: string; value: string }[] = [],
): [SqlQuerySpec, FeedOptions] {
  return [
    {
      query: `${query} AND c.schoolId = @schoolId`,
      parameters: [...parameters, { name: '@schoolId', value: schoolId }],
    },
    { partitionKey: schoolId },
  ];
}

export function cosmosClient(store: StoreProcess): CosmosClient {
  return new CosmosClient({
    endpoint: store.endpoint,
    key: store.key,
    agent: new Agent({ rejectUnauthorized: false, keepAlive: true }),
    connectionPolicy: { enableEndpointDiscovery: false },
  });
}

/** The two containers the checks read back: the filed records and the audit trail. */
export type FaultContainers = { readonly dossier: Container; readonly audit: Container };

/** Counts per key, e.g. records per submission id. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
