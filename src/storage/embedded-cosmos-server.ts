import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';

export type EmbeddedCosmosServer = {
  /** `https://127.0.0.1:<port>/`, to give to `CosmosClient` like any other endpoint. */
  readonly endpoint: string;
  readonly close: () => Promise<void>;
};

/** The key the embedded server accepts; it checks none, but the SDK requires one. */
export const embeddedCosmosKey = 'embedded-cosmos-key-not-secret';

/**
 * Starts an in-process Cosmos DB–protocol server on loopback. Its data lives in memory and is lost when
 * the process stops: for local runs and tests only.
 * @example const server = await startEmbeddedCosmosServer(); // server.endpoint
 */
export async function startEmbeddedCosmosServer({
  port = 0,
}: { readonly port?: number } = {}): Promise<EmbeddedCosmosServer> {
  // Without keepAlive the server answers `connection: close`, and every request pays a new TLS handshake
  // (about 2 ms of CPU on each side, measured): keep connections open, as Cosmos DB does.
  const server = createHttpsServer({ keepAlive: true });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  return {
    endpoint: `https://127.0.0.1:${boundPort}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
