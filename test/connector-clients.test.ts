import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reuseConnectorClients } from '../bot/connector-clients.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsMessage } from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';

describe('connector clients', () => {
  it('are made once per service URL and audience, and a user token client once per app', async () => {
    const authentication = new ConfigurationBotFrameworkAuthentication({});
    reuseConnectorClients(authentication);
    const activity = (serviceUrl: string) =>
      teamsMessage({ serviceUrl, conversationId: personalConversationId(), text: 'hallo' }) as unknown as Activity;
    // Without an app id, authentication is disabled: every request gets the anonymous identity.
    const first = await authentication.authenticateRequest(activity('http://127.0.0.1:1/teams/'), '');
    const second = await authentication.authenticateRequest(activity('http://127.0.0.1:1/teams/'), '');
    const one = await first.connectorFactory!.create('http://127.0.0.1:1/teams/', first.audience);
    const again = await second.connectorFactory!.create('http://127.0.0.1:1/teams/', second.audience);
    const elsewhere = await second.connectorFactory!.create('http://127.0.0.1:2/emea/', second.audience);
    expect(again).toBe(one);
    expect(elsewhere).not.toBe(one);
    // Proactive messages (the oco's notification) use the same clients.
    expect(
      await authentication
        .createConnectorFactory(first.claimsIdentity)
        .create('http://127.0.0.1:1/teams/', first.audience),
    ).toBe(one);
    expect(await authentication.createUserTokenClient(first.claimsIdentity)).toBe(
      await authentication.createUserTokenClient(second.claimsIdentity),
    );
  });

  describe('over HTTP', () => {
    let bot: TestBot;
    let channels: LoopbackChannel[];

    beforeAll(async () => {
      bot = await startTestBot();
      channels = await Promise.all([startLoopbackChannel(), startLoopbackChannel()]);
    });
    afterAll(async () => {
      await Promise.all(channels.map((channel) => channel.close()));
      await bot.close();
    });

    it('still send each reply to the service URL its activity came from', async () => {
      const turns = channels.flatMap((channel) =>
        [1, 2].map(() => ({ channel, conversationId: personalConversationId() })),
      );
      const responses = await Promise.all(
        turns.map(({ channel, conversationId }) =>
          bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' })),
        ),
      );
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
      for (const { channel, conversationId } of turns) {
        const [reply] = await channel.waitForActivities(1, { conversationId });
        expect(JSON.stringify(reply!.attachments[0].content)).toContain('Welkom bij Verzuimwijzer');
      }
      for (const [position, channel] of channels.entries()) {
        const others = turns.filter((turn) => turn.channel !== channel).map((turn) => turn.conversationId);
        for (const conversationId of others)
          expect(channel.activities(conversationId), `channel ${position}`).toHaveLength(0);
      }
    });
  });
});
