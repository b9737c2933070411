import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the bot made to the channel (Teams' Bot Connector, as the bot sees it). */
export type ChannelRequest = {
  readonly method: string;
  readonly path: string;
  readonly conversationId: string | undefined;
  readonly body: Record<string, any>;
  /** The id this channel answered with (`ResourceResponse.id`), as Teams gives a message it received one. */
  readonly responseId: string;
};

export type LoopbackChannel = {
  /** What to put in an activity's `serviceUrl`. */
  readonly serviceUrl: string;
  readonly requests: ChannelRequest[];
  /** Activities the bot sent (POST) or updated (PUT), in order. */
  readonly activities: (conversationId?: string) => Record<string, any>[];
  /** Resolves when at least `count` activities arrived for the conversation. */
  readonly waitForActivities: (
    count: number,
    options?: { conversationId?: string; timeoutMs?: number },
  ) => Promise<Record<string, any>[]>;
  /** The id the channel gave an activity the bot sent (Teams' 👍/👎 refers to a message by this id). */
  readonly idOf: (activity: Record<string, any>) => string | undefined;
  /** Makes the next `count` requests fail with `status`, to test a channel outage. */
  readonly failNext: (count: number, status: number) => void;
  readonly close: () => Promise<void>;
};

async function readBody(request: IncomingMessage): Promise<Record<string, any>> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? (JSON.parse(text) as Record<string, any>) : {};
}

/**
 * A loopback stand-in for the channel service: the bot POSTs its replies to `serviceUrl`, this records them.
 * @example const channel = await startLoopbackChannel(); // activity.serviceUrl = channel.serviceUrl
 */
export async function startLoopbackChannel(): Promise<LoopbackChannel> {
  const requests: ChannelRequest[] = [];
  const waiters = new Set<() => void>();
  let failures = 0;
  let failureStatus = 500;
  let counter = 0;
  const server: Server = createServer(async (request, response) => {
    const body = await readBody(request);
    const path = request.url ?? '/';
    const match = /\/v3\/conversations\/([^/]+)/.exec(path);
    const conversationId = match?.[1] ? decodeURIComponent(match[1]) : undefined;
    if (failures > 0) {
      failures -= 1;
      response.writeHead(failureStatus).end();
      return;
    }
    counter += 1;
    const responseId = typeof body.id === 'string' ? body.id : `reply-${counter}`;
    requests.push({ method: request.method ?? 'GET', path, conversationId, body, responseId });
    for (const wake of waiters) wake();
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: responseId }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const activities = (conversationId?: string) =>
    requests
      .filter(
        (request) =>
          (request.method === 'POST' || request.method === 'PUT') &&
          request.path.includes('/activities') &&
          (!conversationId || request.conversationId === conversationId),
      )
      .map((request) => request.body);

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    requests,
    activities,
    idOf: (activity) => requests.find((request) => request.body === activity)?.responseId,
    waitForActivities: (count, { conversationId, timeoutMs = 10_000 } = {}) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const found = activities(conversationId).filter((activity) => activity.type !== 'typing');
          if (found.length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(
            new Error(
              `expected ${count} activities, got ${activities(conversationId).length}: ` +
                `${JSON.stringify(activities(conversationId).map((a) => a.text ?? a.attachments?.[0]?.contentType))}`,
            ),
          );
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    failNext: (count, status) => {
      failures = count;
      failureStatus = status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
