import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';

/** One request the bot made to the channel: a reply (POST) or an update of a sent card (PUT). */
export type ChannelReply = {
  readonly conversationId: string;
  readonly method: string;
  readonly body: Record<string, any>;
  /** The body as it arrived, for checks that only look for a text (cheaper than walking `body`). */
  readonly raw: string;
  /** `performance.now()` when it arrived. */
  readonly at: number;
};

export type LoadChannel = {
  /** What to put in an activity's `serviceUrl`. */
  readonly serviceUrl: string;
  /**
   * Resolves with the next reply (typing indicators aside) that arrives in the conversation after this
   * call; rejects after `timeoutMs`. Call it before POSTing the activity, so a quick reply is not missed.
   */
  readonly nextReply: (conversationId: string, timeoutMs?: number) => Promise<ChannelReply>;
  /** Every reply the conversation got, in order (typing indicators aside). */
  readonly replies: (conversationId: string) => readonly ChannelReply[];
  /** All conversations that got at least one reply. */
  readonly conversations: () => readonly string[];
  readonly close: () => Promise<void>;
};

type Waiter = { resolve: (reply: ChannelReply) => void; timer: NodeJS.Timeout };

async function readJson(request: IncomingMessage): Promise<{ body: Record<string, any>; raw: string }> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  try {
    return { body: raw ? (JSON.parse(raw) as Record<string, any>) : {}, raw };
  } catch {
    return { body: { unparsable: raw.length }, raw };
  }
}

/**
 * A loopback stand-in for the Bot Connector service, built for many concurrent conversations: replies
 * are indexed per conversation and waiters are woken directly, so the channel adds no scan per reply.
 * @example const channel = await startLoadChannel(); const reply = channel.nextReply(id); await post(...); await reply;
 */
export async function startLoadChannel(): Promise<LoadChannel> {
  const byConversation = new Map<string, ChannelReply[]>();
  const waiters = new Map<string, Waiter[]>();
  let counter = 0;

  const server: Server = createServer(async (request, response) => {
    const { body, raw } = await readJson(request);
    const at = performance.now();
    const path = request.url ?? '/';
    const match = /\/v3\/conversations\/([^/]+)/.exec(path);
    const conversationId = match?.[1] ? decodeURIComponent(match[1]) : '';
    counter += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ id: body.id ?? `reply-${counter}` }));
    const isActivity = (request.method === 'POST' || request.method === 'PUT') && path.includes('/activities');
    if (!isActivity || body.type === 'typing') return;
    const reply: ChannelReply = { conversationId, method: request.method ?? 'POST', body, raw, at };
    let list = byConversation.get(conversationId);
    if (!list) byConversation.set(conversationId, (list = []));
    list.push(reply);
    const waiting = waiters.get(conversationId)?.shift();
    if (waiting) {
      clearTimeout(waiting.timer);
      waiting.resolve(reply);
    }
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    nextReply: (conversationId, timeoutMs = 15_000) =>
      new Promise((resolve, reject) => {
        let queue = waiters.get(conversationId);
        if (!queue) waiters.set(conversationId, (queue = []));
        const waiter: Waiter = {
          resolve,
          timer: setTimeout(() => {
            const current = waiters.get(conversationId);
            const index = current?.indexOf(waiter) ?? -1;
            if (index >= 0) current!.splice(index, 1);
            reject(new Error(`no reply in conversation within ${timeoutMs} ms`));
          }, timeoutMs),
        };
        queue.push(waiter);
      }),
    replies: (conversationId) => byConversation.get(conversationId) ?? [],
    conversations: () => [...byConversation.keys()],
    close: () =>
      new Promise<void>((resolve) => {
        for (const queue of waiters.values()) for (const waiter of queue) clearTimeout(waiter.timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
