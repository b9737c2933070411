import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { LocalChatBridge } from './local-chat-bridge.js';
import type { LocalConversation } from './local-conversation.js';

export type DirectLineRoutesOptions = {
  readonly bridge: LocalChatBridge;
  /** How long a poll waits for new activities before answering empty (long polling). @default 8000 */
  readonly pollHoldMs?: number;
};

/** Direct Line tokens are short-lived in Azure; here they live as long as the conversation. */
const tokenLifetimeSeconds = 3600;

const sessionSchema = z.object({
  userId: z.string().regex(/^[A-Za-z0-9_-]{8,80}$/),
  userName: z.string().trim().min(1).max(80).optional(),
  conversationId: z.string().max(120).optional(),
  cardActions: z.enum(['execute', 'submit']).optional(),
});

/** Lenient: Web Chat adds fields we pass through; we only require a type we know. */
const pageActivitySchema = z
  .object({
    type: z.enum(['message', 'event', 'typing']),
    text: z.string().max(10_000).optional(),
    value: z.unknown().optional(),
    name: z.string().max(200).optional(),
    locale: z.string().max(20).optional(),
    channelData: z.record(z.unknown()).optional(),
  })
  .passthrough();

const watermarkSchema = z.preprocess(
  (value) => (value === '' || value === undefined ? 0 : value),
  z.coerce.number().int().min(0),
);

/** The base URL the bot is reached at: the address and port this request came in on (loopback). */
function ownBaseUrl(request: Request): string {
  const address = (request.socket.localAddress ?? '127.0.0.1').replace(/^::ffff:/, '');
  const host = address.includes(':') ? `[${address}]` : address === '0.0.0.0' ? '127.0.0.1' : address;
  return `http://${host}:${request.socket.localPort}`;
}

function bearerConversation(
  bridge: LocalChatBridge,
  request: Request,
  response: Response,
): LocalConversation | undefined {
  const token = /^Bearer (.+)$/.exec(request.header('authorization') ?? '')?.[1];
  const conversation = token ? bridge.findByToken(token) : undefined;
  if (!conversation) {
    response
      .status(403)
      .json({ error: { code: 'TokenExpired', message: 'Onbekende of verlopen sessie: laad de pagina opnieuw.' } });
    return undefined;
  }
  const pathId = request.params.conversationId;
  if (typeof pathId === 'string' && pathId !== conversation.id) {
    response.status(403).json({ error: { code: 'BadArgument', message: 'Deze sessie hoort bij een ander gesprek.' } });
    return undefined;
  }
  return conversation;
}

function conversationBody(conversation: LocalConversation) {
  return { conversationId: conversation.id, token: conversation.token, expires_in: tokenLifetimeSeconds };
}

/**
 * The subset of Direct Line 3.0 that Web Chat uses with `webSocket: false`: start or resume a
 * conversation, post an activity, poll for activities with a watermark, refresh the token.
 * Plus `POST /local-chat/session`, where the page gets its token (Azure's `tokens/generate` needs a secret).
 */
export function createDirectLineRoutes({ bridge, pollHoldMs = 8000 }: DirectLineRoutesOptions): Router {
  const router = Router();

  router.post('/local-chat/session', (request, response) => {
    const parsed = sessionSchema.safeParse(request.body ?? {});
    if (!parsed.success) {
      response.status(400).json({ error: { code: 'BadArgument', message: 'userId ontbreekt of is ongeldig.' } });
      return;
    }
    const { userId, userName = 'Lokale gebruiker', conversationId, cardActions } = parsed.data;
    const { conversation, resumed } = bridge.openSession({
      user: { id: userId, name: userName },
      ...(conversationId ? { conversationId } : {}),
      ...(cardActions ? { cardActions } : {}),
      botBaseUrl: ownBaseUrl(request),
    });
    response.json({
      ...conversationBody(conversation),
      resumed,
      userId,
      userName: conversation.user.name,
      cardActions: conversation.cardActions,
    });
  });

  router.post('/v3/directline/conversations', (request, response) => {
    const conversation = bearerConversation(bridge, request, response);
    if (!conversation) return;
    const isNew = !conversation.started;
    bridge.start(conversation);
    response.status(isNew ? 201 : 200).json(conversationBody(conversation));
  });

  router.get('/v3/directline/conversations/:conversationId', (request, response) => {
    const conversation = bearerConversation(bridge, request, response);
    if (!conversation) return;
    bridge.start(conversation);
    response.json(conversationBody(conversation));
  });

  router.post('/v3/directline/tokens/refresh', (request, response) => {
    const conversation = bearerConversation(bridge, request, response);
    if (!conversation) return;
    response.json(conversationBody(conversation));
  });

  router.get('/v3/directline/conversations/:conversationId/activities', async (request, response) => {
    const conversation = bearerConversation(bridge, request, response);
    if (!conversation) return;
    const watermark = watermarkSchema.safeParse(request.query.watermark);
    if (!watermark.success) {
      response.status(400).json({ error: { code: 'BadArgument', message: 'Ongeldig watermark.' } });
      return;
    }
    const closed = new AbortController();
    response.on('close', () => closed.abort());
    await conversation.waitForActivities(watermark.data, pollHoldMs, closed.signal);
    if (response.destroyed) return;
    response.json(conversation.activitiesAfter(watermark.data));
  });

  router.post('/v3/directline/conversations/:conversationId/activities', (request, response) => {
    const conversation = bearerConversation(bridge, request, response);
    if (!conversation) return;
    const parsed = pageActivitySchema.safeParse(request.body);
    if (!parsed.success) {
      response
        .status(400)
        .json({ error: { code: 'BadArgument', message: 'Dit soort activiteit ondersteunt de lokale chat niet.' } });
      return;
    }
    bridge.start(conversation);
    const echo = bridge.receiveFromPage(conversation, parsed.data);
    response.json({ id: echo.id });
  });

  router.post('/v3/directline/conversations/:conversationId/upload', (_request, response) => {
    response
      .status(415)
      .json({ error: { code: 'NotSupported', message: 'Bestanden versturen kan niet in de lokale chat.' } });
  });

  return router;
}
