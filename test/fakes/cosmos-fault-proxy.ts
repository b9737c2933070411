import { readFileSync } from 'node:fs';
import { Agent, createServer, request as httpsRequest, type Server } from 'node:https';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { dirname, join } from 'node:path';

/**
 * A loopback HTTPS proxy in front of a Cosmos DB–protocol endpoint that can fail the way Cosmos DB
 * fails: go away (connections refused, open ones reset) and come back on the same port, or answer
 * 429 Too Many Requests to a share of requests. It terminates TLS with the embedded server's own
 * self-signed certificate, so clients configured for the embedded server accept it unchanged.
 */
export type CosmosFaultProxy = {
  /** `https://127.0.0.1:<port>/`, to give to `CosmosClient` instead of the upstream endpoint. */
  readonly endpoint: string;
  /** Stops listening and resets every open connection: the endpoint is down until {@link start}. */
  readonly stop: () => Promise<void>;
  /** Listens again on the same port. */
  readonly start: () => Promise<void>;
  /** Answers 429 to this share (0–1) of the requests from now on, spread evenly; 0 turns it off. */
  readonly throttle: (share: number) => void;
  /** What happened to the requests so far. */
  readonly counts: () => { readonly forwarded: number; readonly throttled: number; readonly reset: number };
  readonly close: () => Promise<void>;
};

export type StartCosmosFaultProxyOptions = {
  /** The endpoint to forward to, e.g. the embedded server's `https://127.0.0.1:<port>/`. */
  readonly upstream: string;
  /** @default 0 (a free port, kept across stop and start) */
  readonly port?: number;
  /** What a throttled request is told to wait. @default 20 */
  readonly retryAfterMs?: number;
};

function embeddedServerCertificate(): { cert: Buffer; key: Buffer } {
  const require = createRequire(import.meta.url);
  const root = dirname(require.resolve('@vercel/cosmosdb-server/package.json'));
  return { cert: readFileSync(join(root, 'cert.pem')), key: readFileSync(join(root, 'key.pem')) };
}

/**
 * @example const proxy = await startCosmosFaultProxy({ upstream: cosmos.endpoint }); await proxy.stop(); await
 * proxy.start();
 */
export async function startCosmosFaultProxy({
  upstream,
  port = 0,
  retryAfterMs = 20,
}: StartCosmosFaultProxyOptions): Promise<CosmosFaultProxy> {
  const target = new URL(upstream);
  const agent = new Agent({ keepAlive: true, rejectUnauthorized: false, maxSockets: 64 });
  const sockets = new Set<Socket>();
  let share = 0;
  let requests = 0;
  let forwarded = 0;
  let throttled = 0;
  let reset = 0;

  const server: Server = createServer({ ...embeddedServerCertificate(), keepAlive: true }, (request, response) => {
    requests += 1;
    // Spread evenly: request n is throttled when floor(n·share) steps up.
    if (share > 0 && Math.floor(requests * share) > Math.floor((requests - 1) * share)) {
      throttled += 1;
      request.resume();
      response.writeHead(429, {
        'content-type': 'application/json',
        'x-ms-retry-after-ms': String(retryAfterMs),
        'x-ms-substatus': '3200',
      });
      response.end(JSON.stringify({ code: 'TooManyRequests', message: 'Request rate is large (fault proxy).' }));
      return;
    }
    forwarded += 1;
    const outgoing = httpsRequest(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: target.host },
        agent,
      },
      (incoming) => {
        response.writeHead(incoming.statusCode ?? 502, incoming.headers);
        incoming.pipe(response);
      },
    );
    outgoing.on('error', () => {
      if (!response.headersSent)
        response
          .writeHead(503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ code: 'ServiceUnavailable', message: 'upstream unreachable (fault proxy)' }));
      else response.destroy();
    });
    request.pipe(outgoing);
  });
  server.on('secureConnection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('tlsClientError', () => undefined);

  const listen = (onPort: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(onPort, '127.0.0.1', () => {
        server.off('error', reject);
        resolve((server.address() as { port: number }).port);
      });
    });
  const boundPort = await listen(port);
  let listening = true;

  const stop = async () => {
    if (!listening) return;
    listening = false;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    reset += sockets.size;
    for (const socket of sockets) socket.destroy();
    await closed;
  };

  return {
    endpoint: `https://127.0.0.1:${boundPort}/`,
    stop,
    start: async () => {
      if (listening) return;
      await listen(boundPort);
      listening = true;
    },
    throttle: (value) => {
      share = Math.min(1, Math.max(0, value));
    },
    counts: () => ({ forwarded, throttled, reset }),
    close: async () => {
      await stop();
      agent.destroy();
    },
  };
}
