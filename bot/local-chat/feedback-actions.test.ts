import { describe, expect, it } from 'vitest';
import { feedbackEventName, readFeedbackPress, withFeedbackActions } from './feedback-actions.js';

const answer = {
  type: 'message',
  channelData: { feedbackLoopEnabled: true },
  entities: [
    {
      type: 'https://schema.org/Message',
      '@type': 'Message',
      '@context': 'https://schema.org',
      '@id': '',
      additionalType: ['AIGeneratedContent'],
      citation: [{ '@type': 'Claim', position: 1 }],
    },
  ],
};

describe('withFeedbackActions', () => {
  it("should add Like and Dislike actions to the message's schema.org entity, keeping its citations", () => {
    const [entity] = withFeedbackActions(answer, 'c|0000004').entities as Record<string, any>[];
    expect(entity!.potentialAction).toEqual([
      {
        '@type': 'LikeAction',
        '@id': 'urn:verzuimwijzer:local-chat:feedback:like:c|0000004',
        actionStatus: 'PotentialActionStatus',
      },
      {
        '@type': 'DislikeAction',
        '@id': 'urn:verzuimwijzer:local-chat:feedback:dislike:c|0000004',
        actionStatus: 'PotentialActionStatus',
      },
    ]);
    expect(entity!.citation).toEqual(answer.entities[0]!.citation);
    expect(entity).not.toHaveProperty('additionalType');
  });

  it('should add a message entity when there is none, and leave messages without the feedback loop alone', () => {
    const withEntity = withFeedbackActions(
      { type: 'message', text: 'x', channelData: { feedbackLoopEnabled: true } },
      'id-1',
    );
    expect(withEntity.entities).toEqual([
      expect.objectContaining({ type: 'https://schema.org/Message', '@id': '', potentialAction: expect.any(Array) }),
    ]);
    const plain = { type: 'message', text: 'x' };
    expect(withFeedbackActions(plain, 'id-2')).toBe(plain);
  });
});

describe('readFeedbackPress', () => {
  it('should read the message id and reaction from the event Web Chat posts', () => {
    const [, dislike] = (withFeedbackActions(answer, 'c|0000004').entities as Record<string, any>[])[0]!
      .potentialAction;
    expect(readFeedbackPress({ type: 'event', name: feedbackEventName, entities: [dislike] })).toEqual({
      activityId: 'c|0000004',
      reaction: 'dislike',
    });
    expect(
      readFeedbackPress({
        type: 'event',
        name: feedbackEventName,
        entities: [{ '@type': 'LikeAction', '@id': 'other' }],
      }),
    ).toBeUndefined();
    expect(readFeedbackPress({ type: 'message', text: 'hallo' })).toBeUndefined();
  });
});
