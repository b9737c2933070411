import { Writable } from 'node:stream';
import type { TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLogger } from '../src/logging/logger.js';
import { createTurnErrorHandler } from './turn-errors.js';

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
