import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat completions request as the stub received it. */
export type StubChatRequest = {
  readonly path: string;
  readonly body: {
    model?: string;
    temperature?: number;
    messages: { role: string; content: string }[];
    response_format?: unknown;
    [key: string]: unknown;
  };
  /** The raw request text, to assert what never left the process. */
  readonly raw: string;
};

/** What the stub does with one request: answer with content, fail with a status, or never answer. */
export type StubBehaviour = { readonly content: string } | { readonly status: number } | { readonly hang: true };

export type OpenAIStubServer = {
  /** `http://127.0.0.1:<port>/v1`, for the SDK's `baseURL` (OPENAI_BASE_URL). */
  readonly baseURL: string;
  readonly requests: StubChatRequest[];
  /** Sets how the next requests are handled; throws (500) for requests when nothing is set up. */
  readonly respond: (behaviour: (request: StubChatRequest) => StubBehaviour) => void;
  readonly close: () => Promise<void>;
};

async function readText(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The section ids the answer service offered the model (`<sectie id="…">`). */
export function offeredSectionIds(request: StubChatRequest): string[] {
  const user = request.body.messages.find((message) => message.role === 'user')?.content ?? '';
  return [...user.matchAll(/<sectie id="([^"]+)"/g)].map((match) => match[1]!);
}

/**
 * A loopback OpenAI-compatible server for the chat completions endpoint, so that tests run the real
 * `openai` SDK over HTTP. It records every request and answers as the test says.
 * @example const stub = await startOpenAIStubServer(); stub.respond(() => ({ content: '{"refusal": true}' }));
 */
export async function startOpenAIStubServer(): Promise<OpenAIStubServer> {
  const requests: StubChatRequest[] = [];
  let behaviour: ((request: StubChatRequest) => StubBehaviour) | undefined;
  let counter = 0;
  const server: Server = createServer(async (request, response) => {
    const raw = await readText(request);
    const path = request.url ?? '/';
    if (request.method !== 'POST' || !/\/chat\/completions(\?|$)/.test(path)) {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: `no route ${request.method} ${path}` } }));
      return;
    }
    const recorded: StubChatRequest = { path, body: JSON.parse(raw) as StubChatRequest['body'], raw };
    requests.push(recorded);
    const action = behaviour?.(recorded) ?? { status: 500 };
    if ('hang' in action) return; // never answers: the client's time budget must end it
    if ('status' in action) {
      response
        .writeHead(action.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { message: 'stub failure', type: 'server_error' } }));
      return;
    }
    counter += 1;
    response.writeHead(200, { 'content-type': 'application/json' }).end(
      JSON.stringify({
        id: `chatcmpl-stub-${counter}`,
        object: 'chat.completion',
        created: Math.floor(Date.now() / 1000),
        model: recorded.body.model ?? 'stub',
        choices: [
          { index: 0, message: { role: 'assistant', content: action.content }, finish_reason: 'stop', logprobs: null },
        ],
        usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    respond: (next) => {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
