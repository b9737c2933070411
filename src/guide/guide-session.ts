import { createHash } from 'node:crypto';
import { z } from 'zod';
import { participantsIdSchema } from './guide-definition.js';

const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const agreementSchema = z.object({
  text: z.string().max(1000),
  owner: z.string().max(200),
  dueDate: z.union([isoDateSchema, z.literal('')]),
});
export type Agreement = z.infer<typeof agreementSchema>;

/**
 * One mentor's guide for one pupil, as kept in the `progress` container (partition `/userId`).
 * The document id is the pupil slot ({@link guideSlotId}), so a mentor has at most one guide per pupil;
 * `guideId` tells one walk-through from the next in the same slot.
 */
export const guideSessionSchema = z.object({
  id: z.string().min(1),
  type: z.literal('gespreksleidraad'),
  userId: z.string().min(1),
  guideId: z.string().min(1),
  status: z.enum(['open', 'finished']),
  pupilName: z.string(),
  age: z.number().int(),
  participants: participantsIdSchema,
  parentsInformed: z.boolean(),
  conversationDate: isoDateSchema,
  absenceOverview: z.string(),
  concern: z.string(),
  criteria: z.array(z.string()),
  /** 1-based index into the definition's phases. */
  step: z.number().int().min(1),
  notes: z.record(z.string()),
  agreements: z.record(agreementSchema),
  mentorName: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().optional(),
  verslagRecordId: z.string().optional(),
});
export type GuideSession = z.infer<typeof guideSessionSchema>;

/** How a pupil is recognised across guides of one mentor: the name as typed, case and spacing ignored. */
export function pupilKey(pupilName: string): string {
  return pupilName.normalize('NFC').trim().toLocaleLowerCase('nl-NL').replace(/\s+/g, ' ');
}

/** The document id of a mentor's guide for a pupil. Hashed, so ids (which may be logged) carry no name. */
export function guideSlotId(pupilName: string): string {
  return `gespreksleidraad-${createHash('sha256').update(pupilKey(pupilName)).digest('hex').slice(0, 32)}`;
}
