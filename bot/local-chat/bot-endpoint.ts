import { z } from 'zod';
import type { LocalConversation } from './local-conversation.js';

/** The bot as the local channel addresses it. */
export const localBotAccount = { id: 'verzuimwijzer-local-bot', name: 'Verzuimwijzer', role: 'bot' } as const;

/** The channel id the bot sees for local chat activities (Web Chat's own). */
const localChannelId = 'webchat';

/** Path, under the bot's base URL, of the connector routes the bot sends its replies to. */
export const connectorPath = '/local-chat/connector';

/** What the bot answered on `/api/messages`: the status and the body as text (an invoke response for invokes). */
export type BotResponse = { readonly status: number; readonly body: string };

/** An activity as the page sent it, before the channel fills in who, where and when. */
export type OutgoingActivity = { readonly type: string; readonly id: string; readonly [key: string]: unknown };

/**
 * Completes an activity as a channel does before it reaches the bot: channel, serviceUrl (the bridge's
 * own connector routes), conversation, from (the page's user) and recipient (the bot).
 */
function toBotActivity(conversation: LocalConversation, activity: OutgoingActivity, now: Date = new Date()) {
  return {
    ...activity,
    channelId: localChannelId,
    serviceUrl: `${conversation.botBaseUrl}${connectorPath}/`,
    timestamp: now.toISOString(),
    locale: typeof activity.locale === 'string' ? activity.locale : 'nl-NL',
    from: { id: conversation.user.id, name: conversation.user.name, role: 'user' },
    recipient: { ...localBotAccount },
    conversation: { id: conversation.id, conversationType: 'personal', isGroup: false },
  };
}

/**
 * Delivers one activity to the bot as the channel would: an HTTP POST to `/api/messages` on loopback.
 * Anonymous local mode only, so no token is attached.
 */
export async function postToBot(
  conversation: LocalConversation,
  activity: OutgoingActivity,
  fetchImplementation: typeof fetch = fetch,
): Promise<BotResponse> {
  const response = await fetchImplementation(`${conversation.botBaseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(toBotActivity(conversation, activity)),
  });
  return { status: response.status, body: await response.text() };
}

/** The invoke response of an `adaptiveCard/action`, leniently: only the fields the bridge reads. */
const invokeResponseSchema = z.object({
  statusCode: z.number().int(),
  type: z.string().nullish(),
  value: z.unknown().optional(),
});

export type InvokeResponse = z.infer<typeof invokeResponseSchema>;

/** Parses and validates an invoke response body in one step; undefined when it is not one. */
export function parseInvokeResponse(body: string): InvokeResponse | undefined {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return undefined;
  }
  const parsed = invokeResponseSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}
