import { describe, expect, it } from 'vitest';
import { answerFeedbackSchema } from '../src/feedback/index.js';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsMessage, tenantId } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';

function feedbackInvoke({
  serviceUrl,
  conversationId,
  replyToId,
  reaction,
}: {
  serviceUrl: string;
  conversationId: string;
  replyToId: string;
  reaction: 'like' | 'dislike';
}) {
  return {
    type: 'invoke',
    name: 'message/submitAction',
    id: `f${Date.now()}`,
    channelId: 'msteams',
    serviceUrl,
    replyToId,
    from: { id: '29:1-mentor', name: 'Mentor De Vries', aadObjectId: 'aad-mentor-0001' },
    recipient: { id: '28:verzuimwijzer-bot', name: 'Verzuimwijzer' },
    conversation: { id: conversationId, conversationType: 'personal', tenantId },
    channelData: { tenant: { id: tenantId } },
    value: {
      actionName: 'feedback',
      actionValue: { reaction, feedback: JSON.stringify({ feedbackText: 'Sanne de Bruin zit nu al 3 weken thuis' }) },
    },
  };
}

describe('protocol questions over HTTP', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;

  useTestBot(
    () => ({}),
    (session) => ({ bot, channel } = session),
  );

  it('should answer a protocol question with the answer card, its source and Teams citations', async () => {
    const conversationId = personalConversationId();
    const response = await bot.post(
      teamsMessage({
        serviceUrl: channel.serviceUrl,
        conversationId,
        text: 'vanaf hoeveel keer te laat een duo melding?',
      }),
    );
    expect(response.status).toBe(200);
    const [reply] = await channel.waitForActivities(1, { conversationId });
    const card = reply!.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    const json = JSON.stringify(card.content);
    expect(json).toContain('Vanaf 12 keer te laat');
    expect(json).toContain('Bron');
    expect(json).toContain('Te laat komen');
    expect(json).toContain('Action.ShowCard');
    expect(reply!.channelData.feedbackLoopEnabled).toBe(true);
    const [entity] = reply!.entities;
    expect(entity.citation[0]).toMatchObject({
      '@type': 'Claim',
      position: 1,
      appearance: { '@type': 'DigitalDocument' },
    });
    expect(entity.citation[0].appearance.abstract.length).toBeGreaterThan(20);
    expect(entity.additionalType).toBeUndefined();
  });

  it('should say honestly that the protocol does not answer, and name the oco', async () => {
    const conversationId = personalConversationId();
    await bot.post(
      teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'wat is het wifi wachtwoord op school' }),
    );
    const [reply] = await channel.waitForActivities(1, { conversationId });
    const json = JSON.stringify(reply!.attachments[0].content);
    expect(json).toContain('Dat staat niet in het protocol.');
    expect(json).toContain('ondersteuningscoördinator (oco)');
    expect(reply!.entities[0].citation).toBeUndefined();
  });

  it('should offer the gespreksleidraad under an answer about the verzuimgesprek', async () => {
    const conversationId = personalConversationId();
    await bot.post(
      teamsMessage({
        serviceUrl: channel.serviceUrl,
        conversationId,
        text: 'wat is de juiste toon in het verzuimgesprek',
      }),
    );
    const [reply] = await channel.waitForActivities(1, { conversationId });
    const actions = reply!.attachments[0].content.actions as {
      type: string;
      title: string;
      data?: Record<string, unknown>;
    }[];
    expect(actions).toContainEqual(
      expect.objectContaining({
        type: 'Action.Submit',
        title: 'Gespreksleidraad starten',
        data: {
          verb: 'command-run',
          command: 'gespreksleidraad',
          msteams: { type: 'imBack', value: 'gespreksleidraad' },
        },
      }),
    );
  });

  it('should store 👎 feedback with the redacted question and the cited sections, and no pupil data', async () => {
    const conversationId = personalConversationId();
    await bot.post(
      teamsMessage({
        serviceUrl: channel.serviceUrl,
        conversationId,
        text: 'Wie mag opschalen naar het doorbraakoverleg? Groet, Sanne de Bruin (sanne.debruin@school.nl)',
      }),
    );
    const [reply] = await channel.waitForActivities(1, { conversationId });
    const invoke = await bot.post(
      feedbackInvoke({
        serviceUrl: channel.serviceUrl,
        conversationId,
        replyToId: channel.idOf(reply!)!,
        reaction: 'dislike',
      }),
    );
    expect(invoke.status).toBe(200);
    const { resources } = await bot.store.containers.feedback.items.query('SELECT * FROM c').fetchAll();
    const stored = resources
      .map((resource) => answerFeedbackSchema.parse(resource))
      .find((entry) => entry.question.includes('doorbraakoverleg'));
    expect(stored).toMatchObject({ reaction: 'dislike', hasComment: true });
    expect(stored!.sectionIds.length).toBeGreaterThan(0);
    expect(JSON.stringify(reply!.entities)).not.toContain('Sanne');
    const json = JSON.stringify(stored);
    expect(json).not.toContain('Sanne');
    expect(json).not.toContain('Bruin');
    expect(json).not.toContain('school.nl');
    expect(json).not.toContain('weken thuis');
  });

  it('should attach feedback to its answer, also after later ones; store nothing for an unknown message', async () => {
    const conversationId = personalConversationId();
    await bot.post(
      teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'Wat doet een verzuimcoach?' }),
    );
    await bot.post(teamsMessage({ serviceUrl: channel.serviceUrl, conversationId, text: 'Wat is een thuiszitter?' }));
    const [first, second] = await channel.waitForActivities(2, { conversationId });
    const countFeedback = async () =>
      (await bot.store.containers.feedback.items.query('SELECT VALUE COUNT(1) FROM c').fetchAll())
        .resources[0] as number;
    const before = await countFeedback();

    await bot.post(
      feedbackInvoke({
        serviceUrl: channel.serviceUrl,
        conversationId,
        replyToId: channel.idOf(first!)!,
        reaction: 'like',
      }),
    );
    const { resources } = await bot.store.containers.feedback.items.query('SELECT * FROM c').fetchAll();
    const stored = resources
      .map((resource) => answerFeedbackSchema.parse(resource))
      .filter((entry) => entry.reaction === 'like');
    expect(stored.map((entry) => entry.question)).toContain('Wat doet een verzuimcoach?');
    expect(stored.map((entry) => entry.question)).not.toContain('Wat is een thuiszitter?');
    expect(second).toBeDefined();

    // Another conversation's message id, or one that was never an answer: nothing is stored.
    await bot.post(
      feedbackInvoke({
        serviceUrl: channel.serviceUrl,
        conversationId: personalConversationId(),
        replyToId: channel.idOf(first!)!,
        reaction: 'dislike',
      }),
    );
    await bot.post(
      feedbackInvoke({ serviceUrl: channel.serviceUrl, conversationId, replyToId: 'never-sent', reaction: 'dislike' }),
    );
    expect(await countFeedback()).toBe(before + 1);
  });
});
