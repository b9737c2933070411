import { describe, expect, it } from 'vitest';
import { withSubmitFallbacks } from './render-card.js';

describe('withSubmitFallbacks', () => {
  it('should give an Action.Execute without a fallback an Action.Submit with the same title, data and verb', () => {
    const card = withSubmitFallbacks({
      type: 'AdaptiveCard',
      actions: [
        { type: 'Action.Execute', title: 'Volgende', verb: 'guide-next', data: { step: 3 }, associatedInputs: 'auto' },
      ],
    });
    expect(card.actions[0]).toMatchObject({
      fallback: {
        type: 'Action.Submit',
        title: 'Volgende',
        data: { step: 3, verb: 'guide-next' },
        associatedInputs: 'auto',
      },
    });
  });

  it('should reach actions nested in show cards and action sets, and leave an existing fallback alone', () => {
    const existing = { type: 'Action.Submit', title: 'Eigen', data: { verb: 'x' } };
    const card = withSubmitFallbacks({
      type: 'AdaptiveCard',
      body: [
        {
          type: 'ActionSet',
          actions: [
            {
              type: 'Action.ShowCard',
              card: {
                type: 'AdaptiveCard',
                actions: [{ type: 'Action.Execute', verb: 'note-save', title: 'Opslaan' }],
              },
            },
          ],
        },
      ],
      actions: [{ type: 'Action.Execute', verb: 'x', title: 'X', fallback: existing }],
    });
    expect(card.body[0]!.actions[0]!.card.actions[0]).toMatchObject({
      fallback: { type: 'Action.Submit', data: { verb: 'note-save' } },
    });
    expect(card.actions[0]!.fallback).toBe(existing);
  });
});
