import { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { connectorPath } from './bot-endpoint.js';
import type { LocalChatBridge } from './local-chat-bridge.js';

export type ConnectorRoutesOptions = {
  readonly bridge: LocalChatBridge;
};

/** Lenient: the bot may send any activity field; we need an object with a type we can show. */
const botActivitySchema = z.object({ type: z.string().max(100).optional() }).passthrough();

/** `createConversation` for one user (proactive messages): lenient, only the member ids are read. */
const createConversationSchema = z
  .object({
    members: z.array(z.object({ id: z.string() }).passthrough()).min(1),
    activity: botActivitySchema.optional(),
  })
  .passthrough();

const loopbackAddresses = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/** Only the bot itself (on this machine) may post replies into local conversations. */
function loopbackOnly(request: Request, response: Response, next: NextFunction): void {
  if (loopbackAddresses.has(request.socket.remoteAddress ?? '')) {
    next();
    return;
  }
  response.status(403).json({
    error: { code: 'Forbidden', message: 'The local chat connector only accepts requests from this machine.' },
  });
}

function notFound(response: Response, what: string): void {
  response.status(404).json({ error: { code: 'NotFound', message: `${what} not found in the local chat` } });
}

/**
 * The Bot Connector routes the bot calls on the `serviceUrl` of local chat activities (what Teams'
 * connector service is for a Teams activity): send, reply, update, delete, and the member look-ups.
 */
export function createConnectorRoutes({ bridge }: ConnectorRoutesOptions): Router {
  const router = Router();
  const base = `${connectorPath}/v3/conversations/:conversationId`;
  router.use(connectorPath, loopbackOnly);

  const send = (request: Request, response: Response) => {
    const parsed = botActivitySchema.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({ error: { code: 'BadArgument', message: 'An activity object is required' } });
      return;
    }
    const replyToId = typeof request.params.replyToId === 'string' ? request.params.replyToId : undefined;
    const stored = bridge.receiveFromBot(String(request.params.conversationId), parsed.data, replyToId);
    if (!stored) return notFound(response, 'Conversation');
    response.status(200).json({ id: stored.id });
  };
  router.post(`${base}/activities`, send);
  router.post(`${base}/activities/:replyToId`, send);

  router.put(`${base}/activities/:activityId`, (request, response) => {
    const parsed = botActivitySchema.safeParse(request.body);
    if (!parsed.success) {
      response.status(400).json({ error: { code: 'BadArgument', message: 'An activity object is required' } });
      return;
    }
    const updated = bridge.updateFromBot(
      String(request.params.conversationId),
      String(request.params.activityId),
      parsed.data,
    );
    if (!updated) return notFound(response, 'Activity');
    response.status(200).json({ id: updated.id });
  });

  // A bot starting a personal chat (to notify a user) gets the user's open local conversation: the page
  // can only show conversations it opened itself.
  router.post(`${connectorPath}/v3/conversations`, (request, response) => {
    const parsed = createConversationSchema.safeParse(request.body);
    const userId = parsed.success ? parsed.data.members[0]!.id : undefined;
    const conversation = userId ? bridge.latestConversationOf(userId) : undefined;
    if (!parsed.success || !conversation) return notFound(response, 'A local chat page of this user');
    const sent = parsed.data.activity ? bridge.receiveFromBot(conversation.id, parsed.data.activity) : undefined;
    response.status(200).json({
      id: conversation.id,
      serviceUrl: `${conversation.botBaseUrl}${connectorPath}/`,
      ...(sent ? { activityId: sent.id } : {}),
    });
  });

  router.delete(`${base}/activities/:activityId`, (request, response) => {
    if (!bridge.deleteFromBot(String(request.params.conversationId), String(request.params.activityId)))
      return notFound(response, 'Activity');
    response.status(200).end();
  });

  const member = (conversationId: string) => {
    const conversation = bridge.conversation(conversationId);
    return conversation ? { id: conversation.user.id, name: conversation.user.name, role: 'user' } : undefined;
  };
  router.get(`${base}/members`, (request, response) => {
    const user = member(String(request.params.conversationId));
    if (!user) return notFound(response, 'Conversation');
    response.json([user]);
  });
  router.get(`${base}/pagedmembers`, (request, response) => {
    const user = member(String(request.params.conversationId));
    if (!user) return notFound(response, 'Conversation');
    response.json({ members: [user] });
  });
  router.get(`${base}/members/:memberId`, (request, response) => {
    const user = member(String(request.params.conversationId));
    if (!user || user.id !== request.params.memberId) return notFound(response, 'Member');
    response.json(user);
  });

  return router;
}
