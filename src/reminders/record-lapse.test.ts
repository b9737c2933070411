import { describe, expect, it } from 'vitest';
import { weekdaysOnlyCalendar } from '../cases/school-calendar.js';
import { lapseWarningDay, lapseWindowEnd, type LapseSources, type LapsingRecord } from './record-lapse.js';
import { createReminderScheduler, type ReminderMessage } from './reminder-scheduler.js';
import { MemoryReminderStore } from './reminder-store.js';

const amsterdam = (local: string) => new Date(`${local}+01:00`);

/** Two ocos of school-a; `records` is what each may read (the dossier's access rules live behind the port). */
function setup({ references = ['oco-1', 'oco-2'] }: { references?: string[] } = {}) {
  const clock = { now: amsterdam('2026-12-07T10:00:00') };
  const store = new MemoryReminderStore();
  const delivered: ReminderMessage[] = [];
  const records: LapsingRecord[] = [];
  const listCalls: { schoolId: string; recipientUserId: string; before: Date }[] = [];
  const lapse: LapseSources = {
    listRecipients: async (schoolId) => (schoolId === 'school-a' ? ['oco-1', 'oco-2'] : []),
    listLapsing: async (request) => {
      listCalls.push(request);
      return records.filter((record) => record.retainUntil < request.before.toISOString());
    },
  };
  const schedulers = ['a', 'b'].map((name) =>
    createReminderScheduler({
      store,
      readCase: async () => undefined,
      lapse,
      now: () => clock.now,
      instanceId: `instance-${name}`,
      deliver: async (message) => {
        if (!references.includes(message.recipientUserId)) return 'noReference';
        delivered.push(message);
        return 'sent';
      },
    }),
  );
  return { clock, store, delivered, records, listCalls, schedulers };
}

describe('lapseWarningDay', () => {
  it('should be 14 days before the lapse, or the last school day before that in a weekend', () => {
    expect(lapseWarningDay(weekdaysOnlyCalendar, amsterdam('2027-01-06T10:00:00').toISOString())).toBe('2026-12-23');
    // Sunday 10 January → Sunday 27 December → Friday 25 December.
    expect(lapseWarningDay(weekdaysOnlyCalendar, amsterdam('2027-01-10T10:00:00').toISOString())).toBe('2026-12-25');
  });

  it('should agree with the window: on a Friday the window reaches to the Sunday two weeks on', () => {
    expect(lapseWindowEnd(weekdaysOnlyCalendar, '2026-12-25').toISOString()).toBe(
      amsterdam('2027-01-11T00:00:00').toISOString(),
    );
    expect(lapseWindowEnd(weekdaysOnlyCalendar, '2026-12-23').toISOString()).toBe(
      amsterdam('2027-01-07T00:00:00').toISOString(),
    );
  });
});

describe('lapse warnings in the reminder scheduler', () => {
  it('should plan one warning per school and day, and none for a record already past its date', async () => {
    const { store, schedulers } = setup();
    const [scheduler] = schedulers;
    expect(
      await scheduler!.planLapseWarning({
        schoolId: 'school-a',
        retainUntil: amsterdam('2027-01-06T10:00:00').toISOString(),
      }),
    ).toBe(true);
    expect(
      await scheduler!.planLapseWarning({
        schoolId: 'school-a',
        retainUntil: amsterdam('2027-01-06T15:00:00').toISOString(),
      }),
    ).toBe(false);
    expect(
      await scheduler!.planLapseWarning({
        schoolId: 'school-a',
        retainUntil: amsterdam('2026-12-01T10:00:00').toISOString(),
      }),
    ).toBe(false);
    const planned = await store.list();
    expect(planned.map((reminder) => [reminder.kind, reminder.sendAt, reminder.recipientUserId])).toEqual([
      ['lapse-warning', amsterdam('2026-12-23T08:00:00').toISOString(), ''],
    ]);
  });

  it(
    'should tell each oco once per record and lapse date, on two instances, and nobody ' + 'without a conversation',
    async () => {
      const { clock, store, delivered, records, schedulers, listCalls } = setup({ references: ['oco-1'] });
      const lapsesAt = amsterdam('2027-01-06T10:00:00').toISOString();
      records.push({
        recordId: 'aanmeldformulier-0000-aaaa',
        recordType: 'aanmeldformulier',
        pupilFirstName: 'Sanne',
        retainUntil: lapsesAt,
      });
      await schedulers[0]!.planLapseWarning({ schoolId: 'school-a', retainUntil: lapsesAt });
      clock.now = amsterdam('2026-12-22T08:05:00');
      expect((await schedulers[0]!.tick()).sent).toBe(0);
      clock.now = amsterdam('2026-12-23T08:05:00');
      const results = await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
      expect(delivered).toEqual([
        expect.objectContaining({
          kind: 'lapse-warning',
          recipientUserId: 'oco-1',
          schoolId: 'school-a',
          items: [records[0]],
        }),
      ]);
      expect(listCalls.map((call) => call.before.toISOString())).toEqual([
        amsterdam('2027-01-07T00:00:00').toISOString(),
        amsterdam('2027-01-07T00:00:00').toISOString(),
      ]);
      // oco-2 has no conversation: not marked as told.
      const told = (await store.list()).filter((reminder) => reminder.kind === 'lapse-told');
      expect(told.map((reminder) => [reminder.recipientUserId, reminder.caseId, reminder.actionId])).toEqual([
        ['oco-1', 'aanmeldformulier-0000-aaaa', lapsesAt],
      ]);

      // Another record planned for the next day: the first is not told again.
      const later = amsterdam('2027-01-07T10:00:00').toISOString();
      records.push({
        recordId: 'aanmeldformulier-0000-bbbb',
        recordType: 'aanmeldformulier',
        pupilFirstName: 'Daan',
        retainUntil: later,
      });
      await schedulers[1]!.planLapseWarning({ schoolId: 'school-a', retainUntil: later });
      clock.now = amsterdam('2026-12-24T08:05:00');
      await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(delivered).toHaveLength(2);
      expect(delivered[1]).toEqual(expect.objectContaining({ items: [records[1]] }));
    },
  );

  it('should cancel a warning whose record was changed since (nothing left in the window)', async () => {
    const { clock, store, delivered, schedulers } = setup();
    await schedulers[0]!.planLapseWarning({
      schoolId: 'school-a',
      retainUntil: amsterdam('2027-01-06T10:00:00').toISOString(),
    });
    clock.now = amsterdam('2026-12-23T08:05:00');
    expect(await schedulers[0]!.tick()).toEqual({ sent: 0, lost: 0, cancelled: 1, failed: 0 });
    expect(delivered).toEqual([]);
    expect((await store.list()).map((reminder) => [reminder.state, reminder.reason])).toEqual([
      ['cancelled', 'nothingLapsing'],
    ]);
  });
});
