import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aanmeldformulierSchema, verzuimcoachVerwijzingSchema } from '../src/forms/index.js';
import type { LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';
import { dossierRecords, execute, users, validAanmeldformulier, validVerwijzing } from './forms-support.js';

/** A value a client might send for a field: the valid one, a near miss, or anything at all. */
function mutated(valid: unknown): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant(valid) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '2999-12-31',
        '1900-01-01',
        '2012-02-30',
        'ja',
        'true',
        'a,b',
        '06',
        '@',
        'x'.repeat(5000),
        '<script>',
        '${pupilName}',
      ),
    },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  );
}

function payload(valid: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.fromEntries(
    Object.entries(valid)
      .filter(([key]) => key !== 'verb')
      .map(([key, value]) => [key, mutated(value)]),
  );
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: [] }),
      fc.dictionary(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom('schoolId', 'roles', 'status', 'id', '__proto__', 'constructor'),
        ),
        fc.anything({ maxDepth: 1 }),
        { maxKeys: 2 },
      ),
      fc.boolean(),
    )
    .map(([record, extra, withExtra]) => (withExtra ? { ...extra, ...record } : record));
}

describe('fuzzing form submits over HTTP', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;

  useTestBot(
    () => ({}),
    (session) => ({ bot, channel } = session),
  );

  it.each([
    ['aanmeldformulier', validAanmeldformulier, aanmeldformulierSchema],
    ['verzuimcoach', validVerwijzing, verzuimcoachVerwijzingSchema],
  ] as const)(
    'should never answer 500, crash or save a partial %s',
    async (_name, valid, schema) => {
      const conversation = {
        serviceUrl: channel.serviceUrl,
        conversationId: personalConversationId(),
        from: users.mentor,
      };
      let saved = 0;
      let refused = 0;
      await fc.assert(
        // A fifth of the payloads are valid forms (fresh submission id, padded with spaces): those must be saved.
        fc.asyncProperty(
          fc.oneof(
            { weight: 4, arbitrary: payload(valid()) },
            {
              weight: 1,
              arbitrary: fc
                .constant(null)
                .map((): Record<string, unknown> => ({ ...valid(), pupilName: '  Leerling Fuzz  ' })),
            },
          ),
          async (data: Record<string, unknown>) => {
            const submissionId = typeof data.submissionId === 'string' ? data.submissionId : undefined;
            const before = submissionId
              ? (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === submissionId).length
              : 0;
            const result = await execute(bot, conversation, 'form-submit', data);
            expect(result.status).toBe(200);
            expect(result.card ?? result.text).toBeDefined();
            expect(Buffer.byteLength(JSON.stringify(result.body))).toBeLessThan(28_000);
            const summary = JSON.stringify(result.card ?? '').includes('Opgeslagen en ingediend.');
            if (data.pupilName === '  Leerling Fuzz  ') expect(summary).toBe(true);
            if (summary) saved += 1;
            else refused += 1;
            if (submissionId && !summary && before === 0) {
              expect(
                (await dossierRecords(bot, 'demo')).filter((record) => record.submissionId === submissionId),
              ).toHaveLength(0);
            }
          },
        ),
        { numRuns: 60 },
      );
      // Every record in the store is complete: its content passes the strict schema.
      const records = (await dossierRecords(bot, 'demo')).filter(
        (record) => record.recordType === (valid().formType as string),
      );
      for (const record of records) expect(schema.safeParse(record.content.values).success).toBe(true);
      expect(records.length).toBe(new Set(records.map((record) => record.submissionId)).size);
      expect(saved + refused).toBe(60);
      expect(saved).toBeGreaterThan(0);
    },
    120_000,
  );
});
