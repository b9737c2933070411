import { Agent } from 'node:https';
import { CosmosClient, type Container, type Database } from '@azure/cosmos';
import { DefaultAzureCredential } from '@azure/identity';
import type { Config } from '../config.js';
import { errorLogFields } from '../logging/error-fields.js';
import type { Logger } from '../logging/logger.js';
import { containerDefinitions, type ContainerName } from './containers.js';
import type { EmbeddedCosmosServer } from './embedded-cosmos-server.js';
import { withStoreRetry } from './store-retry.js';

export type CosmosConnection = {
  readonly client: CosmosClient;
  readonly database: Database;
  readonly containers: Readonly<Record<ContainerName, Container>>;
  /** True when data lives in the in-process embedded server and is lost at stop. */
  readonly embedded: boolean;
  readonly endpoint: string;
  /** Whether the store answers now (for `/healthz`). */
  readonly ping: () => Promise<boolean>;
  readonly close: () => Promise<void>;
};

export type ConnectCosmosOptions = {
  readonly cosmos: Config['cosmos'];
  readonly logger: Logger;
  /** Port for the embedded server when no endpoint is configured. @default 0 (any free port) */
  readonly embeddedPort?: number;
};

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** True for the Azure Cosmos DB emulator or the embedded server, whose self-signed certificate we accept. */
export function isLoopbackEndpoint(endpoint: string): boolean {
  return loopbackHosts.has(new URL(endpoint).hostname);
}

/**
 * Connects to Cosmos DB (or starts the embedded server when no endpoint is configured) and creates the
 * database and containers when missing. One `CosmosClient` per process: call this once, in `bot/app.ts`.
 */
export async function connectCosmos({
  cosmos,
  logger,
  embeddedPort = 0,
}: ConnectCosmosOptions): Promise<CosmosConnection> {
  let embeddedServer: EmbeddedCosmosServer | undefined;
  let endpoint = cosmos.endpoint;
  let key = cosmos.key;
  if (!endpoint) {
    // Loaded only here: the server and its query engine cost about 10 MB of heap a deployed bot does not need.
    const { embeddedCosmosKey, startEmbeddedCosmosServer } = await import('./embedded-cosmos-server.js');
    embeddedServer = await startEmbeddedCosmosServer({ port: embeddedPort });
    endpoint = embeddedServer.endpoint;
    key = embeddedCosmosKey;
    logger.warn(
      { event: 'store-embedded', endpoint },
      'No COSMOS_ENDPOINT set: using the embedded Cosmos DB server. ' +
        'Data lives in memory and is lost when the bot stops.',
    );
  }
  const loopback = isLoopbackEndpoint(endpoint);
  const client = new CosmosClient({
    endpoint,
    ...(key ? { key } : { aadCredentials: new DefaultAzureCredential() }),
    // Self-signed certificates are accepted for loopback endpoints only (emulator, embedded server).
    ...(loopback ? { agent: new Agent({ rejectUnauthorized: false, keepAlive: true }) } : {}),
    connectionPolicy: {
      requestTimeout: 10_000,
      // The emulator and the embedded server have a single region; discovery would try other addresses.
      enableEndpointDiscovery: !loopback,
      retryOptions: { maxRetryAttemptCount: 6, fixedRetryIntervalInMilliseconds: 0, maxWaitTimeInSeconds: 10 },
    },
  });
  const { database } = await withStoreRetry(() => client.databases.createIfNotExists({ id: cosmos.database }));
  const entries = await Promise.all(
    (Object.keys(containerDefinitions) as ContainerName[]).map(async (name) => {
      const definition = containerDefinitions[name];
      const { container, resource } = await withStoreRetry(() => database.containers.createIfNotExists(definition));
      // createIfNotExists leaves an existing container as it was: bring its retention up to this version's.
      const wanted = 'defaultTtl' in definition ? definition.defaultTtl : undefined;
      if (resource && resource.defaultTtl !== wanted) {
        await withStoreRetry(() =>
          container.replace({
            ...resource,
            id: definition.id,
            partitionKey: definition.partitionKey,
            defaultTtl: wanted,
          }),
        ).catch((error: unknown) => {
          logger.warn(
            { event: 'store-retention-update-failed', container: name, ...errorLogFields(error) },
            'Could not update the container retention; set its TTL by hand',
          );
        });
      }
      return [name, container] as const;
    }),
  );
  const containers = Object.fromEntries(entries) as Record<ContainerName, Container>;
  logger.info(
    { event: 'store-connect', embedded: Boolean(embeddedServer), database: cosmos.database },
    'Connected to the document store',
  );
  return {
    client,
    database,
    containers,
    embedded: Boolean(embeddedServer),
    endpoint,
    ping: async () => {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
    close: async () => {
      client.dispose();
      await embeddedServer?.close();
    },
  };
}
