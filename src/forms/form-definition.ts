import type { z } from 'zod';
import type { RecordType } from '../dossier/dossier-record.js';

export type FormType = 'aanmeldformulier' | 'verzuimcoach';

export type FieldSpec = {
  /** Dutch label, as in the card. */
  readonly label: string;
  /** Longest value accepted (the card's `maxLength`). */
  readonly max: number;
};

export type FieldIssue = { readonly field: string; readonly message: string };

export type SummaryFact = { readonly title: string; readonly value: string };

/** What a form is: its fields, its strict schema, the checks across fields, and how it reads back. */
export type FormDefinition<T> = {
  readonly formType: FormType;
  readonly recordType: RecordType;
  /** Card template in `cards/`. */
  readonly cardName: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** Strict schema over the fields (card inputs as strings). */
  readonly schema: z.ZodType<T, z.ZodTypeDef, unknown>;
  /** Rules across fields (dates, age, consent); `today` is `YYYY-MM-DD` in the Netherlands. */
  readonly check: (value: T, context: { readonly today: string }) => FieldIssue[];
  /** The overzicht's title of a record: the pupil's name. */
  readonly title: (value: Partial<Record<string, string>>) => string;
  /** The read-only summary, label and value, in card order. */
  readonly summary: (value: T) => SummaryFact[];
  /** What happens next, in Dutch, shown after filing. */
  readonly nextSteps: string;
};
