import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StoreError } from '../storage/store-errors.js';
import { errorLogFields } from './error-fields.js';

const secret = 'Geheime Leerlingnaam';

describe('errorLogFields', () => {
  it('should leave out the message and stack head of a zod error that quotes the rejected input', () => {
    const result = z.object({ track: z.enum(['vmbo', 'havo']) }).safeParse({ track: secret });
    expect(result.success).toBe(false);
    const error = result.success ? undefined : result.error;
    expect(error?.message).toContain(secret);
    const fields = errorLogFields(error);
    expect(fields.errorName).toBe('ZodError');
    expect(JSON.stringify(fields)).not.toContain(secret);
    expect(fields.stack).toMatch(/^\s+at /);
  });

  it('should leave out the input a JSON syntax error quotes', () => {
    let error: unknown;
    try {
      JSON.parse(`{"pupilName": ${secret}}`);
    } catch (caught) {
      error = caught;
    }
    expect((error as Error).message).toContain('Geheime');
    expect(JSON.stringify(errorLogFields(error))).not.toContain('Geheime');
  });

  it('should keep the reason, the status code and the cause name that locate a store failure', () => {
    const cause = Object.assign(new Error(`conflict on document ${secret}`), { name: 'ErrorResponse', code: 409 });
    const fields = errorLogFields(new StoreError('conflict', false, { cause }));
    expect(fields).toMatchObject({
      errorName: 'StoreError',
      errorReason: 'conflict',
      causeName: 'ErrorResponse',
      causeCode: 409,
    });
    expect(JSON.stringify(fields)).not.toContain(secret);
  });

  it('should describe a thrown non-error by its type only', () => {
    expect(errorLogFields(`text by ${secret}`)).toEqual({ errorName: 'string' });
  });
});
