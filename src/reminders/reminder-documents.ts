import { createHash } from 'node:crypto';
import type { CaseAction } from '../cases/case-record.js';
import { amsterdamInstant } from '../cases/due-dates.js';
import { remindersPartition, type ReminderDocument } from './reminder-store.js';

const hashed = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 24);

/**
 * The reminder documents the scheduler plans, with deterministic ids so a second plan of the same reminder
 * is a no-op create, and a time to live that runs `ttlDays` past their send time.
 */
export function reminderDocuments({
  now,
  morningHour,
  ttlDays,
}: {
  readonly now: () => Date;
  readonly morningHour: number;
  readonly ttlDays: number;
}) {
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

  /** A reminder of one action to its holder; none when the action has no person to hold it. */
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

  return { ttlFor, digestFor, reminderFor };
}

export type ReminderDocuments = ReturnType<typeof reminderDocuments>;
