import { createHash } from 'node:crypto';
import { z } from 'zod';

/** Where a pupil stands in the protocol's escalation; a case moves up, and is closed by the oco. */
export const escalationStepSchema = z.enum([
  'preventief',
  'jeugdarts',
  'leerplicht',
  'zat-mdo',
  'thuiszitter',
  'afgesloten',
]);
export type EscalationStep = z.infer<typeof escalationStepSchema>;

export const escalationStepLabels: Readonly<Record<EscalationStep, string>> = {
  preventief: 'Preventief (school)',
  jeugdarts: 'Jeugdarts',
  leerplicht: 'Leerplicht / DUO',
  'zat-mdo': 'ZAT / MDO',
  thuiszitter: 'Thuiszitter',
  afgesloten: 'Afgesloten',
};

/** Protocol order: the overview shows steps in this order, and a case's step is the highest of its open actions. */
export const escalationOrder: readonly EscalationStep[] = escalationStepSchema.options;

/** Who acts: the mentor of the pupil, or the school's oco. */
export const actionRoleSchema = z.enum(['mentor', 'oco']);
export type ActionRole = z.infer<typeof actionRoleSchema>;

const personSchema = z.object({ userId: z.string(), name: z.string() });

const dueRuleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('school-days'), count: z.number().int().min(0) }),
  z.object({ kind: z.literal('calendar-days'), count: z.number().int().min(0) }),
  z.object({ kind: z.literal('months'), count: z.number().int().min(0) }),
]);

export const caseActionSchema = z.object({
  /**
   * Unique within the case: the rule or form step it came from (`ziekte/contact-mentor`, `aanmelding/terugkoppeling`).
   */
  id: z.string(),
  step: escalationStepSchema,
  what: z.string(),
  role: actionRoleSchema,
  /** The person who holds it; absent when the school has nobody with that role. */
  assignee: personSchema.nullish(),
  startDay: z.string(),
  dueDay: z.string(),
  dueRule: dueRuleSchema,
  /** The protocol's own words for the deadline, shown beside the date. */
  deadlineText: z.string(),
  /** Id of the calendar the date was computed with (`default` = weekdays only). */
  calendarId: z.string(),
  sourceSectionId: z.string(),
  sourceLabel: z.string(),
  status: z.enum(['open', 'done']),
  createdAt: z.string(),
  createdFrom: z.object({ kind: z.enum(['advice', 'aanmeldformulier']), ref: z.string().nullish() }),
  doneAt: z.string().nullish(),
  doneBy: personSchema.nullish(),
});
export type CaseAction = z.infer<typeof caseActionSchema>;

/** One pupil's case in the `cases` container (partition `/schoolId`), beside the dossier. */
export const caseDocumentSchema = z.object({
  id: z.string(),
  schoolId: z.string(),
  docType: z.literal('case'),
  /** Pupil data, never logged: the name as the mentor or the form gave it, and its first word for notifications. */
  pupilName: z.string(),
  pupilFirstName: z.string(),
  mentor: personSchema,
  step: escalationStepSchema,
  actions: z.array(caseActionSchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  ttl: z.number().int().positive().nullish(),
  retainUntil: z.string().nullish(),
});
export type CaseDocument = z.infer<typeof caseDocumentSchema>;
export type CaseRecord = CaseDocument & { readonly etag: string };

export function parseCaseDocument(resource: unknown): CaseRecord {
  const etag = z.object({ _etag: z.string() }).parse(resource)._etag;
  return { ...caseDocumentSchema.parse(resource), etag };
}

/** "  Sanne  de Boer " → "sanne de boer": the same pupil typed twice maps to one case. */
function normalisePupilName(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/** The case id: a hash, so the pupil's name is not in the id (ids are logged and audited). */
export function caseIdFor(schoolId: string, pupilName: string): string {
  return `case-${createHash('sha256')
    .update(`${schoolId}\u0000${normalisePupilName(pupilName)}`)
    .digest('hex')
    .slice(0, 32)}`;
}

export const caseIdSchema = z.string().regex(/^case-[0-9a-f]{32}$/);
