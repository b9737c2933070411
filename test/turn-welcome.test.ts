import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsInstall, teamsMessage } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';

describe('welcome turn over HTTP', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;

  useTestBot(
    () => ({}),
    (session) => ({ bot, channel } = session),
  );

  it('should send the Dutch welcome card when the app is installed', async () => {
    const conversationId = personalConversationId();
    const response = await bot.post(teamsInstall({ serviceUrl: channel.serviceUrl, conversationId }));
    expect(response.status).toBe(200);
    const [reply] = await channel.waitForActivities(1, { conversationId });
    const card = reply!.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.version).toBe('1.5');
    expect(JSON.stringify(card.content)).toContain('Welkom bij Verzuimwijzer');
    expect(JSON.stringify(card.content)).toContain('wat nu?');
  });

  it.each(['hallo', 'help', 'Hulp', 'hallo!'])('should answer "%s" with the welcome card', async (text) => {
    const conversationId = personalConversationId();
    const response = await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text }));
    expect(response.status).toBe(200);
    const [reply] = await channel.waitForActivities(1, { conversationId });
    expect(JSON.stringify(reply!.attachments[0].content)).toContain('Welkom bij Verzuimwijzer');
    expect(reply!.replyToId).toBeDefined();
  });

  it('should act once on an activity Teams delivers twice', async () => {
    const conversationId = personalConversationId();
    const activity = teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' });
    const [first, second] = await Promise.all([bot.post(activity), bot.post(activity)]);
    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    await channel.waitForActivities(1, { conversationId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(channel.activities(conversationId)).toHaveLength(1);
  });

  it('should not greet twice in the same conversation when installed again', async () => {
    const conversationId = personalConversationId();
    await bot.post(teamsInstall({ serviceUrl: channel.serviceUrl, conversationId }));
    await channel.waitForActivities(1, { conversationId });
    await bot.post(teamsInstall({ serviceUrl: channel.serviceUrl, conversationId }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(channel.activities(conversationId)).toHaveLength(1);
  });

  it('should answer /healthz with the store reachable', async () => {
    const response = await fetch(`${bot.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      store: { reachable: true, embedded: true },
      mode: 'anonymous',
    });
  });
});
