import { z } from 'zod';
import { builtInForms } from '../forms/built-in-forms.js';

/** A record type: a form's id (see `src/forms/built-in-forms.ts`) or `gespreksverslag`; kebab-case. */
const recordTypePattern = '[a-z][a-z0-9]*(?:-[a-z0-9]+)*';
export const recordTypeSchema = z
  .string()
  .max(60)
  .regex(new RegExp(`^${recordTypePattern}$`));
export type RecordType = z.infer<typeof recordTypeSchema>;

/** concept → ingediend → in-behandeling → afgerond | ingetrokken */
export const recordStatusSchema = z.enum(['concept', 'ingediend', 'in-behandeling', 'afgerond', 'ingetrokken']);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

export const statusLabels: Readonly<Record<RecordStatus, string>> = {
  concept: 'Concept',
  ingediend: 'Ingediend',
  'in-behandeling': 'In behandeling',
  afgerond: 'Afgerond',
  ingetrokken: 'Ingetrokken',
};

/** The built-in record types' labels; a form added at start has its label in its definition. */
export const recordTypeLabels: Readonly<Record<string, string>> = {
  ...Object.fromEntries(builtInForms.map((definition) => [definition.formType, definition.label])),
  gespreksverslag: 'Gespreksverslag',
};

/** Which status may follow which. */
export const allowedTransitions: Readonly<Record<RecordStatus, readonly RecordStatus[]>> = {
  concept: ['ingediend', 'ingetrokken'],
  ingediend: ['in-behandeling', 'ingetrokken'],
  'in-behandeling': ['afgerond', 'ingetrokken'],
  afgerond: [],
  ingetrokken: [],
};

/** Closed records get a TTL and are removed by Cosmos DB after the retention period. */
export const closedStatuses: ReadonlySet<RecordStatus> = new Set(['afgerond', 'ingetrokken']);

/**
 * Every record expires: closed ones after the retention period, concepts after the draft period, open
 * records and verslagen after the open period (days). Cosmos DB counts a ttl from the last write, so each
 * change starts the period again.
 */
export function recordRetention(
  status: RecordStatus,
  at: Date,
  days: { readonly closed: number; readonly draft: number; readonly open: number },
): { ttl: number; retainUntil: string } {
  const kept = closedStatuses.has(status) ? days.closed : status === 'concept' ? days.draft : days.open;
  return { ttl: kept * 86_400, retainUntil: new Date(at.getTime() + kept * 86_400_000).toISOString() };
}

export const personSchema = z.object({ userId: z.string(), name: z.string() });
export type Person = z.infer<typeof personSchema>;

export const statusChangeSchema = z.object({ status: recordStatusSchema, at: z.string(), by: personSchema });
export type StatusChange = z.infer<typeof statusChangeSchema>;

/**
 * One pupil-dossier record as stored in the `dossier` container (partition key `/schoolId`).
 * `content` belongs to the record type's owner (the forms, the gespreksleidraad) and is validated there.
 */
export const dossierDocumentSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  docType: z.literal('dossierRecord'),
  recordType: recordTypeSchema,
  status: recordStatusSchema,
  submissionId: z.string(),
  /** What the overzicht shows, e.g. the pupil's name: pupil data, never logged. */
  title: z.string(),
  createdBy: personSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  history: z.array(statusChangeSchema),
  content: z.record(z.unknown()),
  /** Seconds until Cosmos DB removes the record, counted from its last change; set when it is closed. */
  ttl: z.number().int().positive().nullish(),
  /** When the record will be removed (for display; `ttl` is what Cosmos DB acts on). */
  retainUntil: z.string().nullish(),
});
export type DossierDocument = z.infer<typeof dossierDocumentSchema>;

/** A record read back, with the etag to send with a change. */
export type DossierRecord = DossierDocument & { readonly etag: string };

/** Parses a document read back from the store (including `_etag`). */
export function parseDossierDocument(resource: unknown): DossierRecord {
  const etag = z.object({ _etag: z.string() }).parse(resource)._etag;
  return { ...dossierDocumentSchema.parse(resource), etag };
}

/** A submission id as carried in card data: the key that makes filing idempotent. */
export const submissionIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]{7,63}$/);

/** A record id as {@link recordIdFor} makes it; anything else in card data is refused before the store is asked. */
export const recordIdSchema = z
  .string()
  .max(130)
  .regex(new RegExp(`^${recordTypePattern}-[A-Za-z0-9][A-Za-z0-9-]{7,63}$`));

/** The record id derived from the submission: the same card filed twice maps to one record. */
export function recordIdFor(recordType: RecordType, submissionId: string): string {
  return `${recordType}-${submissionIdSchema.parse(submissionId)}`;
}
