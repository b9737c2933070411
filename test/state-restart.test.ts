import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsInstall, teamsMessage } from './helpers/teams-activity.js';
import { startSharedCosmos, startTestBot } from './helpers/test-bot.js';

describe('what the bot remembers of a conversation, across a restart', () => {
  let cosmos: EmbeddedCosmosServer;
  let channel: LoopbackChannel;

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    channel = await startLoopbackChannel();
  });
  afterAll(async () => {
    await channel.close();
    await cosmos.close();
  });

  it('should keep the welcome in Cosmos DB so a new bot process does not greet the conversation again', async () => {
    const env = { COSMOS_DATABASE: 'restart-test' };
    const conversationId = personalConversationId();

    const first = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint });
    await first.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' }));
    await channel.waitForActivities(1, { conversationId });
    await first.close();

    // A new process against the same endpoint: it knows this conversation was greeted, so an install
    // event does not greet again.
    const second = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint });
    await second.post(teamsInstall({ serviceUrl: channel.serviceUrl, conversationId }));
    await second.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'help' }));
    const replies = await channel.waitForActivities(2, { conversationId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(channel.activities(conversationId)).toHaveLength(2);
    expect(JSON.stringify(replies[1])).toContain('Welkom bij Verzuimwijzer');
    await second.close();
  });

  it('should greet a conversation on install once, however many instances receive the event', async () => {
    const env = { COSMOS_DATABASE: 'restart-test' };
    const conversationId = personalConversationId();
    const [one, two] = await Promise.all([
      startTestBot({ env, cosmosEndpoint: cosmos.endpoint }),
      startTestBot({ env, cosmosEndpoint: cosmos.endpoint }),
    ]);
    // Two install events with different ids (Teams sends membersAdded again when a member is added).
    await Promise.all([
      one.post(teamsInstall({ serviceUrl: channel.serviceUrl, conversationId })),
      two.post(teamsInstall({ serviceUrl: channel.serviceUrl, conversationId })),
    ]);
    await channel.waitForActivities(1, { conversationId });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(channel.activities(conversationId)).toHaveLength(1);
    await Promise.all([one.close(), two.close()]);
  });
});
