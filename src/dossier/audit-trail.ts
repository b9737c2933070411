import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { toStoreError } from '../storage/store-errors.js';
import { withStoreRetry } from '../storage/store-retry.js';

export const auditActionSchema = z.enum([
  'actor-resolve',
  'record-create',
  /** Written before a record's create is sent, so a record saved while its answer got lost is audited too. */
  'record-create-attempt',
  'record-read',
  'record-list',
  'record-update',
  'record-status-change',
  'role-list',
  'role-change',
  /** Reading or changing an open gespreksleidraad (its notes are pupil data, kept per mentor). */
  'guide-read',
  'guide-write',
]);
export type AuditAction = z.infer<typeof auditActionSchema>;

/** Partition for refusals of users who belong to no school. */
export const unknownSchoolId = '_unknown';

/** One line of the audit trail: ids and event names only, never pupil data. */
export const auditEntrySchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  at: z.string(),
  userId: z.string(),
  action: auditActionSchema,
  outcome: z.enum(['allowed', 'refused']),
  recordId: z.string().nullish(),
  recordType: z.string().nullish(),
  /** The gespreksleidraad read or changed (`guide-read`, `guide-write`). */
  guideId: z.string().nullish(),
  /** Why it was refused (an `AccessDeniedReason` or other error reason). */
  reason: z.string().nullish(),
  fromStatus: z.string().nullish(),
  toStatus: z.string().nullish(),
  targetUserId: z.string().nullish(),
  /** How many records a list returned. */
  count: z.number().nullish(),
  /** The records a list showed. */
  recordIds: z.array(z.string()).nullish(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
export type AuditInput = Omit<AuditEntry, 'id' | 'at'> & {
  /** A deterministic id makes a retried append idempotent (e.g. the create of a record). */
  readonly id?: string;
  readonly at?: string;
};

/** The append-only audit trail: entries are created, never replaced or deleted. */
export type AuditTrail = {
  /**
   * Appends an entry. Resolves `true` when this call wrote it, `false` when an entry with the same fixed id
   * was there already (a trail that cannot tell resolves nothing).
   */
  readonly append: (entry: AuditInput) => Promise<boolean | void>;
  readonly list: (schoolId: string) => Promise<AuditEntry[]>;
};

function complete(entry: AuditInput, now: () => Date): AuditEntry {
  return { ...entry, id: entry.id ?? randomUUID(), at: entry.at ?? now().toISOString() };
}

export class MemoryAuditTrail implements AuditTrail {
  readonly entries: AuditEntry[] = [];
  constructor(private readonly now: () => Date = () => new Date()) {}
  append = async (entry: AuditInput) => {
    const full = complete(entry, this.now);
    if (this.entries.some((existing) => existing.id === full.id && existing.schoolId === full.schoolId)) return false;
    this.entries.push(full);
    return true;
  };
  list = async (schoolId: string) => this.entries.filter((entry) => entry.schoolId === schoolId);
}

export type CosmosAuditTrailOptions = {
  readonly now?: () => Date;
  /**
   * Days an entry is kept (its own `ttl`): long enough to answer who saw a pupil's record for as long as
   * the record and a complaint about it can exist, and no longer. @default 1825 (five years)
   */
  readonly retentionDays?: number;
};

/** The audit trail in the `audit` container, partitioned by `/schoolId`; each entry expires after `retentionDays`. */
export function createCosmosAuditTrail(
  container: Container,
  { now = () => new Date(), retentionDays = 1825 }: CosmosAuditTrailOptions = {},
): AuditTrail {
  return {
    append: async (entry) => {
      const document = { ...complete(entry, now), docType: 'audit', ttl: retentionDays * 86_400 };
      try {
        await withStoreRetry(() => container.items.create(document));
        return true;
      } catch (error) {
        // Same deterministic id: this entry was written by an earlier attempt.
        if (toStoreError(error).reason !== 'conflict') throw error;
        return false;
      }
    },
    list: async (schoolId) => {
      const { resources } = await withStoreRetry(() =>
        container.items
          .query(
            {
              query: 'SELECT * FROM c WHERE c.schoolId = @schoolId',
              parameters: [{ name: '@schoolId', value: schoolId }],
            },
            { partitionKey: schoolId },
          )
          .fetchAll(),
      );
      return resources.map((resource) => auditEntrySchema.parse(resource)).sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}
