import { describe, expect, it } from 'vitest';
import { createSilentLogger } from '../../src/logging/logger.js';
import type { BotResponse, OutgoingActivity } from './bot-endpoint.js';
import { createLocalChatBridge } from './local-chat-bridge.js';
import type { LocalConversation } from './local-conversation.js';
import { localChatActionKey } from './web-chat-card.js';

type Sent = { conversation: LocalConversation; activity: OutgoingActivity };

/** A bot that records what it is sent and answers with `respond` (200 with no body by default). */
function fakeBot(
  respond: (activity: OutgoingActivity) => BotResponse | Promise<BotResponse> = () => ({ status: 200, body: '' }),
) {
  const sent: Sent[] = [];
  return {
    sent,
    sendToBot: async (conversation: LocalConversation, activity: OutgoingActivity) => {
      sent.push({ conversation, activity });
      return respond(activity);
    },
  };
}

const user = { id: 'local-user-0001', name: 'Lokale gebruiker' };
const card = (title: string, actions: object[]) => ({
  contentType: 'application/vnd.microsoft.card.adaptive',
  content: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: title }], actions },
});

function setUp(respond?: Parameters<typeof fakeBot>[0]) {
  const bot = fakeBot(respond);
  const bridge = createLocalChatBridge({ logger: createSilentLogger(), sendToBot: bot.sendToBot });
  const { conversation } = bridge.openSession({ user, botBaseUrl: 'http://127.0.0.1:1' });
  return { bot, bridge, conversation };
}

describe('createLocalChatBridge', () => {
  it('should send the install conversationUpdate once when a conversation starts', async () => {
    const { bot, bridge, conversation } = setUp();
    bridge.start(conversation);
    bridge.start(conversation);
    await bridge.idle();
    expect(bot.sent.map(({ activity }) => activity.type)).toEqual(['conversationUpdate']);
    expect(bot.sent[0]!.activity.membersAdded).toEqual([
      expect.objectContaining({ role: 'bot' }),
      { id: user.id, name: user.name },
    ]);
  });

  it('should echo a message to the page with its clientActivityID and deliver it to the bot', async () => {
    const { bot, bridge, conversation } = setUp();
    const echo = bridge.receiveFromPage(conversation, {
      type: 'message',
      text: 'hallo',
      channelData: { clientActivityID: 'c-1' },
      from: { id: 'someone-else' },
    });
    await bridge.idle();
    expect(echo).toMatchObject({
      text: 'hallo',
      from: { id: user.id, role: 'user' },
      channelData: { clientActivityID: 'c-1' },
    });
    expect(conversation.activitiesAfter(0).activities).toEqual([echo]);
    expect(bot.sent[0]!.activity).toMatchObject({ id: echo.id, type: 'message', text: 'hallo' });
  });

  it(
    'should turn an Execute press into the adaptiveCard/action invoke and replace the ' + 'card with the response',
    async () => {
      const { bot, bridge, conversation } = setUp(() => ({
        status: 200,
        body: JSON.stringify({
          statusCode: 200,
          type: 'application/vnd.microsoft.card.adaptive',
          value: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'Stap 2' }] },
        }),
      }));
      const sent = bridge.receiveFromBot(conversation.id, {
        type: 'message',
        attachments: [
          card('Stap 1', [{ type: 'Action.Execute', title: 'Volgende', verb: 'guide-next', data: { step: 1 } }]),
        ],
      })!;
      const marker = (sent.attachments as any)[0].content.actions[0].data[localChatActionKey];
      expect(marker).toEqual({ kind: 'execute', activityId: sent.id, verb: 'guide-next' });

      bridge.receiveFromPage(conversation, {
        type: 'message',
        value: { step: 1, note: 'x', [localChatActionKey]: marker },
        channelData: { clientActivityID: 'c-2', postBack: true },
      });
      await bridge.idle();
      expect(bot.sent[0]!.activity).toMatchObject({
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId: sent.id,
        value: {
          action: { type: 'Action.Execute', verb: 'guide-next', data: { step: 1, note: 'x' } },
          trigger: 'manual',
        },
      });
      const replaced = conversation.find(sent.id)!;
      expect(JSON.stringify(replaced.attachments)).toContain('Stap 2');
      expect((replaced.channelData as Record<string, unknown>)['webchat:sequence-id']).toBe(
        (sent.channelData as Record<string, unknown>)['webchat:sequence-id'],
      );
    },
  );

  it('should show a text invoke response as a message and an error as a notice', async () => {
    let reply: BotResponse = {
      status: 200,
      body: JSON.stringify({
        statusCode: 200,
        type: 'application/vnd.microsoft.activity.message',
        value: 'Deze stap is al afgerond.',
      }),
    };
    const { bridge, conversation } = setUp(() => reply);
    const sent = bridge.receiveFromBot(conversation.id, {
      type: 'message',
      attachments: [card('Stap 1', [{ type: 'Action.Execute', title: 'Volgende', verb: 'guide-next' }])],
    })!;
    const press = { [localChatActionKey]: { kind: 'execute', activityId: sent.id, verb: 'guide-next' } };
    bridge.receiveFromPage(conversation, { type: 'message', value: press });
    await bridge.idle();
    expect(conversation.activitiesAfter(0).activities.at(-1)).toMatchObject({
      type: 'message',
      text: 'Deze stap is al afgerond.',
      from: { role: 'bot' },
    });
    reply = { status: 200, body: '' };
    bridge.receiveFromPage(conversation, { type: 'message', value: press });
    await bridge.idle();
    expect(conversation.activitiesAfter(0).activities.at(-1)).toMatchObject({
      text: 'De bot gaf geen antwoord op deze knop.',
    });
    reply = { status: 500, body: '' };
    bridge.receiveFromPage(conversation, { type: 'message', value: press });
    await bridge.idle();
    expect(conversation.activitiesAfter(0).activities.at(-1)).toMatchObject({
      text: 'De bot kon deze knop niet verwerken (HTTP 500).',
    });
  });

  it('should deliver a Submit press as a message with the value and the pressed card as replyToId', async () => {
    const { bot, bridge, conversation } = setUp();
    bridge.receiveFromPage(conversation, {
      type: 'message',
      value: {
        verb: 'form-submit',
        pupilName: 'Sanne',
        [localChatActionKey]: { kind: 'submit', activityId: 'card-7' },
      },
    });
    await bridge.idle();
    expect(bot.sent[0]!.activity).toMatchObject({
      type: 'message',
      replyToId: 'card-7',
      value: { verb: 'form-submit', pupilName: 'Sanne' },
    });
    expect(JSON.stringify(conversation.activitiesAfter(0))).not.toContain(localChatActionKey);
  });

  it('should turn a 👍/👎 press under an answer into the message/submitAction invoke Teams sends', async () => {
    const { bot, bridge, conversation } = setUp();
    const sent = bridge.receiveFromBot(conversation.id, {
      type: 'message',
      text: 'Vanaf 12 keer te laat',
      channelData: { feedbackLoopEnabled: true },
    })!;
    const [like] = (sent.entities as any)[0].potentialAction;
    bridge.receiveFromPage(conversation, { type: 'event', name: 'webchat:activity-status/feedback', entities: [like] });
    await bridge.idle();
    expect(bot.sent[0]!.activity).toMatchObject({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: sent.id,
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{"feedbackText":""}' } },
    });
  });

  it('should tell the page when the bot cannot be reached or rejects a message', async () => {
    const { bridge, conversation } = setUp(() => {
      throw new Error('connect ECONNREFUSED');
    });
    bridge.receiveFromPage(conversation, { type: 'message', text: 'hallo' });
    await bridge.idle();
    expect(conversation.activitiesAfter(0).activities.at(-1)).toMatchObject({
      text: 'De bot is niet bereikbaar. Draait hij nog?',
    });
  });

  it('should keep activities in the order the page sent them', async () => {
    const order: string[] = [];
    const { bridge, conversation } = setUp(async (activity) => {
      await new Promise((resolve) => setTimeout(resolve, activity.text === 'een' ? 50 : 0));
      order.push(String(activity.text));
      return { status: 200, body: '' };
    });
    bridge.receiveFromPage(conversation, { type: 'message', text: 'een' });
    bridge.receiveFromPage(conversation, { type: 'message', text: 'twee' });
    await bridge.idle();
    expect(order).toEqual(['een', 'twee']);
  });

  it('should resume a conversation for the same user only', () => {
    const { bridge, conversation } = setUp();
    expect(bridge.openSession({ user, conversationId: conversation.id, botBaseUrl: 'http://127.0.0.1:1' })).toEqual({
      conversation,
      resumed: true,
    });
    const other = bridge.openSession({
      user: { id: 'local-user-0002', name: 'Ander' },
      conversationId: conversation.id,
      botBaseUrl: 'http://127.0.0.1:1',
    });
    expect(other.resumed).toBe(false);
    expect(other.conversation.id).not.toBe(conversation.id);
  });

  it('should update an activity in place for updateActivity and refuse unknown ones', () => {
    const { bridge, conversation } = setUp();
    const sent = bridge.receiveFromBot(conversation.id, { type: 'message', text: 'oud' })!;
    expect(bridge.updateFromBot(conversation.id, sent.id, { type: 'message', text: 'nieuw' })).toMatchObject({
      id: sent.id,
      text: 'nieuw',
    });
    expect(bridge.updateFromBot(conversation.id, 'unknown', { type: 'message' })).toBeUndefined();
    expect(bridge.receiveFromBot('unknown-conversation', { type: 'message' })).toBeUndefined();
  });
});
