import type { CaseAction, CaseRecord } from '../cases/case-record.js';
import type { SchoolCalendars } from '../cases/school-calendar.js';
import type { LapseSources, LapseWarningMessage } from './record-lapse.js';
import type { ReminderStore } from './reminder-store.js';

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
  /**
   * How long a claim holds: an instance that stops after claiming leaves it to another after this. @default 5 minutes
   */
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
