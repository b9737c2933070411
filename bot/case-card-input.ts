import { z } from 'zod';
import { allValue, caseIdSchema, escalationStepSchema } from '../src/cases/index.js';
import { situationSchema } from '../src/rules/index.js';

/** The data of the open-actions and reminder cards' buttons, parsed once at the edge. */

const scopeSchema = z.enum(['school', 'mine']);
/** "Zet deze stappen klaar" on the "wat nu?" card: the situation the advice was for. */
export const casePlanSchema = z
  .object({ verb: z.literal('case-plan').optional(), situation: situationSchema })
  .strict();
// Not strict: a button's data arrives with the card's inputs (the overview's filters) beside it.
export const actionRefSchema = z.object({
  verb: z.string().optional(),
  caseId: caseIdSchema,
  actionId: z.string().min(1).max(200),
  scope: scopeSchema.optional(),
  from: z.enum(['overview', 'reminder']).optional(),
});
/** The open-actions card's filters and pages. */
export const actionsOpenSchema = z.object({
  verb: z.literal('actions-open').optional(),
  scope: scopeSchema.optional(),
  step: z.union([escalationStepSchema, z.literal(''), z.literal(allValue)]).optional(),
  mentorUserId: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});
