import type { AccessPolicy } from '../access/record-access.js';
import type { Actor } from '../access/actor.js';
import type { AuditTrail } from './audit-trail.js';
import type { DossierRecord, RecordStatus, RecordType } from './dossier-record.js';
import type { DossierStore } from './dossier-store.js';

export type DossierServiceOptions = {
  /** @default an in-memory store */
  readonly store?: DossierStore;
  /** @default an in-memory audit trail */
  readonly audit?: AuditTrail;
  /** Days a closed record is kept before its TTL removes it. @default 730 */
  readonly retentionDays?: number;
  /** Days a concept (a draft never sent) is kept after its last save before its TTL removes it. @default 90 */
  readonly draftRetentionDays?: number;
  /**
   * Days an open record (ingediend, in behandeling) or a saved verslag is kept after its last change:
   * every change starts the period again, so only work nobody touches lapses.
   * @default 365
   */
  readonly openRetentionDays?: number;
  readonly now?: () => Date;
  /**
   * How long reading a record back after a failed create may take. With the create's own retries the
   * reply must stay well under Teams' 15 s for an invoke. @default 4000
   */
  readonly verifyTimeoutMs?: number;
  /**
   * What filing may take in all, retries included; the read back gets what is left of it (at least 1 s).
   * @default 10000
   */
  readonly fileBudgetMs?: number;
  /**
   * Called after each saved change of a record (filed, a concept updated, a status change), e.g. to plan
   * the oco's warning before its TTL lapses. Its failure does not fail the change. @default none
   */
  readonly onRecordChange?: (record: DossierRecord) => Promise<unknown>;
  /**
   * Who may file, read and handle which record type. @default the built-in forms' rules (the general rule,
   * mentors and the oco file and the oco reads, for other types)
   */
  readonly policy?: AccessPolicy;
};

export type FileRecordRequest = {
  readonly actor: Actor;
  readonly recordType: RecordType;
  /** The id carried in the card data; the record id is derived from it, so filing twice gives one record. */
  readonly submissionId: string;
  /** What the overzicht shows (the pupil's name). */
  readonly title: string;
  readonly content: Record<string, unknown>;
  /** `concept` saves a draft; filing the same submission again as `ingediend` sends it. @default 'ingediend' */
  readonly status?: 'concept' | 'ingediend';
};

export type DossierService = {
  /**
   * Throws {@link AccessDeniedError} (audited) when the actor may not file this type: asked before showing an
   * empty form.
   */
  readonly assertCanCreate: (request: { readonly actor: Actor; readonly recordType: RecordType }) => Promise<void>;
  /** Files a record once: a repeat of the same submission returns the saved record with `created: false`. */
  readonly fileRecord: (request: FileRecordRequest) => Promise<{
    readonly record: DossierRecord;
    readonly created: boolean;
    /**
     * Filed before, but only now confirmed: the earlier press could not be confirmed (so nobody was told of it
     * yet).
     */
    readonly confirmedNow?: boolean;
  }>;
  /** One record of the actor's school, if the actor may read it (audited). */
  readonly getRecord: (request: { readonly actor: Actor; readonly recordId: string }) => Promise<DossierRecord>;
  /** The records the actor may see, newest first (audited). */
  readonly listRecords: (request: {
    readonly actor: Actor;
    readonly recordType?: RecordType;
    readonly status?: RecordStatus;
    readonly limit?: number;
  }) => Promise<DossierRecord[]>;
  /**
   * Open records and verslagen (ingediend, in behandeling) the actor may read that lapse before `before`,
   * soonest first: for the oco's warning (audited as a list, reason `lapseWarning`).
   */
  readonly listLapsing: (request: { readonly actor: Actor; readonly before: Date }) => Promise<DossierRecord[]>;
  /** Moves a record along its lifecycle; `etag` is the version the user saw (a stale one is refused). */
  readonly changeStatus: (request: {
    readonly actor: Actor;
    readonly recordId: string;
    readonly to: RecordStatus;
    readonly etag: string;
  }) => Promise<DossierRecord>;
  /** The records a status change makes possible for this actor, for the buttons on a card. */
  readonly nextStatuses: (actor: Actor, record: DossierRecord) => RecordStatus[];
};
