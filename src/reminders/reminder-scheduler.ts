import { randomUUID } from 'node:crypto';
import type { CaseAction, CaseRecord } from '../cases/case-record.js';
import { addSchoolDays, amsterdamDay, amsterdamInstant } from '../cases/due-dates.js';
import { weekdaysOnlyCalendar } from '../cases/school-calendar.js';
import { toStoreError } from '../storage/store-errors.js';
import { createLapseWarnings } from './record-lapse.js';
import { reminderDocuments } from './reminder-documents.js';
import { sendDueReminder, type SendingContext } from './reminder-sending.js';
import { MemoryReminderStore, type Reminder, type ReminderDocument } from './reminder-store.js';
import type { ReminderSchedulerOptions, TickResult } from './reminder-types.js';

export type {
  ActionReminderMessage,
  DigestMessage,
  ReminderDelivery,
  ReminderMessage,
  ReminderSchedulerOptions,
  TickResult,
} from './reminder-types.js';

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
  const documents = reminderDocuments({ now, morningHour, ttlDays });
  const { ttlFor, digestFor, reminderFor } = documents;

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

  const sending: SendingContext = {
    store,
    readCase,
    listSchoolCases,
    deliver,
    calendars,
    now,
    instanceId,
    leaseMs,
    maxAttempts,
    onEvent,
    documents,
    lapseWarnings,
    write,
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
     * `retainUntil`), once per school and day. Closed records are not warned about. Resolves whether one was
     * added.
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
      const due = (await store.listDue(at.toISOString())).sort((a, b) => a.sendAt.localeCompare(b.sendAt));
      for (const reminder of due) {
        try {
          const outcome = await sendDueReminder(sending, reminder, at);
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
