import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { submissionIdSchema } from '../dossier/dossier-record.js';
import { builtInCatalog } from './form-catalog.js';
import type { FormType } from './built-in-forms.js';
import type { FieldIssue, FormDefinition } from './form-definition.js';
import { messages, plainTextPattern } from './form-fields.js';

/** Keys a card sends besides the inputs. */
export const reservedKeys = new Set(['verb', 'formType', 'submissionId']);

/** Keys the bot decides itself; sent in submit data they are a forgery, not a typo. */
const forgedKeys = new Set([
  'id',
  'recordId',
  'schoolId',
  'school',
  'schoolName',
  'createdBy',
  'userId',
  'user',
  'role',
  'roles',
  'status',
  'etag',
  '_etag',
  'ttl',
  'actor',
  'history',
  'docType',
]);

/** The inputs as the card holds them: every field, as a string. */
export type FormValues = Record<string, string>;

export type SubmissionResult<T> =
  | { readonly ok: true; readonly value: T; readonly values: FormValues; readonly submissionId: string }
  | {
      readonly ok: false;
      readonly values: FormValues;
      readonly errors: Record<string, string>;
      readonly formErrors: string[];
      readonly submissionId: string;
    };

/**
 * Keeps what the user typed for every known field, to send the card back: strings only, each cut at
 * its field's maximum so the card stays within Teams' size limit (the error beside the field says so).
 */
export function keepValues(definition: FormDefinition<unknown>, data: Record<string, unknown>): FormValues {
  const values: FormValues = {};
  for (const [key, spec] of Object.entries(definition.fields)) {
    const value = data[key];
    values[key] = typeof value === 'string' ? value.slice(0, spec.max) : '';
  }
  return values;
}

function unknownKeyErrors(data: Record<string, unknown>, definition: FormDefinition<unknown>): string[] {
  // Own keys only: `__proto__` and `constructor` are `in` every object, and are as unknown as any other.
  const unknown = Object.keys(data).filter((key) => !reservedKeys.has(key) && !Object.hasOwn(definition.fields, key));
  if (unknown.length === 0) return [];
  const forged = unknown.filter((key) => forgedKeys.has(key));
  const errors: string[] = [];
  if (forged.length > 0) {
    errors.push(
      'Het formulier bevatte gegevens die ik zelf bepaal, zoals school, rol, status of kenmerk. Die neem ik nooit ' +
        'over uit een formulier, dus er is niets opgeslagen.',
    );
  }
  const other = unknown.filter((key) => !forgedKeys.has(key));
  if (other.length > 0) {
    const shown = other
      .slice(0, 5)
      .map((key) => `"${key.slice(0, 30)}"`)
      .join(', ');
    errors.push(
      `Het formulier bevatte velden die ik niet ken (${shown}${other.length > 5 ? ', …' : ''}). Er is niets ` +
        `opgeslagen; controleer de velden en dien opnieuw in.`,
    );
  }
  return errors;
}

function asRecord(data: unknown): Record<string, unknown> | undefined {
  return typeof data === 'object' && data !== null && !Array.isArray(data)
    ? (data as Record<string, unknown>)
    : undefined;
}

function takeSubmissionId(
  data: Record<string, unknown>,
  newId: () => string,
): { submissionId: string; error?: string } {
  const parsed = submissionIdSchema.safeParse(data.submissionId);
  if (parsed.success) return { submissionId: parsed.data };
  return {
    submissionId: newId(),
    error: 'Dit formulier had geen geldig kenmerk. Er is niets opgeslagen; controleer de gegevens en dien opnieuw in.',
  };
}

function firstErrors(
  issues: readonly { path: (string | number)[]; message: string }[],
  errors: Record<string, string>,
  formErrors: string[],
): void {
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field === 'string') errors[field] ??= issue.message;
    else if (issue.message && !formErrors.includes(issue.message)) formErrors.push(issue.message);
  }
}

export type ValidateOptions = {
  /** `YYYY-MM-DD` in the Netherlands. */
  readonly today: string;
  /** @default randomUUID */
  readonly newId?: () => string;
};

/**
 * Parses submit data strictly: unknown and forged keys, types, lengths, required fields, then the checks across
 * fields.
 */
export function validateSubmission<T>(
  definition: FormDefinition<T>,
  data: unknown,
  { today, newId = randomUUID }: ValidateOptions,
): SubmissionResult<T> {
  const record = asRecord(data) ?? {};
  const { submissionId, error: idError } = takeSubmissionId(record, newId);
  const values = keepValues(definition as FormDefinition<unknown>, record);
  const formErrors = [
    ...(asRecord(data) ? [] : ['Het formulier kwam niet goed door. Probeer het opnieuw.']),
    ...(idError ? [idError] : []),
    ...unknownKeyErrors(record, definition as FormDefinition<unknown>),
  ];
  if (record.formType !== undefined && record.formType !== definition.formType)
    formErrors.push('Dit formulier hoort bij een ander formuliertype. Open het formulier opnieuw.');
  const errors: Record<string, string> = {};
  const inputs = Object.fromEntries(Object.entries(record).filter(([key]) => Object.hasOwn(definition.fields, key)));
  const parsed = definition.schema.safeParse(inputs);
  if (!parsed.success) {
    firstErrors(parsed.error.issues, errors, formErrors);
  } else {
    const issues: FieldIssue[] = definition.check(parsed.data, { today });
    for (const issue of issues) errors[issue.field] ??= issue.message;
  }
  if (parsed.success && Object.keys(errors).length === 0 && formErrors.length === 0) {
    const clean = Object.fromEntries(
      Object.keys(definition.fields).map((key) => [
        key,
        typeof inputs[key] === 'string' ? (inputs[key] as string).trim() : '',
      ]),
    );
    return { ok: true, value: parsed.data, values: clean, submissionId };
  }
  return { ok: false, values, errors, formErrors, submissionId };
}

/** A concept is saved without the required-field rules, but never with unknown keys, non-strings or oversized text. */
export function validateDraft(
  definition: FormDefinition<unknown>,
  data: unknown,
  { newId = randomUUID }: { readonly newId?: () => string } = {},
): SubmissionResult<FormValues> {
  const record = asRecord(data) ?? {};
  const { submissionId, error: idError } = takeSubmissionId(record, newId);
  const values = keepValues(definition, record);
  const formErrors = [...(idError ? [idError] : []), ...unknownKeyErrors(record, definition)];
  const shape = Object.fromEntries(
    Object.entries(definition.fields).map(([key, spec]) => [
      key,
      z
        .string({ invalid_type_error: 'Deze waarde klopt niet.' })
        .regex(plainTextPattern, messages.plainText)
        .max(
          spec.max,
          `Dit is te lang: maximaal ${spec.max} tekens. Ik laat de eerste ${spec.max} tekens staan; controleer het ` +
            `einde.`,
        )
        .optional(),
    ]),
  );
  const errors: Record<string, string> = {};
  const parsed = z
    .object(shape)
    .safeParse(Object.fromEntries(Object.entries(record).filter(([key]) => Object.hasOwn(definition.fields, key))));
  if (!parsed.success) firstErrors(parsed.error.issues, errors, formErrors);
  if (Object.keys(errors).length === 0 && formErrors.length === 0) {
    return {
      ok: true,
      value: Object.fromEntries(Object.entries(values).map(([key, value]) => [key, value.trim()])),
      values,
      submissionId,
    };
  }
  return { ok: false, values, errors, formErrors, submissionId };
}

/** Prefill from "wat nu?" or the gespreksleidraad: known fields only, strings only, within their maximum. */
export function sanitizePrefill(definition: FormDefinition<unknown>, prefill: unknown): FormValues {
  const record = asRecord(prefill) ?? {};
  const values = keepValues(definition, record);
  return values;
}

/** Whether a value is a built-in form's id. */
export function isFormType(value: unknown): value is FormType {
  return builtInCatalog.find(value) !== undefined;
}
