import { createHash } from 'node:crypto';
import { addCalendarDays, addSchoolDays, amsterdamDay, amsterdamInstant } from '../cases/due-dates.js';
import { isSchoolDay, type IsoDay, type SchoolCalendar, type SchoolCalendars } from '../cases/school-calendar.js';
import { remindersPartition, type Reminder, type ReminderDocument, type ReminderStore } from './reminder-store.js';

/** A record about to lapse, as the warning shows it: ids, the type, a first name and the date. */
export type LapsingRecord = {
  readonly recordId: string;
  readonly recordType: string;
  readonly pupilFirstName: string;
  /** When the record's TTL removes it. */
  readonly retainUntil: string;
};

/** The oco told which open records and verslagen of the school lapse soon (once per record per lapse date). */
export type LapseWarningMessage = {
  readonly reminderId: string;
  readonly kind: 'lapse-warning';
  readonly recipientUserId: string;
  readonly schoolId: string;
  readonly items: readonly LapsingRecord[];
};

/** Where the warnings read from: the bot reads records as the oco, through the dossier's access rules and audit. */
export type LapseSources = {
  /** Who is told of a school's lapsing records: its ocos. */
  readonly listRecipients: (schoolId: string) => Promise<readonly string[]>;
  /** Open records and verslagen the recipient may read that lapse before `before` (an audited read). */
  readonly listLapsing: (request: {
    readonly schoolId: string;
    readonly recipientUserId: string;
    readonly before: Date;
  }) => Promise<readonly LapsingRecord[]>;
};

/** The oco is told this many days before a record lapses. */
export const lapseWarningDays = 14;

const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 24);

/**
 * The day the oco is told of a record lapsing at `retainUntil`: 14 days before, or the last school day
 * before that when it falls in a weekend or holiday (told a little early rather than late).
 */
export function lapseWarningDay(calendar: SchoolCalendar, retainUntil: string): IsoDay {
  const warningDay = addCalendarDays(amsterdamDay(new Date(retainUntil)), -lapseWarningDays);
  let day = warningDay;
  for (let back = 0; back < 60; back += 1, day = addCalendarDays(day, -1)) if (isSchoolDay(calendar, day)) return day;
  return warningDay;
}

/**
 * On `today`, records lapsing before this instant are due a warning: exactly those whose {@link lapseWarningDay} is
 * today or earlier.
 */
export function lapseWindowEnd(calendar: SchoolCalendar, today: IsoDay): Date {
  return amsterdamInstant(addCalendarDays(addSchoolDays(calendar, today, 1), lapseWarningDays), 0);
}

type LapseWarningsOptions = {
  readonly store: ReminderStore;
  readonly sources: LapseSources;
  readonly deliver: (message: LapseWarningMessage) => Promise<'sent' | 'noReference'>;
  readonly calendars: SchoolCalendars;
  readonly now: () => Date;
  readonly morningHour: number;
  readonly ttlFor: (sendAt: Date) => number;
  /** Writes a claimed reminder's outcome (etag-conditioned). */
  readonly settle: (claimed: Reminder, changes: Partial<ReminderDocument>) => Promise<unknown>;
};

/**
 * Warnings before open records and verslagen lapse. Each change of a record plans one `lapse-warning`
 * per school for the morning of its warning day (a deterministic id: records of one day share it). The
 * instance that claims it tells each oco of the school, in one message, every record in the window the
 * oco may read and was not told of for that lapse date; a `lapse-told` mark per oco, record and lapse
 * date keeps a later day (or a retry) from telling it again. A change refreshes the TTL, so the record
 * leaves the window and a new lapse date, with its own warning, follows later.
 */
export function createLapseWarnings({
  store,
  sources,
  deliver,
  calendars,
  now,
  morningHour,
  ttlFor,
  settle,
}: LapseWarningsOptions) {
  const toldId = (recordId: string, recipientUserId: string, retainUntil: string) =>
    `reminder-lapse-told-${hashed(recordId)}-${hashed(recipientUserId)}-${hashed(retainUntil)}`;

  return {
    /** Plans the warning for a record just changed; nothing for a record already past its date. */
    plan: async ({
      schoolId,
      retainUntil,
    }: {
      readonly schoolId: string;
      readonly retainUntil: string;
    }): Promise<boolean> => {
      const at = now();
      if (new Date(retainUntil).getTime() <= at.getTime()) return false;
      const today = amsterdamDay(at);
      const warningDay = lapseWarningDay(calendars.calendarFor(schoolId), retainUntil);
      const day = warningDay < today ? today : warningDay;
      const sendAt = amsterdamInstant(day, morningHour);
      return store.create({
        id: `reminder-lapse-${hashed(schoolId)}-${day}`,
        schoolId: remindersPartition,
        docType: 'reminder',
        school: schoolId,
        caseId: '',
        actionId: '',
        kind: 'lapse-warning',
        recipientUserId: '',
        sendAt: sendAt.toISOString(),
        state: 'pending',
        attempts: 0,
        ttl: ttlFor(sendAt),
      });
    },

    /** Sends a claimed warning: `sent` when any oco was told, else `cancelled` (nothing new, or no conversation). */
    send: async (claimed: Reminder, at: Date): Promise<'sent' | 'cancelled'> => {
      const before = lapseWindowEnd(calendars.calendarFor(claimed.school), amsterdamDay(at));
      let told = 0;
      let noReference = 0;
      for (const recipientUserId of await sources.listRecipients(claimed.school)) {
        const lapsing = (await sources.listLapsing({ schoolId: claimed.school, recipientUserId, before })).filter(
          (record) => new Date(record.retainUntil).getTime() > at.getTime(),
        );
        const items: LapsingRecord[] = [];
        for (const record of lapsing)
          if (!(await store.read(toldId(record.recordId, recipientUserId, record.retainUntil)))) items.push(record);
        if (items.length === 0) continue;
        items.sort((a, b) => a.retainUntil.localeCompare(b.retainUntil));
        const outcome = await deliver({
          reminderId: `${claimed.id}-${hashed(recipientUserId)}`,
          kind: 'lapse-warning',
          recipientUserId,
          schoolId: claimed.school,
          items,
        });
        if (outcome === 'noReference') {
          noReference += 1;
          continue;
        }
        // Marked after sending: should this stop halfway, the claim lapses and a retry tells the rest (at least once).
        for (const record of items) {
          const retainUntil = new Date(record.retainUntil);
          await store.create({
            id: toldId(record.recordId, recipientUserId, record.retainUntil),
            schoolId: remindersPartition,
            docType: 'reminder',
            school: claimed.school,
            caseId: record.recordId,
            actionId: record.retainUntil,
            kind: 'lapse-told',
            recipientUserId,
            sendAt: at.toISOString(),
            state: 'sent',
            attempts: 1,
            sentAt: now().toISOString(),
            ttl: ttlFor(retainUntil),
          });
        }
        told += 1;
      }
      if (told > 0) {
        await settle(claimed, { state: 'sent', sentAt: now().toISOString() });
        return 'sent';
      }
      await settle(claimed, { state: 'cancelled', reason: noReference > 0 ? 'noReference' : 'nothingLapsing' });
      return 'cancelled';
    },
  };
}
