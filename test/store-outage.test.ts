import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aanmeldformulierData, classifySubmitReply, dutchToday, invokeContent } from '../scripts/load/form-turns.js';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import { startCosmosFaultProxy, type CosmosFaultProxy } from './fakes/cosmos-fault-proxy.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsCardAction, teamsMessage } from './helpers/teams-activity.js';
import { startSharedCosmos, startTestBot, type TestBot } from './helpers/test-bot.js';

describe('a turn while the store is down', () => {
  let cosmos: EmbeddedCosmosServer;
  let proxy: CosmosFaultProxy;
  let channel: LoopbackChannel;
  let bot: TestBot;

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    proxy = await startCosmosFaultProxy({ upstream: cosmos.endpoint });
    channel = await startLoopbackChannel();
    bot = await startTestBot({ cosmosEndpoint: proxy.endpoint });
  });
  afterAll(async () => {
    await bot.close();
    await channel.close();
    await proxy.close();
    await cosmos.close();
  });

  it(
    'should answer a pressed form card at the card with "niet opgeslagen", and file it ' + 'once the store is back',
    async () => {
      const conversationId = personalConversationId();
      const data = {
        verb: 'form-submit',
        ...aanmeldformulierData({ name: 'Pim Storing', birthDate: '2011-02-03' }, randomUUID(), dutchToday()),
      };
      const press = () =>
        bot.post(teamsCardAction({ serviceUrl: channel.serviceUrl, conversationId, verb: 'form-submit', data }));
      await proxy.stop();
      const down = await press();
      expect(down.status).toBe(200);
      // The form comes back as it was, with every value kept and "Niet opgeslagen" on it.
      expect(down.body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(classifySubmitReply(invokeContent(down.body))).toBe('unsaved');
      expect(JSON.stringify(down.body.value)).toContain('Pim Storing');
      await proxy.start();
      const up = await press();
      expect(classifySubmitReply(invokeContent(up.body))).toBe('filed');
    },
  );

  it('should tell a message sender that nothing was done, not a generic apology', async () => {
    const conversationId = personalConversationId();
    await proxy.stop();
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'onboarding' }));
    await proxy.start();
    const [reply] = await channel.waitForActivities(1, { conversationId });
    expect(reply!.text).toContain('Niet opgeslagen');
  });

  it('should keep answering protocol questions, "wat nu?" and help while the store is down', async () => {
    const conversationId = personalConversationId();
    await proxy.stop();
    try {
      for (const text of ['Wat is een thuiszitter?', 'Sanne is deze maand 9 keer te laat gekomen, wat nu?', 'help']) {
        await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text }));
      }
      const replies = await channel.waitForActivities(3, { conversationId });
      const texts = replies.map((reply) => JSON.stringify(reply));
      // The answer card heads with its document: "Uit het protocol", "Uit het jaarverslag …".
      expect(texts[0]).toMatch(/"text":"Uit het /);
      expect(texts[1]).toContain('Bijlage 1');
      expect(texts[2]).toContain('Welkom bij Verzuimwijzer');
      expect(texts.join(' ')).not.toContain('Niet opgeslagen');
    } finally {
      await proxy.start();
    }
  });
});
