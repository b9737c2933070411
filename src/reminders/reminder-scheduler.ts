import { createHash, randomUUID } from 'node:crypto';
import type { CaseAction, CaseRecord } from '../cases/case-record.js';
import { addSchoolDays, amsterdamDay, amsterdamInstant } from '../cases/due-dates.js';
import { weekdaysOnlyCalendar, type SchoolCalendars } from '../cases/school-calendar.js';
import { toStoreError } from '../storage/store-errors.js';
import { createLapseWarnings, type LapseSources, type LapseWarningMessage } from './record-lapse.js';
import {
  MemoryReminderStore,
  remindersPartition,
  type Reminder,
  type ReminderDocument,
  type ReminderStore,
} from './reminder-store.js';

/** What a reminder says: the bot turns it into a Teams message; only the pupil's first name travels. */
export type ReminderMessage = ActionReminderMessage | DigestMessage | LapseWarningMessage;

/** One action: due today, overdue, or snoozed. */
export type ActionReminderMessage = {
  readonly reminderId: string;
  readonly kind: 'due' | 'overdue' | 'snooze';
  readonly recipientUserId: string;
  readonly schoolId: string;
  readonly caseId: string;
  readonly pupilFirstName: string;
  readonly action: CaseAction;
};

/** The oco's daily digest: the school's overdue oco actions, instead of one message each. */
export type DigestMessage = {
  readonly reminderId: string;
  readonly kind: 'digest';
  readonly recipientUserId: string;
  readonly schoolId: string;
  readonly items: readonly { readonly caseId: string; readonly pupilFirstName: string; readonly action: CaseAction }[];
};

/** Sends one reminder: `sent`, or `noReference` when the recipient never installed the app (nothing to retry). */
export type ReminderDelivery = (message: ReminderMessage) => Promise<'sent' | 'noReference'>;

export type ReminderSchedulerOptions = {
  /** @default an in-memory store */
  readonly store?: ReminderStore;
  /** Reads a case when its reminder is sent. */
  readonly readCase: (schoolId: string, caseId: string) => Promise<CaseRecord | undefined>;
  /**
   * The school's cases, for the oco's daily digest. With it, an overdue oco action goes into one digest per
   * oco per school day instead of a message of its own. @default none (one message per action)
   */
  readonly listSchoolCases?: (schoolId: string) => Promise<readonly CaseRecord[]>;
  readonly deliver: ReminderDelivery;
  /**
   * Open records and verslagen about to lapse, for the ocos' warning 14 days before. With it,
   * `planLapseWarning` plans one. @default none (no warnings)
   */
  readonly lapse?: LapseSources;
  /** @default weekdays only */
  readonly calendars?: SchoolCalendars;
  readonly now?: () => Date;
  /** This instance's name in its claims. @default a random id */
  readonly instanceId?: string;
  /** How long a claim holds: an instance that stops after claiming leaves it to another after this. @default 5 minutes */
  readonly leaseMs?: number;
  /** Hour of the morning (Europe/Amsterdam) reminders go out. @default 8 */
  readonly morningHour?: number;
  /** Sends of one reminder before it is given up. @default 5 */
  readonly maxAttempts?: number;
  /** Reminders are removed this long after their time. @default 60 days */
  readonly ttlDays?: number;
  readonly onEvent?: (event: {
    readonly event: 'reminder-send' | 'reminder-claim-lost' | 'reminder-cancel' | 'reminder-fail' | 'reminder-skip';
    readonly reminderId: string;
    readonly reason?: string;
  }) => void;
};

export type TickResult = {
  readonly sent: number;
  readonly lost: number;
  readonly cancelled: number;
  readonly failed: number;
};

const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 24);

/**
 * Reminders for open actions: one on the morning an action falls due, one the school day after when it is
 * still open, and "herinner me over 2 dagen". Several bot instances may tick at once: each reminder is
 * claimed with an etag-conditioned write before it is sent, so one instance sends it; a claim whose
 * instance stopped before sending lapses after `leaseMs` and is taken by the next tick anywhere.
 * @example const scheduler = createReminderScheduler({ store, readCase, deliver }); await scheduler.tick();
 */
export function createReminderScheduler({
  store = new MemoryReminderStore(),
  readCase,
  listSchoolCases,
  deliver,
  lapse,
  calendars = { calendarFor: () => weekdaysOnlyCalendar },
  now = () => new Date(),
  instanceId = randomUUID(),
  leaseMs = 5 * 60_000,
  morningHour = 8,
  maxAttempts = 5,
  ttlDays = 60,
  onEvent = () => undefined,
}: ReminderSchedulerOptions) {
  const ttlFor = (sendAt: Date) =>
    Math.max(1, Math.ceil((sendAt.getTime() - now().getTime()) / 1000)) + ttlDays * 86_400;

  /** One digest per oco per school day: the deterministic id makes every overdue action of that day share it. */
  const digestFor = ({
    schoolId,
    recipientUserId,
    day,
  }: {
    schoolId: string;
    recipientUserId: string;
    day: string;
  }): ReminderDocument => {
    const sendAt = amsterdamInstant(day, morningHour);
    return {
      id: `reminder-digest-${hashed(schoolId)}-${hashed(recipientUserId)}-${day}`,
      schoolId: remindersPartition,
      docType: 'reminder',
      school: schoolId,
      caseId: '',
      actionId: '',
      kind: 'digest',
      recipientUserId,
      sendAt: sendAt.toISOString(),
      state: 'pending',
      attempts: 0,
      ttl: ttlFor(sendAt),
    };
  };

  const reminderFor = ({
    schoolId,
    caseId,
    action,
    kind,
    sendAt,
    suffix = '',
  }: {
    schoolId: string;
    caseId: string;
    action: CaseAction;
    kind: ReminderDocument['kind'];
    sendAt: Date;
    suffix?: string;
  }): ReminderDocument | undefined => {
    if (!action.assignee) return undefined;
    return {
      id: `reminder-${caseId}-${hashed(action.id)}-${kind}${suffix}`,
      schoolId: remindersPartition,
      docType: 'reminder',
      school: schoolId,
      caseId,
      actionId: action.id,
      kind,
      recipientUserId: action.assignee.userId,
      sendAt: sendAt.toISOString(),
      state: 'pending',
      attempts: 0,
      ttl: ttlFor(sendAt),
    };
  };

  const write = async (replaced: Reminder, changes: Partial<ReminderDocument>): Promise<Reminder | undefined> => {
    const { etag, ...document } = replaced;
    try {
      return await store.replace({ ...document, ...changes }, etag);
    } catch (error) {
      if (toStoreError(error).reason === 'preconditionFailed') return undefined;
      throw error;
    }
  };

  const lapseWarnings = lapse
    ? createLapseWarnings({ store, sources: lapse, deliver, calendars, now, morningHour, ttlFor, settle: write })
    : undefined;

  /** The digest lists what is overdue at the time it is sent; while anything is, the next school day gets one too. */
  const sendDigest = async (claimed: Reminder, at: Date): Promise<keyof TickResult> => {
    const today = amsterdamDay(at);
    const cases = listSchoolCases ? await listSchoolCases(claimed.school) : [];
    const items = cases
      .filter((caseRecord) => caseRecord.step !== 'afgesloten')
      .flatMap((caseRecord) =>
        caseRecord.actions
          .filter((action) => action.status === 'open' && action.role === 'oco' && action.dueDay < today)
          .map((action) => ({ caseId: caseRecord.id, pupilFirstName: caseRecord.pupilFirstName, action })),
      )
      .sort((a, b) => a.action.dueDay.localeCompare(b.action.dueDay));
    if (items.length === 0) {
      await write(claimed, { state: 'cancelled', reason: 'nothingOverdue' });
      onEvent({ event: 'reminder-cancel', reminderId: claimed.id, reason: 'nothingOverdue' });
      return 'cancelled';
    }
    const outcome = await deliver({
      reminderId: claimed.id,
      kind: 'digest',
      recipientUserId: claimed.recipientUserId,
      schoolId: claimed.school,
      items,
    });
    const calendar = calendars.calendarFor(claimed.school);
    await store.create(
      digestFor({
        schoolId: claimed.school,
        recipientUserId: claimed.recipientUserId,
        day: addSchoolDays(calendar, today, 1),
      }),
    );
    if (outcome === 'noReference') {
      await write(claimed, { state: 'cancelled', reason: 'noReference' });
      onEvent({ event: 'reminder-skip', reminderId: claimed.id, reason: 'noReference' });
      return 'cancelled';
    }
    await write(claimed, { state: 'sent', sentAt: now().toISOString() });
    onEvent({ event: 'reminder-send', reminderId: claimed.id });
    return 'sent';
  };

  const sendOne = async (reminder: Reminder, at: Date): Promise<keyof TickResult | undefined> => {
    // Someone else holds a live claim.
    if (reminder.state === 'claimed' && reminder.claimedUntil && reminder.claimedUntil > at.toISOString())
      return undefined;
    if (reminder.attempts >= maxAttempts) {
      await write(reminder, { state: 'failed', reason: 'attempts' });
      onEvent({ event: 'reminder-fail', reminderId: reminder.id, reason: 'attempts' });
      return 'failed';
    }
    const claimed = await write(reminder, {
      state: 'claimed',
      claimedBy: instanceId,
      claimedUntil: new Date(at.getTime() + leaseMs).toISOString(),
      attempts: reminder.attempts + 1,
    });
    if (!claimed) {
      onEvent({ event: 'reminder-claim-lost', reminderId: reminder.id });
      return 'lost';
    }
    if (reminder.kind === 'digest') return sendDigest(claimed, at);
    if (reminder.kind === 'lapse-warning' || reminder.kind === 'lapse-told') {
      // A `lapse-told` mark is written as sent and never listed as due; should one be, it is closed.
      const outcome =
        lapseWarnings && reminder.kind === 'lapse-warning'
          ? await lapseWarnings.send(claimed, at)
          : (await write(claimed, { state: 'cancelled', reason: 'notSendable' }), 'cancelled' as const);
      onEvent(
        outcome === 'sent'
          ? { event: 'reminder-send', reminderId: reminder.id }
          : { event: 'reminder-cancel', reminderId: reminder.id, reason: 'nothingToTell' },
      );
      return outcome;
    }
    const caseRecord = await readCase(reminder.school, reminder.caseId);
    const action = caseRecord?.actions.find((candidate) => candidate.id === reminder.actionId);
    if (!caseRecord || !action || action.status !== 'open' || caseRecord.step === 'afgesloten') {
      await write(claimed, { state: 'cancelled', reason: 'notOpen' });
      onEvent({ event: 'reminder-cancel', reminderId: reminder.id, reason: 'notOpen' });
      return 'cancelled';
    }
    // A "due today" found only after its day (every instance was down) is moot: the overdue one follows.
    if (reminder.kind === 'due' && amsterdamDay(at) > action.dueDay) {
      await write(claimed, { state: 'cancelled', reason: 'late' });
      onEvent({ event: 'reminder-cancel', reminderId: reminder.id, reason: 'late' });
      return 'cancelled';
    }
    const outcome = await deliver({
      reminderId: reminder.id,
      kind: reminder.kind,
      recipientUserId: reminder.recipientUserId,
      schoolId: reminder.school,
      caseId: reminder.caseId,
      pupilFirstName: caseRecord.pupilFirstName,
      action,
    });
    if (outcome === 'noReference') {
      await write(claimed, { state: 'cancelled', reason: 'noReference' });
      onEvent({ event: 'reminder-skip', reminderId: reminder.id, reason: 'noReference' });
      return 'cancelled';
    }
    // Sent. Should this write fail, the claim lapses and the reminder goes once more: at least once, not lost.
    await write(claimed, { state: 'sent', sentAt: now().toISOString() });
    onEvent({ event: 'reminder-send', reminderId: reminder.id });
    return 'sent';
  };

  return {
    /** Reminders for actions just added: the due morning (unless that has passed) and the school day after. */
    schedule: async ({
      caseRecord,
      actions,
    }: {
      readonly caseRecord: CaseRecord;
      readonly actions: readonly CaseAction[];
    }): Promise<number> => {
      const calendar = calendars.calendarFor(caseRecord.schoolId);
      let created = 0;
      for (const action of actions) {
        const dueMorning = amsterdamInstant(action.dueDay, morningHour);
        const overdueMorning = amsterdamInstant(addSchoolDays(calendar, action.dueDay, 1), morningHour);
        const planned = [
          // Put on the case on its due morning or later: the holder has just seen it.
          dueMorning.getTime() > now().getTime()
            ? reminderFor({
                schoolId: caseRecord.schoolId,
                caseId: caseRecord.id,
                action,
                kind: 'due',
                sendAt: dueMorning,
              })
            : undefined,
          // The oco's overdue actions go into one daily digest per school.
          action.role === 'oco' && listSchoolCases && action.assignee
            ? digestFor({
                schoolId: caseRecord.schoolId,
                recipientUserId: action.assignee.userId,
                day: addSchoolDays(calendar, action.dueDay, 1),
              })
            : reminderFor({
                schoolId: caseRecord.schoolId,
                caseId: caseRecord.id,
                action,
                kind: 'overdue',
                sendAt: overdueMorning,
              }),
        ];
        for (const document of planned) if (document && (await store.create(document))) created += 1;
      }
      return created;
    },

    /**
     * A record of the dossier changed: plans the ocos' warning for its warning day (14 days before
     * `retainUntil`), once per school and day. Closed records are not warned about. Resolves whether one was added.
     */
    planLapseWarning: async ({
      schoolId,
      retainUntil,
    }: {
      readonly schoolId: string;
      readonly retainUntil: string;
    }): Promise<boolean> => (lapseWarnings ? lapseWarnings.plan({ schoolId, retainUntil }) : false),

    /** "Nog niet — herinner me over 2 dagen": a reminder on the morning two school days from today. */
    snooze: async ({
      caseRecord,
      action,
      schoolDays = 2,
    }: {
      readonly caseRecord: CaseRecord;
      readonly action: CaseAction;
      readonly schoolDays?: number;
    }): Promise<string> => {
      const calendar = calendars.calendarFor(caseRecord.schoolId);
      const day = addSchoolDays(calendar, amsterdamDay(now()), schoolDays);
      const document = reminderFor({
        schoolId: caseRecord.schoolId,
        caseId: caseRecord.id,
        action,
        kind: 'snooze',
        sendAt: amsterdamInstant(day, morningHour),
        suffix: `-${day}`,
      });
      if (document) await store.create(document);
      return day;
    },

    /** Sends what is due now; safe to run on several instances at once. */
    tick: async (): Promise<TickResult> => {
      const at = now();
      const counts = { sent: 0, lost: 0, cancelled: 0, failed: 0 };
      for (const reminder of (await store.listDue(at.toISOString())).sort((a, b) => a.sendAt.localeCompare(b.sendAt))) {
        try {
          const outcome = await sendOne(reminder, at);
          if (outcome) counts[outcome] += 1;
        } catch (error) {
          // Left claimed: its lease lapses and a later tick, here or elsewhere, sends it.
          onEvent({
            event: 'reminder-fail',
            reminderId: reminder.id,
            reason: error instanceof Error ? error.name : 'unknown',
          });
        }
      }
      return counts;
    },

    list: () => store.list(),
  };
}

export type ReminderScheduler = ReturnType<typeof createReminderScheduler>;
