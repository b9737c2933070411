import { z } from 'zod';

/**
 * Building blocks for the forms' strict zod schemas. Card inputs arrive as strings (dates
 * `YYYY-MM-DD`, toggles `"true"`/`"false"`, multi-selects `"a,b"`); messages are Dutch and are shown
 * beside the field.
 */
export const messages = {
  required: 'Vul dit in.',
  choose: 'Maak een keuze.',
  invalid: 'Deze waarde klopt niet.',
  date: 'Vul een geldige datum in (dag-maand-jaar).',
  email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
  phone: 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of 073 1234567.',
  plainText:
    'Deze tekst bevat onzichtbare tekens of stuurtekens (zoals een wissel van schrijfrichting). Haal ze weg of typ ' +
    'de tekst opnieuw.',
  tooLong: (max: number) =>
    `Dit is te lang: maximaal ${max} tekens. Ik laat de eerste ${max} tekens staan; controleer het einde.`,
} as const;

/**
 * Text as people type it: no control characters (tab and line breaks aside), no bidi overrides or
 * isolates that make a name read differently than it is stored, no lone surrogates. Code units, no `u`
 * flag, so a surrogate pair passes and a lone half does not.
 */
const refusedCharacters =
  String.raw`\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F` +
  String.raw`\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF`;
export const plainTextPattern = new RegExp(String.raw`^(?:[^${refusedCharacters}]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$`);

const stringInput = () =>
  z
    .string({ required_error: messages.required, invalid_type_error: messages.invalid })
    .regex(plainTextPattern, messages.plainText);

export function requiredText(max: number) {
  return stringInput().trim().min(1, messages.required).max(max, messages.tooLong(max));
}

export function optionalText(max: number) {
  return stringInput().trim().max(max, messages.tooLong(max)).optional().default('');
}

export const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(value: string): boolean {
  if (!isoDatePattern.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function requiredDate() {
  return stringInput().trim().min(1, messages.required).refine(isValidIsoDate, messages.date);
}

/**
 * Dutch numbers (06…, 0xx…, +31, 0031) or an international +… number; spaces, dashes, dots and brackets are
 * ignored.
 */
export function isValidPhone(value: string): boolean {
  const digits = value.replace(/[\s().-]/g, '');
  return /^(?:0|\+31|0031)[1-9]\d{8}$/.test(digits) || /^\+(?!31)[1-9]\d{7,14}$/.test(digits);
}

export function requiredPhone() {
  return stringInput().trim().min(1, messages.required).max(30, messages.phone).refine(isValidPhone, messages.phone);
}

export function requiredEmail() {
  return stringInput().trim().min(1, messages.required).max(254, messages.tooLong(254)).email(messages.email);
}

export function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { errorMap: () => ({ message: messages.choose }) });
}

/** A toggle that must be on. */
export function confirmed(message: string) {
  return z.literal('true', { errorMap: () => ({ message }) });
}

/** A multi-select ChoiceSet value `"a,b"`: each one known, at least one. */
export function multiChoice<const T extends readonly [string, ...string[]]>(values: T, atLeastOne: string) {
  return stringInput()
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values, { errorMap: () => ({ message: messages.invalid }) })).min(1, atLeastOne))
    .transform((list) => [...new Set(list)]);
}

// Built once: constructing an Intl.DateTimeFormat costs far more than formatting with one, and the
// form cards ask for today's date on every render.
const amsterdamDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** Today in the Netherlands, `YYYY-MM-DD`. */
export function dutchDay(date: Date): string {
  return amsterdamDayFormat.format(date);
}

/** `2024-03-05` → `5-3-2024`, as Dutch readers write dates. */
export function formatDutchDate(value: string): string {
  if (!isValidIsoDate(value)) return value;
  const [year, month, day] = value.split('-').map(Number);
  return `${day}-${month}-${year}`;
}
