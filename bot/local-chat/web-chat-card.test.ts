import { describe, expect, it } from 'vitest';
import {
  localChatActionKey,
  readCardPress,
  translateAttachmentsForWebChat,
  withoutCardPressMarker,
} from './web-chat-card.js';

const card = (content: object) => [{ contentType: 'application/vnd.microsoft.card.adaptive', content }];

describe('translateAttachmentsForWebChat', () => {
  it('should turn Action.Execute into Action.Submit that carries verb and card id', () => {
    const [attachment] = translateAttachmentsForWebChat(
      card({
        type: 'AdaptiveCard',
        actions: [
          {
            type: 'Action.Execute',
            title: 'Volgende',
            verb: 'guide-next',
            data: { step: 2 },
            style: 'positive',
            fallback: { type: 'Action.Submit', title: 'x' },
          },
        ],
      }),
      'conversation|0000003',
    ) as [{ content: { actions: object[] } }];
    expect(attachment.content.actions[0]).toEqual({
      type: 'Action.Submit',
      title: 'Volgende',
      style: 'positive',
      data: {
        step: 2,
        [localChatActionKey]: { kind: 'execute', activityId: 'conversation|0000003', verb: 'guide-next' },
      },
    });
  });

  it('should translate actions nested in ActionSets, ShowCards and selectActions', () => {
    const [attachment] = translateAttachmentsForWebChat(
      card({
        type: 'AdaptiveCard',
        body: [
          { type: 'ActionSet', actions: [{ type: 'Action.Execute', verb: 'a', title: 'A' }] },
          { type: 'Container', selectAction: { type: 'Action.Submit', data: { verb: 'b' } }, items: [] },
        ],
        actions: [
          {
            type: 'Action.ShowCard',
            title: 'Meer',
            card: { type: 'AdaptiveCard', actions: [{ type: 'Action.Execute', verb: 'c', title: 'C' }] },
          },
        ],
      }),
      'id-1',
    ) as [{ content: Record<string, any> }];
    const { content } = attachment;
    expect(content.body[0].actions[0].data[localChatActionKey]).toEqual({
      kind: 'execute',
      activityId: 'id-1',
      verb: 'a',
    });
    expect(content.body[1].selectAction.data).toEqual({
      verb: 'b',
      [localChatActionKey]: { kind: 'submit', activityId: 'id-1' },
    });
    expect(content.actions[0].card.actions[0].type).toBe('Action.Submit');
  });

  it("should turn Teams' imBack and messageBack hints into Web Chat's own card actions", () => {
    const [attachment] = translateAttachmentsForWebChat(
      card({
        type: 'AdaptiveCard',
        actions: [
          {
            type: 'Action.Submit',
            title: 'Wat nu?',
            data: { msteams: { type: 'imBack', value: 'wat nu?' }, verb: 'command-run' },
          },
          {
            type: 'Action.Submit',
            title: 'Ja',
            data: { msteams: { type: 'messageBack', text: 'ja', displayText: 'Ja', value: { answer: 'ja' } } },
          },
        ],
      }),
      'id-2',
    ) as [{ content: Record<string, any> }];
    expect(attachment.content.actions[0].data).toEqual({
      __isBotFrameworkCardAction: true,
      cardAction: { type: 'imBack', title: 'Wat nu?', value: 'wat nu?' },
    });
    expect(attachment.content.actions[1].data).toEqual({
      __isBotFrameworkCardAction: true,
      cardAction: { type: 'messageBack', title: 'Ja', text: 'ja', displayText: 'Ja', value: { answer: 'ja' } },
    });
  });

  it('should show the Action.Submit fallback, or nothing, in submit mode (a client without Action.Execute)', () => {
    const [attachment] = translateAttachmentsForWebChat(
      card({
        type: 'AdaptiveCard',
        actions: [
          {
            type: 'Action.Execute',
            title: 'Indienen',
            verb: 'form-submit',
            data: { formType: 'x' },
            fallback: { type: 'Action.Submit', title: 'Indienen', data: { verb: 'form-submit', formType: 'x' } },
          },
          { type: 'Action.Execute', title: 'Volgende', verb: 'guide-next' },
          { type: 'Action.Execute', title: 'Stoppen', verb: 'guide-stop', fallback: 'drop' },
        ],
        selectAction: { type: 'Action.Execute', verb: 'open' },
      }),
      'id-3',
      'submit',
    ) as [{ content: Record<string, any> }];
    expect(attachment.content.actions).toEqual([
      {
        type: 'Action.Submit',
        title: 'Indienen',
        data: { verb: 'form-submit', formType: 'x', [localChatActionKey]: { kind: 'submit', activityId: 'id-3' } },
      },
    ]);
    expect(attachment.content).not.toHaveProperty('selectAction');
  });

  it('should leave other attachments and string Submit data alone', () => {
    const attachments = [
      { contentType: 'text/plain', content: 'x' },
      ...card({ type: 'AdaptiveCard', actions: [{ type: 'Action.Submit', data: 'ja' }] }),
    ];
    expect(translateAttachmentsForWebChat(attachments, 'id')).toEqual(attachments);
    expect(translateAttachmentsForWebChat(undefined, 'id')).toBeUndefined();
  });
});

describe('readCardPress', () => {
  it('should read an Execute press back as verb, card id and data without the marker', () => {
    const value = {
      step: 2,
      note: 'tekst',
      [localChatActionKey]: { kind: 'execute', activityId: 'id-1', verb: 'guide-next' },
    };
    expect(readCardPress(value)).toEqual({
      kind: 'execute',
      verb: 'guide-next',
      activityId: 'id-1',
      data: { step: 2, note: 'tekst' },
    });
    expect(withoutCardPressMarker(value)).toEqual({ step: 2, note: 'tekst' });
  });

  it('should read a Submit press and ignore values without or with a broken marker', () => {
    expect(readCardPress({ verb: 'x', [localChatActionKey]: { kind: 'submit', activityId: 'id-9' } })).toEqual({
      kind: 'submit',
      activityId: 'id-9',
      data: { verb: 'x' },
    });
    expect(readCardPress({ verb: 'x' })).toBeUndefined();
    expect(readCardPress({ [localChatActionKey]: { kind: 'other' } })).toBeUndefined();
    expect(readCardPress('text')).toBeUndefined();
  });
});
