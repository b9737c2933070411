import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { randomUUID } from 'node:crypto';
import { aanmeldformulierData, classifySubmitReply, dutchToday, invokeContent } from '../scripts/load/form-turns.js';
import { personalConversationId, teamsCardAction, teamsCardSubmit, teamsMessage } from './helpers/teams-activity.js';
import { startSharedCosmos, startTestBot, type TestBot } from './helpers/test-bot.js';

const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('duplicate delivery', () => {
  let cosmos: EmbeddedCosmosServer;
  let channel: LoopbackChannel;
  let first: TestBot;
  let second: TestBot;

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    channel = await startLoopbackChannel();
    // Two bot instances on one Cosmos endpoint and database, as two App Service instances would be.
    const env = { COSMOS_DATABASE: 'duplicate-delivery' };
    first = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint });
    second = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint });
  });
  afterAll(async () => {
    await first.close();
    await second.close();
    await channel.close();
    await cosmos.close();
  });

  it('should act once on each of 20 activities each delivered three times at once', async () => {
    const conversations = Array.from({ length: 20 }, () => personalConversationId());
    const activities = conversations.map((conversationId) =>
      teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' }),
    );
    const responses = await Promise.all(
      activities.flatMap((activity) => [first.post(activity), first.post(activity), first.post(activity)]),
    );
    expect(responses.every((response) => response.status === 200)).toBe(true);
    await Promise.all(conversations.map((conversationId) => channel.waitForActivities(1, { conversationId })));
    await settle();
    for (const conversationId of conversations) expect(channel.activities(conversationId)).toHaveLength(1);
  });

  it('should answer a protocol question delivered three times at once only once', async () => {
    const conversationId = personalConversationId();
    const activity = teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'Wat is een thuiszitter?' });
    await Promise.all([first.post(activity), first.post(activity), first.post(activity)]);
    await channel.waitForActivities(1, { conversationId });
    await settle();
    expect(channel.activities(conversationId)).toHaveLength(1);
  });

  // A command changes stored data (here: onboarding progress), so it is claimed across instances.
  it('should act once when two bot instances sharing one Cosmos endpoint get the same command at once', async () => {
    const conversations = Array.from({ length: 10 }, () => personalConversationId());
    const activities = conversations.map((conversationId) =>
      teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'onboarding' }),
    );
    await Promise.all(activities.flatMap((activity) => [first.post(activity), second.post(activity)]));
    await Promise.all(conversations.map((conversationId) => channel.waitForActivities(1, { conversationId })));
    await settle();
    for (const conversationId of conversations) expect(channel.activities(conversationId)).toHaveLength(1);
  });

  it('should not act again when Teams redelivers a command after the turn was answered', async () => {
    const conversationId = personalConversationId();
    const activity = teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'onboarding' });
    expect((await first.post(activity)).status).toBe(200);
    await channel.waitForActivities(1, { conversationId });
    // Teams resends after 15 s when it did not see the answer in time; here the resend goes to the other instance.
    expect((await second.post(activity)).status).toBe(200);
    expect((await first.post(activity)).status).toBe(200);
    await settle();
    expect(channel.activities(conversationId)).toHaveLength(1);
  });

  it('should act on the redelivery when the first delivery failed, so a failed turn is not lost', async () => {
    const conversationId = personalConversationId();
    const activity = teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' });
    // The channel refuses the reply (and the apology): the turn fails, its claim is released.
    channel.failNext(2, 400);
    await first.post(activity);
    await settle();
    expect(channel.activities(conversationId)).toHaveLength(0);
    await second.post(activity);
    const replies = await channel.waitForActivities(1, { conversationId });
    expect(JSON.stringify(replies[0])).toContain('Welkom bij Verzuimwijzer');
  });

  describe('the same card pressed twice', () => {
    const pupil = { name: 'Tess Duplo', birthDate: '2012-05-17' };
    const recordsOf = async (bot: TestBot, submissionId: string) => {
      const { resources } = await bot.store.containers.dossier.items
        .query({
          query: 'SELECT c.id FROM c WHERE c.submissionId = @submissionId',
          parameters: [{ name: '@submissionId', value: submissionId }],
        })
        .fetchAll();
      return resources.length;
    };

    it('should file one record when Action.Execute is pressed twice at once, on two instances', async () => {
      const submissionId = randomUUID();
      const conversationId = personalConversationId();
      const data = { verb: 'form-submit', ...aanmeldformulierData(pupil, submissionId, dutchToday()) };
      const press = (bot: TestBot) =>
        bot.post(teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, verb: 'form-submit', data }));
      const responses = await Promise.all([press(first), press(second), press(first)]);
      expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
      const replies = responses.map((response) => classifySubmitReply(invokeContent(response.body))).sort();
      expect(replies).toEqual(['filed', 'filed-before', 'filed-before']);
      expect(await recordsOf(first, submissionId)).toBe(1);
    });

    it('should file one record when Action.Submit is pressed twice at once', async () => {
      const submissionId = randomUUID();
      const conversationId = personalConversationId();
      const data = { verb: 'form-submit', ...aanmeldformulierData(pupil, submissionId, dutchToday()) };
      const press = () => first.post(teamsCardSubmit({ serviceUrl: channel.serviceUrl, conversationId, data }));
      await Promise.all([press(), press()]);
      const replies = await channel.waitForActivities(2, { conversationId });
      expect(replies.map((reply) => classifySubmitReply(JSON.stringify(reply))).sort()).toEqual([
        'filed',
        'filed-before',
      ]);
      expect(await recordsOf(first, submissionId)).toBe(1);
    });
  });
});
