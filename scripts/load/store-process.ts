/**
 * The Cosmos DB–protocol store as its own process, standing in for Azure Cosmos DB: the embedded server
 * (with keep-alive connections, as Cosmos DB has), optionally behind the fault proxy. Forked by the
 * benchmark and the fault test over IPC, so the bot's process holds only the bot.
 *
 * Messages in: `{ type: 'stop' | 'start' }`, `{ type: 'throttle', share }` (with the proxy), `{ type: 'counts' }`
 * (without the proxy: `forwarded` counts every request the store received).
 * Messages out: `{ type: 'ready', endpoint }`, then `{ type: 'done', id, counts }` for each message.
 */
import type { AddressInfo } from 'node:net';
import { createHttpsServer } from '@vercel/cosmosdb-server';
import { startCosmosFaultProxy, type CosmosFaultProxy } from '../../test/fakes/cosmos-fault-proxy.js';

type Command = {
  readonly id: number;
  readonly type: 'stop' | 'start' | 'throttle' | 'counts';
  readonly share?: number;
};

async function main(): Promise<void> {
  const server = createHttpsServer({ keepAlive: true });
  // Every request that reached the store, for "store requests per turn" in the benchmark.
  let received = 0;
  server.on('request', () => {
    received += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const upstream = `https://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const withProxy = process.argv.includes('--fault-proxy');
  const proxy: CosmosFaultProxy | undefined = withProxy ? await startCosmosFaultProxy({ upstream }) : undefined;

  process.on('message', async (message: Command) => {
    if (message.type === 'counts' && !proxy) {
      process.send?.({ type: 'done', id: message.id, counts: { forwarded: received, throttled: 0, reset: 0 } });
      return;
    }
    if (!proxy) throw new Error('started without --fault-proxy');
    if (message.type === 'stop') await proxy.stop();
    if (message.type === 'start') await proxy.start();
    if (message.type === 'throttle') proxy.throttle(message.share ?? 0);
    process.send?.({ type: 'done', id: message.id, counts: proxy.counts() });
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'ready', endpoint: proxy?.endpoint ?? upstream });
}

void main();
