import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { StoreError, toStoreError } from '../storage/store-errors.js';
import { withStoreRetry } from '../storage/store-retry.js';

/** The partition of the `cases` container that holds every school's reminders: one query finds what is due. */
export const remindersPartition = '_reminders';

/**
 * One reminder to send: ids and times only, no pupil data (the message reads the case when it is sent).
 * `pending` → `claimed` (by one instance, until `claimedUntil`) → `sent` | `cancelled` | `failed`.
 */
export const reminderDocumentSchema = z.object({
  id: z.string(),
  schoolId: z.literal(remindersPartition),
  docType: z.literal('reminder'),
  school: z.string(),
  caseId: z.string(),
  actionId: z.string(),
  /**
   * `digest`: the oco's daily list of the school's overdue actions (`caseId` and `actionId` empty).
   * `lapse-warning`: the school's ocos told of records that lapse soon (one per school per day; `caseId`, `actionId`
   * empty).
   * `lapse-told`: a mark, never sent, that `recipientUserId` was told of record `caseId` lapsing at `actionId`.
   */
  kind: z.enum(['due', 'overdue', 'snooze', 'digest', 'lapse-warning', 'lapse-told']),
  recipientUserId: z.string(),
  sendAt: z.string(),
  state: z.enum(['pending', 'claimed', 'sent', 'cancelled', 'failed']),
  claimedBy: z.string().nullish(),
  claimedUntil: z.string().nullish(),
  attempts: z.number().int().min(0),
  sentAt: z.string().nullish(),
  reason: z.string().nullish(),
  ttl: z.number().int().positive().nullish(),
});
export type ReminderDocument = z.infer<typeof reminderDocumentSchema>;
export type Reminder = ReminderDocument & { readonly etag: string };

function parseReminder(resource: unknown): Reminder {
  return { ...reminderDocumentSchema.parse(resource), etag: z.object({ _etag: z.string() }).parse(resource)._etag };
}

/**
 * Where reminders live. `create` resolves `false` when the reminder exists (a deterministic id makes
 * scheduling idempotent); `replace` rejects with `StoreError('preconditionFailed')` on a stale etag —
 * that is how an instance learns another one claimed the reminder first.
 */
export type ReminderStore = {
  readonly create: (document: ReminderDocument) => Promise<boolean>;
  readonly replace: (document: ReminderDocument, etag: string) => Promise<Reminder>;
  readonly read: (id: string) => Promise<Reminder | undefined>;
  /** Reminders not sent, cancelled or failed whose time has come. */
  readonly listDue: (at: string) => Promise<Reminder[]>;
  readonly list: () => Promise<Reminder[]>;
};

export class MemoryReminderStore implements ReminderStore {
  private readonly reminders = new Map<string, Reminder>();
  private version = 0;
  create = async (document: ReminderDocument) => {
    if (this.reminders.has(document.id)) return false;
    this.reminders.set(document.id, { ...structuredClone(document), etag: `"${(this.version += 1)}"` });
    return true;
  };
  replace = async (document: ReminderDocument, etag: string) => {
    const current = this.reminders.get(document.id);
    if (!current) throw new StoreError('notFound', false);
    if (current.etag !== etag) throw new StoreError('preconditionFailed', false);
    const next = { ...structuredClone(document), etag: `"${(this.version += 1)}"` };
    this.reminders.set(document.id, next);
    return next;
  };
  read = async (id: string) => this.reminders.get(id);
  listDue = async (at: string) =>
    [...this.reminders.values()].filter(
      (reminder) => (reminder.state === 'pending' || reminder.state === 'claimed') && reminder.sendAt <= at,
    );
  list = async () => [...this.reminders.values()];
}

function toDocument(document: ReminderDocument): Record<string, unknown> & { id: string } {
  const { etag: _etag, ...rest } = document as ReminderDocument & { etag?: string };
  return { ...rest, ttl: rest.ttl ?? undefined };
}

/** Reminders in the `cases` container, partition {@link remindersPartition}. */
export function createCosmosReminderStore(container: Container): ReminderStore {
  const query = (text: string, parameters: { name: string; value: string }[]) =>
    withStoreRetry(() =>
      container.items.query({ query: text, parameters }, { partitionKey: remindersPartition }).fetchAll(),
    ).then(({ resources }) => resources.map(parseReminder));
  return {
    create: async (document) => {
      try {
        await withStoreRetry(() => container.items.create(toDocument(document)));
        return true;
      } catch (error) {
        if (toStoreError(error).reason === 'conflict') return false;
        throw error;
      }
    },
    replace: async (document, etag) => {
      // No retry on a 412: losing the race is an answer, not a failure.
      const { resource } = await withStoreRetry(() =>
        container
          .item(document.id, remindersPartition)
          .replace(toDocument(document), { accessCondition: { type: 'IfMatch', condition: etag } }),
      );
      return parseReminder(resource);
    },
    read: async (id) => {
      try {
        const { resource } = await withStoreRetry(() => container.item(id, remindersPartition).read());
        return resource ? parseReminder(resource) : undefined;
      } catch (error) {
        if (toStoreError(error).reason === 'notFound') return undefined;
        throw error;
      }
    },
    listDue: (at) =>
      query(
        "SELECT * FROM c WHERE c.schoolId = @partition AND c.docType = 'reminder' AND (c.state = 'pending' OR " +
          "c.state = 'claimed') AND c.sendAt <= @at",
        [
          { name: '@partition', value: remindersPartition },
          { name: '@at', value: at },
        ],
      ),
    list: () =>
      query("SELECT * FROM c WHERE c.schoolId = @partition AND c.docType = 'reminder'", [
        { name: '@partition', value: remindersPartition },
      ]),
  };
}
