import type { z } from 'zod';
import type { Actor } from '../access/actor.js';
import type { RecordAccessRule } from '../access/record-access.js';
import type { Intent } from '../understanding/understand.js';

export type FieldSpec = {
  /** Dutch label, as in the card. */
  readonly label: string;
  /** Longest value accepted (the card's `maxLength`). */
  readonly max: number;
};

export type FieldIssue = { readonly field: string; readonly message: string };

export type SummaryFact = { readonly title: string; readonly value: string };

/** What "wat nu?" understood of a situation, as a form's prefill reads it (plain data from `src/rules`). */
export type SituationPrefillInput = {
  /** The lines the rules understood ("Leerling: Jesse, 12 jaar", "5 dagen ziek in 4 weken"). */
  readonly understood: readonly string[];
  /** Bijlage 3's reasons (1–4) that apply. */
  readonly aanmeldReasons: readonly number[];
};

/**
 * What a form is: everything routes, the dossier, the access policy and notifications need, so that a form
 * is added by adding its definition (and its card template) to the list in `built-in-forms.ts`.
 */
export type FormDefinition<T = unknown, K extends string = string> = {
  /** The form's id: its `formType` in card data and its record type in the dossier (kebab-case). */
  readonly formType: K;
  /** What one record of this form is called (overzicht, summary, lapse warning). */
  readonly label: string;
  /** The overzicht's heading for a reader of other people's records of this form only. */
  readonly pluralLabel: string;
  /** The typed command that opens it (in the app manifest's command list). */
  readonly command: string;
  /**
   * How a message names it: the understanding layer's capability that opens it (when that layer knows the
   * form), and exact words (besides `command`) that open it when typed alone.
   */
  readonly names: { readonly intent?: Intent; readonly exact: readonly string[] };
  /** Card template: a name in `cards/` (`cards/<name>.json`), or the template itself. */
  readonly card: string | object;
  /** Who may file it, who reads others' records of it, and who is told when one is filed. */
  readonly access: RecordAccessRule;
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
  /** Values a fresh form starts with (the date, the user's own name). @default none */
  readonly defaults?: (context: { readonly actor: Actor; readonly today: string }) => Record<string, string>;
  /** What a form opened from a described situation starts with, besides the pupil's first name. @default none */
  readonly prefill?: (situation: SituationPrefillInput) => Record<string, string>;
};
