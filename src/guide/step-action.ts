import { z } from 'zod';
import type { GuideDefinition } from './guide-definition.js';
import type { StepInput } from './guide-machine.js';
import type { Agreement } from './guide-session.js';
import { parseCriteria } from './preparation.js';

/** What every button of a step card sends: the guide, the step shown, and the card's inputs. */
const stepActionSchema = z
  .object({
    guideId: z.string().min(1).max(100),
    step: z.coerce.number().int().min(1).max(100),
    note: z.string().max(2000).optional(),
    criteria: z.string().max(500).optional(),
  })
  .passthrough();

const agreementFieldSchema = z.string().trim().max(1000).optional();
const dueDateSchema = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/), z.literal('')]).optional();

export type StepAction = { readonly guideId: string; readonly input: StepInput };

export type StepActionResult = { readonly success: true; readonly value: StepAction } | { readonly success: false };

/**
 * Parses a step card's action data. Agreements and criteria are read only when the card carried them
 * (the agreements step), so a button on another step never clears them.
 */
export function parseStepAction(data: unknown, definition: GuideDefinition): StepActionResult {
  const parsed = stepActionSchema.safeParse(data);
  if (!parsed.success) return { success: false };
  const raw = parsed.data as Record<string, unknown>;
  const agreements: Record<string, Agreement> = {};
  let sawAgreement = false;
  for (const topic of definition.agreements.topics) {
    const text = agreementFieldSchema.safeParse(raw[`agreement-${topic.id}-text`]);
    const owner = agreementFieldSchema.safeParse(raw[`agreement-${topic.id}-owner`]);
    const dueDate = dueDateSchema.safeParse(raw[`agreement-${topic.id}-dueDate`]);
    if (!text.success || !owner.success || !dueDate.success) return { success: false };
    if (text.data === undefined && owner.data === undefined && dueDate.data === undefined) continue;
    sawAgreement = true;
    const agreement = { text: text.data ?? '', owner: owner.data ?? '', dueDate: dueDate.data ?? '' };
    if (agreement.text || agreement.owner || agreement.dueDate) agreements[topic.id] = agreement;
  }
  const { guideId, step, note, criteria } = parsed.data;
  return {
    success: true,
    value: {
      guideId,
      input: {
        step,
        ...(note !== undefined ? { note } : {}),
        ...(sawAgreement ? { agreements } : {}),
        // An unticked multi-select may be left out of the data: on the agreements step that means none.
        ...(criteria !== undefined || sawAgreement ? { criteria: parseCriteria(criteria, definition) } : {}),
      },
    },
  };
}

/** Data of `guide-start` (the "wat nu?" card sends it, with what it already knows). Lenient: prefill only. */
export const guideStartSchema = z.object({
  pupilFirstName: z.string().trim().max(60).optional().catch(undefined),
  age: z.coerce.number().int().min(4).max(23).optional().catch(undefined),
  concern: z.string().trim().max(2000).optional().catch(undefined),
});

/** Data of buttons that only name the guide (Hervatten, Opnieuw beginnen, the preparation submit). */
export const guideReferenceSchema = z.object({ guideId: z.string().min(1).max(100) }).passthrough();
