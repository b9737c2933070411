import { z } from 'zod';
import { participantsIdSchema, type GuideDefinition } from './guide-definition.js';

const toggleSchema = z
  .union([z.boolean(), z.enum(['true', 'false'])])
  .transform((value) => value === true || value === 'true');

/** The preparation card's inputs, as a card action sends them (strings). Strict: user input. */
export const preparationInputSchema = z.object({
  pupilName: z
    .string()
    .trim()
    .min(1, 'Vul de voornaam of initialen van de leerling in.')
    .max(60, 'Gebruik alleen een voornaam of initialen (hooguit 60 tekens).'),
  age: z.coerce
    .number({ invalid_type_error: 'Vul de leeftijd van de leerling in (een getal).' })
    .int('Vul de leeftijd in hele jaren in.')
    .min(4, 'Vul een leeftijd tussen 4 en 23 jaar in.')
    .max(23, 'Vul een leeftijd tussen 4 en 23 jaar in.'),
  participants: participantsIdSchema.default('leerling-en-ouders'),
  parentsInformed: toggleSchema.default(false),
  conversationDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Kies de datum van het gesprek.'),
  absenceOverview: z.string().trim().max(2000, 'Het verzuimoverzicht is te lang (hooguit 2000 tekens).').default(''),
  concern: z.string().trim().max(2000, 'De reden van zorg is te lang (hooguit 2000 tekens).').default(''),
  criteria: z.string().max(500).default(''),
});

export type Preparation = Omit<z.infer<typeof preparationInputSchema>, 'criteria'> & {
  readonly criteria: readonly string[];
};

/** What the preparation card is prefilled with: any part of a preparation, the age as typed. */
export type PreparationDefaults = Partial<Omit<Preparation, 'age' | 'criteria'>> & {
  readonly age?: number | string;
  readonly criteria?: readonly string[];
};

/** Parses a comma-separated multi-select value into known criterion ids, in the definition's order. */
export function parseCriteria(value: string | undefined, definition: GuideDefinition): string[] {
  const chosen = new Set((value ?? '').split(',').map((part) => part.trim()));
  return definition.criteria.items.filter((item) => chosen.has(item.id)).map((item) => item.id);
}

export type PreparationResult =
  | { readonly success: true; readonly value: Preparation }
  | { readonly success: false; readonly errors: readonly string[] };

/**
 * Validates the preparation, including who takes part (Bijlage 1, leerling onder 12 jaar): under the
 * threshold the conversation is held with the parents; a pupil from 12 spoken alone needs the parents
 * informed beforehand. Errors are Dutch, for the card.
 */
export function parsePreparation(data: unknown, definition: GuideDefinition): PreparationResult {
  const parsed = preparationInputSchema.safeParse(data);
  if (!parsed.success)
    return {
      success: false,
      errors: [
        ...new Set(
          parsed.error.issues.map((issue) =>
            issue.code === 'invalid_type' && issue.path[0] === 'pupilName'
              ? 'Vul de voornaam of initialen van de leerling in.'
              : issue.message,
          ),
        ),
      ],
    };
  const { criteria, ...rest } = parsed.data;
  const errors: string[] = [];
  const threshold = definition.participants.ageThreshold;
  if (rest.participants === 'leerling' && rest.age < threshold) {
    errors.push(
      `De leerling is jonger dan ${threshold} jaar: het gesprek wordt dan standaard met ouders gevoerd. ` +
        'Kies "Ouders" of "Leerling en ouders".',
    );
  }
  if (rest.participants === 'leerling' && rest.age >= threshold && !rest.parentsInformed) {
    errors.push(
      'Spreek je de leerling alleen? Dan moeten ouders vooraf worden geïnformeerd. ' +
        'Vink aan dat de ouders zijn geïnformeerd, of kies een andere samenstelling.',
    );
  }
  if (errors.length > 0) return { success: false, errors };
  return { success: true, value: { ...rest, criteria: parseCriteria(criteria, definition) } };
}

const lenientText = (max: number) => z.string().max(max).optional().catch(undefined);

/**
 * What a refused preparation card sent, kept to show the card again as the mentor filled it in.
 * Lenient: anything unreadable is left out.
 */
export const preparationDraftSchema = z.object({
  pupilName: lenientText(60),
  age: z
    .union([z.string().max(3), z.number()])
    .optional()
    .catch(undefined),
  participants: participantsIdSchema.optional().catch(undefined),
  parentsInformed: toggleSchema.optional().catch(undefined),
  conversationDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  absenceOverview: lenientText(2000),
  concern: lenientText(2000),
  criteria: lenientText(500),
});

export function preparationDraft(data: unknown, definition: GuideDefinition): PreparationDefaults {
  const draft = preparationDraftSchema.parse(typeof data === 'object' && data !== null ? data : {});
  const { criteria, ...rest } = draft;
  const known = Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Omit<
    PreparationDefaults,
    'criteria'
  >;
  return { ...known, criteria: parseCriteria(criteria, definition) };
}
