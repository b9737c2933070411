import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createSilentLogger } from '../../src/logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../../src/storage/cosmos-connection.js';
import { createBot, type Bot } from '../app.js';
import { startServer, type BotServer } from '../server.js';
import { localChatExtension } from './index.js';

type Session = { conversationId: string; token: string; resumed: boolean };

/** The bot as `npm start` runs it, over HTTP, driven as Web Chat's Direct Line client drives it. */
describe('local chat over HTTP', () => {
  let store: CosmosConnection;
  let bot: Bot;
  let server: BotServer;
  const logger = createSilentLogger();

  beforeAll(async () => {
    const config = loadConfig({ COSMOS_DATABASE: `local-chat-${Math.random().toString(36).slice(2, 10)}` });
    store = await connectCosmos({ cosmos: config.cosmos, logger });
    bot = await createBot({ config, logger, store });
    server = await startServer({ bot, logger, port: 0, host: '127.0.0.1', ...localChatExtension({ config, logger }) });
  });
  afterAll(async () => {
    await server.close();
    await bot.close();
    await store.close();
  });

  const request = (
    path: string,
    { token, method = 'GET', body }: { token?: string; method?: string; body?: unknown } = {},
  ) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });

  const openSession = async (userId: string, conversationId?: string): Promise<Session> =>
    (await (
      await request('/local-chat/session', { method: 'POST', body: { userId, conversationId } })
    ).json()) as Session;

  /** Polls until the bot's activities satisfy `done`, as Web Chat does (with long polling). */
  const pollUntil = async (
    session: Session,
    done: (activities: any[]) => boolean,
    timeoutMs = 15_000,
  ): Promise<any[]> => {
    const deadline = Date.now() + timeoutMs;
    let watermark = '';
    const seen: any[] = [];
    while (Date.now() < deadline) {
      const response = await request(
        `/v3/directline/conversations/${session.conversationId}/activities?watermark=${watermark}`,
        { token: session.token },
      );
      const set = (await response.json()) as { activities: any[]; watermark: string };
      seen.push(...set.activities);
      watermark = set.watermark;
      if (done(seen)) return seen;
    }
    throw new Error(`poll timed out; saw ${JSON.stringify(seen.map((activity) => activity.text ?? activity.type))}`);
  };

  it("should serve the page and Web Chat's bundle from the bot", async () => {
    const page = await request('/');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<script src="/local-chat/webchat.js">');
    expect(html).toContain('lang="nl"');
    const bundle = await request('/local-chat/webchat.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
  });

  it('should start a conversation and show the welcome card with buttons Web Chat can press', async () => {
    const session = await openSession('local-user-welcome-01');
    expect(session.resumed).toBe(false);
    const started = await request('/v3/directline/conversations', { method: 'POST', token: session.token });
    expect(started.status).toBe(201);
    expect(await started.json()).toMatchObject({ conversationId: session.conversationId, token: session.token });
    const [welcome] = await pollUntil(session, (activities) => activities.length >= 1);
    const content = welcome.attachments[0].content;
    expect(JSON.stringify(content)).toContain('Welkom bij Verzuimwijzer');
    expect(content.actions[0].data).toEqual({
      __isBotFrameworkCardAction: true,
      cardAction: { type: 'imBack', title: 'Wat nu?', value: 'wat nu?' },
    });
    expect(welcome.from.role).toBe('bot');
  });

  it("should echo what the page sends and deliver the bot's reply after it", async () => {
    const session = await openSession('local-user-hallo-0001');
    await request('/v3/directline/conversations', { method: 'POST', token: session.token });
    const posted = await request(`/v3/directline/conversations/${session.conversationId}/activities`, {
      method: 'POST',
      token: session.token,
      body: {
        type: 'message',
        text: 'hallo',
        from: { id: 'local-user-hallo-0001', role: 'user' },
        channelData: { clientActivityID: 'client-1' },
      },
    });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    const activities = await pollUntil(
      session,
      (seen) => seen.filter((activity) => activity.from.role === 'bot').length >= 2,
    );
    const echo = activities.find((activity) => activity.id === id);
    expect(echo).toMatchObject({
      text: 'hallo',
      from: { id: 'local-user-hallo-0001', role: 'user' },
      channelData: { clientActivityID: 'client-1' },
    });
    const reply = activities.filter((activity) => activity.from.role === 'bot').at(-1);
    expect(reply.replyToId).toBe(id);
    expect(JSON.stringify(reply.attachments)).toContain('Welkom bij Verzuimwijzer');
  });

  it('should resume the same conversation for the same user after a reload, with its history', async () => {
    const first = await openSession('local-user-resume-001');
    await request('/v3/directline/conversations', { method: 'POST', token: first.token });
    await pollUntil(first, (activities) => activities.length >= 1);
    const again = await openSession('local-user-resume-001', first.conversationId);
    expect(again).toMatchObject({ conversationId: first.conversationId, resumed: true });
    const reconnect = await request(`/v3/directline/conversations/${first.conversationId}?watermark=`, {
      token: again.token,
    });
    expect(reconnect.status).toBe(200);
    const history = await pollUntil(again, (activities) => activities.length >= 1);
    expect(JSON.stringify(history[0].attachments)).toContain('Welkom bij Verzuimwijzer');
    const stranger = await openSession('local-user-stranger-1', first.conversationId);
    expect(stranger.conversationId).not.toBe(first.conversationId);
  });

  it('should refuse a missing token and a token of another conversation', async () => {
    const one = await openSession('local-user-token-0001');
    const two = await openSession('local-user-token-0002');
    expect((await request(`/v3/directline/conversations/${one.conversationId}/activities`)).status).toBe(403);
    expect(
      (await request(`/v3/directline/conversations/${one.conversationId}/activities`, { token: two.token })).status,
    ).toBe(403);
    expect((await request('/local-chat/session', { method: 'POST', body: { userId: 'x' } })).status).toBe(400);
  });

  it('should answer a poll as soon as an activity arrives (long polling)', async () => {
    const session = await openSession('local-user-longpoll-1');
    await request('/v3/directline/conversations', { method: 'POST', token: session.token });
    const [welcome] = await pollUntil(session, (activities) => activities.length >= 1);
    const started = Date.now();
    const poll = request(`/v3/directline/conversations/${session.conversationId}/activities?watermark=1`, {
      token: session.token,
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const update = await request(
      `/local-chat/connector/v3/conversations/${session.conversationId}/activities/${encodeURIComponent(welcome.id)}`,
      {
        method: 'PUT',
        body: { type: 'message', text: 'bijgewerkt' },
      },
    );
    expect(update.status).toBe(200);
    const set = (await (await poll).json()) as { activities: any[] };
    expect(Date.now() - started).toBeLessThan(2000);
    expect(set.activities).toEqual([expect.objectContaining({ id: welcome.id, text: 'bijgewerkt' })]);
  });

  it("should deliver a proactive message to the user's open page when the bot creates a conversation", async () => {
    const session = await openSession('local-user-proactive-1');
    await request('/v3/directline/conversations', { method: 'POST', token: session.token });
    await pollUntil(session, (activities) => activities.length >= 1);
    const created = await request('/local-chat/connector/v3/conversations', {
      method: 'POST',
      body: {
        isGroup: false,
        members: [{ id: 'local-user-proactive-1' }],
        activity: { type: 'message', text: 'Er is een nieuw aanmeldformulier.' },
      },
    });
    expect(created.status).toBe(200);
    expect(await created.json()).toMatchObject({ id: session.conversationId });
    const activities = await pollUntil(session, (seen) =>
      seen.some((activity) => activity.text === 'Er is een nieuw aanmeldformulier.'),
    );
    expect(activities.at(-1)).toMatchObject({ from: { role: 'bot' } });
    const unknown = await request('/local-chat/connector/v3/conversations', {
      method: 'POST',
      body: { members: [{ id: 'nobody-here' }] },
    });
    expect(unknown.status).toBe(404);
  });

  it('should not exist when an app id is configured', async () => {
    const config = loadConfig({
      MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
      MicrosoftAppPassword: 'secret',
      COSMOS_DATABASE: 'unused',
    });
    expect(localChatExtension({ config, logger })).toEqual({});
  });
});
