import { createAccessPolicy, type AccessPolicy, type RecordAccessRules } from '../access/record-access.js';
import { builtInForms } from './built-in-forms.js';
import type { FormDefinition } from './form-definition.js';

/** The forms the bot runs with, looked up by id, command or name; the access policy follows from them. */
export type FormCatalog = {
  readonly definitions: readonly FormDefinition[];
  /** The definition of a form id, or undefined for anything else (a forged or stale card). */
  readonly find: (formType: unknown) => FormDefinition | undefined;
  /** The form a message typed alone opens by its command or one of its exact names ("verwijzing"). */
  readonly byText: (text: string) => FormDefinition | undefined;
  /** Every form's access rule, by record type. */
  readonly accessRules: RecordAccessRules;
  /** The access policy over these rules (the general rule for other record types). */
  readonly policy: AccessPolicy;
  /** The commands as a user is told them: `"aanmeldformulier" of "verzuimcoach"`. */
  readonly commandList: string;
};

const normalize = (text: string) => text.trim().toLocaleLowerCase('nl').replace(/\s+/g, ' ');

/**
 * A catalog over form definitions (ids must be unique kebab-case).
 * @example const catalog = createFormCatalog([...builtInForms, leerplichtmelding]);
 */
export function createFormCatalog(definitions: readonly FormDefinition<any>[] = builtInForms): FormCatalog {
  const byId = new Map<string, FormDefinition>();
  for (const definition of definitions) {
    if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(definition.formType) || byId.has(definition.formType))
      throw new Error(`Form "${definition.formType}": a form id must be unique and kebab-case; rename it.`);
    byId.set(definition.formType, definition);
  }
  const texts = new Map<string, FormDefinition>();
  for (const definition of byId.values())
    for (const name of [definition.command, ...definition.names.exact]) texts.set(normalize(name), definition);
  const accessRules: RecordAccessRules = Object.fromEntries(
    [...byId.values()].map((definition) => [definition.formType, definition.access]),
  );
  const commands = [...byId.values()].map((definition) => `"${definition.command}"`);
  return {
    definitions: [...byId.values()],
    find: (formType) => (typeof formType === 'string' ? byId.get(formType) : undefined),
    byText: (text) => texts.get(normalize(text)),
    accessRules,
    policy: createAccessPolicy(accessRules),
    commandList: commands.length > 1 ? `${commands.slice(0, -1).join(', ')} of ${commands.at(-1)}` : commands.join(''),
  };
}

/** The catalog of the built-in forms. */
export const builtInCatalog: FormCatalog = createFormCatalog();
