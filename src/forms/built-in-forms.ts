import { aanmeldformulier } from './aanmeldformulier.js';
import type { FormDefinition } from './form-definition.js';
import { verzuimcoachVerwijzing } from './verzuimcoach-verwijzing.js';

/**
 * The forms of the bot: this list drives the routes, the dossier's record types, the access policy and who
 * is notified. A new form is a definition file here plus its card template in `cards/`.
 * Imports nothing of the dossier at run time, so the dossier can derive its record types from it.
 */
export const builtInForms = [aanmeldformulier, verzuimcoachVerwijzing] as const;

/** A built-in form's id; forms added at start (`createFormCatalog`) are plain strings. */
export type FormType = (typeof builtInForms)[number]['formType'];

/** The built-in forms by id. */
export const formDefinitions = Object.fromEntries(
  builtInForms.map((definition) => [definition.formType, definition]),
) as unknown as Readonly<Record<FormType, FormDefinition<any>>>;
