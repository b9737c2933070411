import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsMessage } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';

describe('authentication with an app id', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;

  useTestBot(
    () => ({
      env: { MicrosoftAppId: '00000000-0000-4000-8000-00000000b07', MicrosoftAppPassword: 'not-a-real-secret' },
    }),
    (session) => ({ bot, channel } = session),
  );

  it('should refuse a POST without a Bot Framework token with 401 and never reach the bot', async () => {
    const conversationId = personalConversationId();
    const response = await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' }));
    expect(response.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(channel.requests).toHaveLength(0);
  });

  it('should refuse a forged bearer token with 401', async () => {
    const conversationId = personalConversationId();
    const forged = [
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9',
      Buffer.from(JSON.stringify({ aud: 'x', iss: 'https://api.botframework.com' })).toString('base64url'),
      'c2lnbmF0dXJl',
    ].join('.');
    const response = await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' }), {
      authorization: `Bearer ${forged}`,
    });
    expect(response.status).toBe(401);
    expect(channel.requests).toHaveLength(0);
  });

  it('should report authenticated mode on /healthz', async () => {
    const response = await fetch(`${bot.server.url}/healthz`);
    expect(await response.json()).toMatchObject({ mode: 'authenticated' });
  });
});
