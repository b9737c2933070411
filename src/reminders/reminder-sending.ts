import type { CaseRecord } from '../cases/case-record.js';
import { addSchoolDays, amsterdamDay } from '../cases/due-dates.js';
import type { SchoolCalendars } from '../cases/school-calendar.js';
import type { createLapseWarnings } from './record-lapse.js';
import type { ReminderDocuments } from './reminder-documents.js';
import type { Reminder, ReminderDocument, ReminderStore } from './reminder-store.js';
import type {
  ActionReminderMessage,
  ReminderDelivery,
  ReminderSchedulerOptions,
  TickResult,
} from './reminder-types.js';

/** What sending a due reminder needs: the scheduler's options with their defaults, and its helpers. */
export type SendingContext = {
  readonly store: ReminderStore;
  readonly readCase: (schoolId: string, caseId: string) => Promise<CaseRecord | undefined>;
  readonly listSchoolCases: ((schoolId: string) => Promise<readonly CaseRecord[]>) | undefined;
  readonly deliver: ReminderDelivery;
  readonly calendars: SchoolCalendars;
  readonly now: () => Date;
  readonly instanceId: string;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  readonly onEvent: NonNullable<ReminderSchedulerOptions['onEvent']>;
  readonly documents: ReminderDocuments;
  readonly lapseWarnings: ReturnType<typeof createLapseWarnings> | undefined;
  /** Writes a change to a reminder against its etag; undefined when another instance changed it first. */
  readonly write: (replaced: Reminder, changes: Partial<ReminderDocument>) => Promise<Reminder | undefined>;
};

type Outcome = keyof TickResult;

/** Closes a claimed reminder without sending it, and says why. */
async function cancel(context: SendingContext, claimed: Reminder, reason: string, skipped = false): Promise<Outcome> {
  await context.write(claimed, { state: 'cancelled', reason });
  context.onEvent({ event: skipped ? 'reminder-skip' : 'reminder-cancel', reminderId: claimed.id, reason });
  return 'cancelled';
}

/** Marks a claimed reminder sent. Should this write fail, the claim lapses and it goes once more: not lost. */
async function markSent(context: SendingContext, claimed: Reminder): Promise<Outcome> {
  await context.write(claimed, { state: 'sent', sentAt: context.now().toISOString() });
  context.onEvent({ event: 'reminder-send', reminderId: claimed.id });
  return 'sent';
}

/** The digest lists what is overdue at the time it is sent; while anything is, the next school day gets one too. */
async function sendDigest(context: SendingContext, claimed: Reminder, at: Date): Promise<Outcome> {
  const { listSchoolCases, deliver, calendars, store, documents } = context;
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
  if (items.length === 0) return cancel(context, claimed, 'nothingOverdue');
  const outcome = await deliver({
    reminderId: claimed.id,
    kind: 'digest',
    recipientUserId: claimed.recipientUserId,
    schoolId: claimed.school,
    items,
  });
  const calendar = calendars.calendarFor(claimed.school);
  await store.create(
    documents.digestFor({
      schoolId: claimed.school,
      recipientUserId: claimed.recipientUserId,
      day: addSchoolDays(calendar, today, 1),
    }),
  );
  if (outcome === 'noReference') return cancel(context, claimed, 'noReference', true);
  return markSent(context, claimed);
}

/** A lapse warning; a `lapse-told` mark is written as sent and never listed as due, should one be it is closed. */
async function sendLapseWarning(context: SendingContext, claimed: Reminder, at: Date): Promise<Outcome> {
  const { lapseWarnings, write, onEvent } = context;
  const outcome =
    lapseWarnings && claimed.kind === 'lapse-warning'
      ? await lapseWarnings.send(claimed, at)
      : (await write(claimed, { state: 'cancelled', reason: 'notSendable' }), 'cancelled' as const);
  onEvent(
    outcome === 'sent'
      ? { event: 'reminder-send', reminderId: claimed.id }
      : { event: 'reminder-cancel', reminderId: claimed.id, reason: 'nothingToTell' },
  );
  return outcome;
}

/** A reminder of one action, unless the action is no longer open. */
async function sendActionReminder(
  context: SendingContext,
  claimed: Reminder,
  kind: ActionReminderMessage['kind'],
  at: Date,
): Promise<Outcome> {
  const caseRecord = await context.readCase(claimed.school, claimed.caseId);
  const action = caseRecord?.actions.find((candidate) => candidate.id === claimed.actionId);
  if (!caseRecord || !action || action.status !== 'open' || caseRecord.step === 'afgesloten')
    return cancel(context, claimed, 'notOpen');
  // A "due today" found only after its day (every instance was down) is moot: the overdue one follows.
  if (kind === 'due' && amsterdamDay(at) > action.dueDay) return cancel(context, claimed, 'late');
  const outcome = await context.deliver({
    reminderId: claimed.id,
    kind,
    recipientUserId: claimed.recipientUserId,
    schoolId: claimed.school,
    caseId: claimed.caseId,
    pupilFirstName: caseRecord.pupilFirstName,
    action,
  });
  if (outcome === 'noReference') return cancel(context, claimed, 'noReference', true);
  return markSent(context, claimed);
}

/**
 * Claims a due reminder with an etag-conditioned write, then sends it; undefined when another instance holds
 * a live claim, `lost` when another instance claimed it first.
 */
export async function sendDueReminder(context: SendingContext, reminder: Reminder, at: Date) {
  const { write, onEvent, instanceId, leaseMs, maxAttempts } = context;
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
  if (reminder.kind === 'digest') return sendDigest(context, claimed, at);
  if (reminder.kind === 'lapse-warning' || reminder.kind === 'lapse-told')
    return sendLapseWarning(context, claimed, at);
  return sendActionReminder(context, claimed, reminder.kind, at);
}
