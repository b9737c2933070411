import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedCosmosServer } from '../src/storage/embedded-cosmos-server.js';
import {
  auditEntries,
  dossierRecords,
  execute,
  install,
  users,
  validAanmeldformulier,
  writeRolesFile,
  type Conversation,
} from './forms-support.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId } from './helpers/teams-activity.js';
import { amsterdam, cardOf, executeActionsOf, textOf } from './helpers/card-walk.js';
import { startSharedCosmos, startTestBot, type TestBot } from './helpers/test-bot.js';

/** A bot instance on a shared database with the test's clock, open records kept 30 days after their last change. */
function startInstance({
  endpoint,
  database,
  rolesFile,
  clock,
  instanceId,
}: {
  endpoint: string;
  database: string;
  rolesFile: string;
  clock: { now: Date };
  instanceId: string;
}): Promise<TestBot> {
  return startTestBot({
    cosmosEndpoint: endpoint,
    env: { COSMOS_DATABASE: database, ROLES_FILE: rolesFile, OPEN_RECORD_RETENTION_DAYS: '30' },
    now: () => clock.now,
    reminders: { intervalMs: 0, instanceId },
  });
}

describe('lapse warnings over HTTP: the oco told 14 days before an open record lapses, once, on two instances', () => {
  let cosmos: EmbeddedCosmosServer;
  let channel: LoopbackChannel;
  let a: Awaited<ReturnType<typeof startInstance>>;
  let b: Awaited<ReturnType<typeof startInstance>>;
  // Monday 7 December 2026, 10:00 in Amsterdam.
  const clock = { now: amsterdam('2026-12-07T10:00:00') };
  const conversations: Record<'mentor' | 'oco' | 'otherOco', Conversation> = {} as never;
  const recordIds: Record<'sanne' | 'daan' | 'otherSchool', string> = {} as never;
  // Only the lapse warnings: the cases' own reminders and digests go to the same chats.
  const warnings = (who: keyof typeof conversations) =>
    channel
      .activities(conversations[who].conversationId)
      .filter((activity) => typeof activity.summary === 'string' && activity.summary.startsWith('Verloopt binnenkort'));
  const tickBoth = async () => {
    await Promise.all([a.bot.reminders.tick(), b.bot.reminders.tick()]);
    // Proactive sends have reached the loopback channel before a tick resolves; a short wait catches strays.
    await new Promise((resolve) => setTimeout(resolve, 150));
  };

  beforeAll(async () => {
    cosmos = await startSharedCosmos();
    channel = await startLoopbackChannel();
    const rolesFile = writeRolesFile();
    const database = `lapse-${Math.random().toString(36).slice(2, 10)}`;
    a = await startInstance({ endpoint: cosmos.endpoint, database, rolesFile, clock, instanceId: 'instance-a' });
    b = await startInstance({ endpoint: cosmos.endpoint, database, rolesFile, clock, instanceId: 'instance-b' });
    for (const who of ['mentor', 'oco', 'otherOco'] as const) {
      conversations[who] = {
        serviceUrl: channel.serviceUrl,
        conversationId: personalConversationId(),
        from: users[who],
      };
      expect((await install(a, conversations[who])).status).toBe(200);
    }
    // Filed on Monday 7 December: kept 30 days after the last change, until Wednesday 6 January, 10:00.
    const sanne = validAanmeldformulier({ pupilName: 'Sanne de Boer' });
    const daan = validAanmeldformulier({ pupilName: 'Daan Willems' });
    const other = validAanmeldformulier({ pupilName: 'Mila Janssen', staffName: 'Oco Andere School' });
    expect((await execute(a, conversations.mentor, 'form-submit', sanne)).card).toBeDefined();
    expect((await execute(b, conversations.mentor, 'form-submit', daan)).card).toBeDefined();
    expect((await execute(a, conversations.otherOco, 'form-submit', other)).card).toBeDefined();
    recordIds.sanne = `aanmeldformulier-${sanne.submissionId}`;
    recordIds.daan = `aanmeldformulier-${daan.submissionId}`;
    recordIds.otherSchool = `aanmeldformulier-${other.submissionId}`;
    expect((await dossierRecords(a, 'school-a')).map((record) => record.retainUntil)).toEqual([
      amsterdam('2027-01-06T10:00:00').toISOString(),
      amsterdam('2027-01-06T10:00:00').toISOString(),
    ]);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await channel?.close();
    await cosmos?.close();
  });

  it('should tell nobody while no record is within 14 days of lapsing', async () => {
    // Tuesday 22 December, 10:00: 15 days before. The oco takes Daan's form in behandeling: a change, so its TTL
    // starts again.
    clock.now = amsterdam('2026-12-22T10:00:00');
    const [daan] = (await dossierRecords(b, 'school-a')).filter((record) => record.id === recordIds.daan);
    expect(
      (
        await execute(b, conversations.oco, 'form-status', {
          recordId: recordIds.daan,
          to: 'in-behandeling',
          etag: daan._etag,
        })
      ).card,
    ).toBeDefined();
    expect((await dossierRecords(b, 'school-a')).find((record) => record.id === recordIds.daan).retainUntil).toBe(
      amsterdam('2027-01-21T10:00:00').toISOString(),
    );
    await tickBoth();
    expect([warnings('oco'), warnings('mentor'), warnings('otherOco')].map((sent) => sent.length)).toEqual([0, 0, 0]);
  });

  it('should send the oco one warning on the morning the record enters the window, two instances ticking', async () => {
    // Wednesday 23 December, 08:05: Sanne's form lapses on 6 January, 14 days on.
    clock.now = amsterdam('2026-12-23T08:05:00');
    await tickBoth();
    const sent = warnings('oco');
    expect(sent).toHaveLength(1);
    const card = cardOf(sent[0]!);
    const text = textOf(card);
    expect(text).toContain('Aanmeldformulier ziekteverzuim — Sanne: verwijderd op wo 6 jan 2027');
    // Ids and first names only: no surname, birth date, phone or free text; Daan's refreshed form is not in it.
    const whole = JSON.stringify(sent[0]);
    for (const absent of [
      'de Boer',
      'Daan',
      '06 12345678',
      'Buikpijn',
      String(validAanmeldformulier().birthDate),
      'Mila',
    ])
      expect(whole).not.toContain(absent);
    expect(sent[0]!.summary).toBe('Verloopt binnenkort: 1 dossierstuk');
    expect(executeActionsOf(card).map((action) => [action.verb, action.data.recordId])).toEqual([
      ['form-view', recordIds.sanne],
    ]);
    // Not to the mentor; the other school's oco hears only of their own school's record.
    expect(warnings('mentor')).toHaveLength(0);
    const other = warnings('otherOco');
    expect(other).toHaveLength(1);
    expect(executeActionsOf(cardOf(other[0]!)).map((action) => action.data.recordId)).toEqual([recordIds.otherSchool]);
    expect(textOf(cardOf(other[0]!))).toContain('— Mila:');
    expect(JSON.stringify(other[0])).not.toContain('Sanne');

    // The button opens the record, through the access rules; the read and the warning are audited without names.
    const opened = await execute(b, conversations.oco, 'form-view', executeActionsOf(card)[0].data);
    expect(opened.card).toBeDefined();
    const audit = await auditEntries(a, 'school-a');
    expect(
      audit
        .filter((entry) => entry.reason === 'lapseWarning')
        .map((entry) => [entry.action, entry.userId, entry.recordId ?? entry.recordIds]),
    ).toEqual(
      expect.arrayContaining([
        ['record-list', users.oco.aadObjectId, [recordIds.sanne]],
        ['record-read', users.oco.aadObjectId, recordIds.sanne],
      ]),
    );
    expect(JSON.stringify(audit)).not.toMatch(/Sanne|Daan/);
  });

  it('should not warn of the same record and lapse date again, later that day or the days after', async () => {
    clock.now = amsterdam('2026-12-23T09:30:00');
    await tickBoth();
    clock.now = amsterdam('2026-12-24T08:05:00');
    await tickBoth();
    clock.now = amsterdam('2026-12-28T08:05:00');
    await tickBoth();
    expect([warnings('oco').length, warnings('otherOco').length, warnings('mentor').length]).toEqual([1, 1, 0]);
  });

  it('should warn of the refreshed record 14 days before its new date, and of nothing already gone', async () => {
    // Thursday 7 January 2027: Daan's form, changed on 22 December, lapses on 21 January; Sanne's lapsed on the 6th.
    clock.now = amsterdam('2027-01-06T08:05:00');
    await tickBoth();
    expect(warnings('oco')).toHaveLength(1);
    clock.now = amsterdam('2027-01-07T08:05:00');
    await tickBoth();
    const sent = warnings('oco');
    expect(sent).toHaveLength(2);
    expect(textOf(cardOf(sent[1]!))).toContain('Aanmeldformulier ziekteverzuim — Daan: verwijderd op do 21 jan 2027');
    expect(executeActionsOf(cardOf(sent[1]!)).map((action) => action.data.recordId)).toEqual([recordIds.daan]);
    expect(JSON.stringify(sent[1])).not.toContain('Willems');
    clock.now = amsterdam('2027-01-08T08:05:00');
    await tickBoth();
    expect(warnings('oco')).toHaveLength(2);
    expect(warnings('mentor')).toHaveLength(0);
  });
});
