import { Writable } from 'node:stream';
import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../src/logging/logger.js';
import { StoreError } from '../src/storage/store-errors.js';
import { createTurnErrorHandler, replyingToUserErrors, storeDownReply } from './turn-errors.js';

describe('createTurnErrorHandler', () => {
  it('should log the error name and reference, never a message that quotes what the user typed', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const sent: unknown[] = [];
    const context = {
      activity: {
        id: 'activity-1',
        type: 'message',
        conversation: { id: 'conversation-1' },
        text: 'Jan de Vries is ziek',
      },
      responded: false,
      sendActivity: async (activity: unknown) => {
        sent.push(activity);
        return { id: 'reply-1' };
      },
    } as unknown as TurnContext;
    let error!: Error;
    try {
      z.object({ track: z.enum(['vmbo', 'havo', 'vwo']) }).parse({ track: 'Jan de Vries' });
    } catch (caught) {
      error = caught as Error;
    }
    expect(error.message).toContain('Jan de Vries');
    await createTurnErrorHandler(createLogger({ destination }))(context, error);
    const log = lines.join('');
    expect(log).toContain('"event":"turn-error"');
    expect(log).toContain('"errorName":"ZodError"');
    expect(log).not.toContain('Jan de Vries');
    expect(String(sent[0])).toMatch(/^Sorry, er ging iets mis/);
  });
});

describe('replyingToUserErrors', () => {
  const refusal = Object.assign(new Error('refused'), { name: 'RefusedError', toReply: () => 'Dat mag niet.' });

  it('should answer an error meant for the user with its own reply, and a store failure only when asked', async () => {
    expect(await replyingToUserErrors(async () => ({ card: 'ok' }))).toEqual({ card: 'ok' });
    expect(await replyingToUserErrors(() => Promise.reject(refusal))).toEqual({ text: 'Dat mag niet.' });
    const storeDown = new StoreError('unavailable', true);
    expect(await replyingToUserErrors(() => Promise.reject(storeDown), { storeFailures: true })).toEqual({
      text: storeDownReply,
    });
    await expect(replyingToUserErrors(() => Promise.reject(storeDown))).rejects.toBe(storeDown);
    await expect(replyingToUserErrors(() => Promise.reject(new TypeError('bug')))).rejects.toThrow('bug');
  });
});
