import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { MemoryRoleDirectory } from '../access/role-directory.js';
import { createCaseService } from '../cases/case-service.js';
import { adviseSituation, parseSituation, type Advice } from '../rules/index.js';
import { StoreError } from '../storage/store-errors.js';
import { createReminderScheduler, type ReminderMessage } from './reminder-scheduler.js';
import { MemoryReminderStore } from './reminder-store.js';

const mentor: Actor = {
  userId: 'mentor-1',
  name: 'Mentor De Vries',
  schoolId: 'school-a',
  schoolName: 'School A',
  roles: ['mentor'],
  demo: false,
};
const amsterdam = (local: string) => new Date(`${local}+01:00`);

function advice(text: string): Advice {
  const result = adviseSituation(parseSituation(text, { now: () => amsterdam('2026-12-07T10:00:00') }));
  if (result.kind !== 'advice') throw new Error('expected advice');
  return result;
}

/** A case with one mentor action due Thursday 10 December, and `instances` schedulers on one store. */
async function setup({ instances = 1, failSends = 0, reference = true } = {}) {
  const clock = { now: amsterdam('2026-12-07T10:00:00') };
  const cases = createCaseService({ now: () => clock.now });
  const store = new MemoryReminderStore();
  const delivered: ReminderMessage[] = [];
  let failures = failSends;
  const schedulers = Array.from({ length: instances }, (_, index) =>
    createReminderScheduler({
      store,
      readCase: cases.readForReminder,
      now: () => clock.now,
      instanceId: `instance-${index}`,
      leaseMs: 60_000,
      deliver: async (message) => {
        if (failures > 0) {
          failures -= 1;
          throw new StoreError('unavailable', true);
        }
        if (!reference) return 'noReference';
        delivered.push(message);
        return 'sent';
      },
    }),
  );
  const change = await cases.planFromAdvice({ actor: mentor, advice: advice('Sanne is vandaag ziek gemeld') });
  await schedulers[0]!.schedule({ caseRecord: change.caseRecord, actions: change.added });
  return { clock, cases, store, schedulers, delivered, caseRecord: change.caseRecord };
}

describe('createReminderScheduler', () => {
  it('should plan a reminder for the due morning and one for the school day after, at 08:00 in Amsterdam', async () => {
    const { store } = await setup();
    expect((await store.list()).map((reminder) => [reminder.kind, reminder.sendAt, reminder.recipientUserId])).toEqual([
      ['due', '2026-12-10T07:00:00.000Z', 'mentor-1'],
      ['overdue', '2026-12-11T07:00:00.000Z', 'mentor-1'],
    ]);
    expect(JSON.stringify(await store.list())).not.toMatch(/Sanne/);
  });

  it(
    'should send nothing before 08:00 and each reminder once, with only the first name, however ' +
      'many instances tick',
    async () => {
      const { clock, schedulers, delivered } = await setup({ instances: 3 });
      clock.now = amsterdam('2026-12-10T07:59:00');
      expect((await schedulers[0]!.tick()).sent).toBe(0);
      clock.now = amsterdam('2026-12-10T08:00:00');
      const results = await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(results.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
      expect(
        delivered.map((message) => [message.kind, 'pupilFirstName' in message ? message.pupilFirstName : '']),
      ).toEqual([['due', 'Sanne']]);
      await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      clock.now = amsterdam('2026-12-11T09:00:00');
      await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(delivered.map((message) => message.kind)).toEqual(['due', 'overdue']);
    },
  );

  it('should not send a reminder of an action marked done', async () => {
    const { clock, cases, schedulers, delivered, caseRecord } = await setup();
    await cases.completeAction({ actor: mentor, caseId: caseRecord.id, actionId: caseRecord.actions[0]!.id });
    clock.now = amsterdam('2026-12-11T09:00:00');
    expect(await schedulers[0]!.tick()).toEqual({ sent: 0, lost: 0, cancelled: 2, failed: 0 });
    expect(delivered).toEqual([]);
  });

  it('should retry a failed send after the claim lapses, and give up after five attempts', async () => {
    const { clock, schedulers, delivered, store } = await setup({ failSends: 1 });
    clock.now = amsterdam('2026-12-10T08:00:00');
    expect((await schedulers[0]!.tick()).sent).toBe(0);
    // Still claimed by the failed attempt: not sent again within the lease.
    clock.now = amsterdam('2026-12-10T08:00:30');
    expect((await schedulers[0]!.tick()).sent).toBe(0);
    clock.now = amsterdam('2026-12-10T08:01:01');
    expect((await schedulers[0]!.tick()).sent).toBe(1);
    expect(delivered).toHaveLength(1);

    const failing = await setup({ failSends: 100 });
    for (let minute = 0; minute < 7; minute += 1) {
      failing.clock.now = new Date(amsterdam('2026-12-10T08:00:00').getTime() + minute * 61_000);
      await failing.schedulers[0]!.tick();
    }
    expect((await failing.store.list()).find((reminder) => reminder.kind === 'due')?.state).toBe('failed');
    expect(await store.list()).toHaveLength(2);
  });

  it('should drop a "due today" found only after its day, and still send the overdue one', async () => {
    const { clock, schedulers, delivered } = await setup();
    // Every instance was down on Thursday 10 December.
    clock.now = amsterdam('2026-12-11T09:00:00');
    expect(await schedulers[0]!.tick()).toEqual({ sent: 1, lost: 0, cancelled: 1, failed: 0 });
    expect(delivered.map((message) => message.kind)).toEqual(['overdue']);
  });

  it('should cancel a reminder for someone who never installed the app', async () => {
    const { clock, schedulers, store } = await setup({ reference: false });
    clock.now = amsterdam('2026-12-10T08:00:00');
    expect((await schedulers[0]!.tick()).cancelled).toBe(1);
    expect((await store.list()).find((reminder) => reminder.kind === 'due')?.reason).toBe('noReference');
  });

  it('should remind again two school days later when snoozed on a Thursday', async () => {
    const { clock, schedulers, delivered, caseRecord } = await setup();
    clock.now = amsterdam('2026-12-10T09:00:00');
    const day = await schedulers[0]!.snooze({ caseRecord, action: caseRecord.actions[0]! });
    expect(day).toBe('2026-12-14');
    clock.now = amsterdam('2026-12-14T08:00:00');
    await schedulers[0]!.tick();
    // The first tick is on Monday: Thursday's "due today" is dropped, the overdue one and the snooze go.
    expect(delivered.map((message) => message.kind)).toEqual(['overdue', 'snooze']);
  });
});

describe("the oco's daily digest", () => {
  it(
    "should put the school's overdue oco actions in one message a day while they stay overdue, and " +
      'stop when they are done',
    async () => {
      const oco: Actor = { ...mentor, userId: 'oco-1', name: 'Oco Bakker', roles: ['oco'] };
      const clock = { now: amsterdam('2026-12-07T10:00:00') };
      const directory = new MemoryRoleDirectory();
      await directory.putMember({
        schoolId: 'school-a',
        userId: oco.userId,
        name: oco.name,
        roles: ['oco'],
        updatedAt: clock.now.toISOString(),
        updatedBy: 'test',
      });
      const cases = createCaseService({ now: () => clock.now, directory });
      const delivered: ReminderMessage[] = [];
      const store = new MemoryReminderStore();
      const schedulers = ['a', 'b'].map((instanceId) =>
        createReminderScheduler({
          readCase: cases.readForReminder,
          listSchoolCases: cases.listForDigest,
          now: () => clock.now,
          instanceId,
          store,
          deliver: async (message) => (delivered.push(message), 'sent'),
        }),
      );
      const filed = [];
      for (const [name, recordId] of [
        ['Sanne de Boer', 'aanmeldformulier-00000001'],
        ['Daan Willems', 'aanmeldformulier-00000002'],
      ] as const) {
        const change = await cases.fileAanmelding({ actor: mentor, pupilName: name, recordId });
        await schedulers[0]!.schedule({ caseRecord: change.caseRecord, actions: change.added });
        filed.push(change.caseRecord);
      }
      // Tuesday: each "versturen" is due (one message each); Wednesday: both overdue, one digest.
      clock.now = amsterdam('2026-12-08T08:00:00');
      await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(delivered.map((message) => message.kind)).toEqual(['due', 'due']);
      clock.now = amsterdam('2026-12-09T08:00:00');
      await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      const digest = delivered[2]!;
      expect(delivered).toHaveLength(3);
      expect(digest.kind === 'digest' && digest.items.map((item) => [item.pupilFirstName, item.action.id])).toEqual([
        ['Sanne', 'aanmelding/versturen'],
        ['Daan', 'aanmelding/versturen'],
      ]);
      clock.now = amsterdam('2026-12-10T08:00:00');
      await Promise.all(schedulers.map((scheduler) => scheduler.tick()));
      expect(delivered.map((message) => message.kind)).toEqual(['due', 'due', 'digest', 'digest']);
      for (const caseRecord of filed)
        await cases.completeAction({ actor: oco, caseId: caseRecord.id, actionId: 'aanmelding/versturen' });
      clock.now = amsterdam('2026-12-11T08:00:00');
      expect((await schedulers[1]!.tick()).cancelled).toBe(1);
      clock.now = amsterdam('2026-12-14T08:00:00');
      await schedulers[0]!.tick();
      expect(delivered).toHaveLength(4);
    },
  );
});
