import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CosmosBotStorage } from '../bot/state/cosmos-bot-storage.js';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsInstall, teamsMessage } from './helpers/teams-activity.js';
import { startSharedCosmos, startTestBot } from './helpers/test-bot.js';

describe('bot state across a restart', () => {
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

  it('should keep conversation state in Cosmos DB so a new bot process continues the conversation', async () => {
    const env = { COSMOS_DATABASE: 'restart-test' };
    const conversationId = personalConversationId();

    const first = await startTestBot({ env, cosmosEndpoint: cosmos.endpoint });
    await first.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'hallo' }));
    await channel.waitForActivities(1, { conversationId });
    const key = `msteams/28:verzuimwijzer-bot/conversations/${conversationId}`;
    const id = CosmosBotStorage.documentId(key);
    const { resource } = await first.store.containers.botState.item(id, id).read();
    expect(resource).toMatchObject({ key, value: { welcomedAt: expect.any(String) } });
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
});
