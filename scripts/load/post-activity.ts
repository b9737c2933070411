import { Agent, request as httpRequest } from 'node:http';

/** One keep-alive agent for the whole run, as the Bot Connector service keeps its connections open. */
const agent = new Agent({ keepAlive: true, maxSockets: 256 });

export type PostResult = { readonly status: number; readonly body: any };

/**
 * POSTs an activity to the bot's `/api/messages` as the channel does. Resolves with the status and the
 * parsed body (an invoke response carries the replacement card there); rejects on a network failure.
 */
export function postActivity(botUrl: string, activity: object, timeoutMs = 30_000): Promise<PostResult> {
  const payload = Buffer.from(JSON.stringify(activity));
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${botUrl}/api/messages`,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': payload.length },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text
          }
          resolve({ status: response.statusCode ?? 0, body });
        });
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no HTTP response within ${timeoutMs} ms`)));
    request.on('error', reject);
    request.end(payload);
  });
}
