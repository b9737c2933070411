import type { AdviceResult } from '../rules/advice.js';
import { adviseSituation } from '../rules/advise-situation.js';
import type { Situation } from '../rules/situation.js';
import { builtInCatalog } from './form-catalog.js';
import type { FormDefinition } from './form-definition.js';

export type FormPrefillSlots = { readonly pupilFirstName?: string; readonly situation?: Situation };

/**
 * What a form opened from a message ("zet de aanmelding voor Jesse klaar, 5 dagen ziek deze maand")
 * starts with: the first name, and what the form's own `prefill` takes from the situation the rules read
 * in the message. Only fields the form has; the form service checks them again. `advise` is the school's
 * region's rules engine (the Bossche protocol by default).
 */
export function formPrefill(
  form: string | FormDefinition,
  { pupilFirstName, situation }: FormPrefillSlots,
  advise: (situation: Situation) => AdviceResult = adviseSituation,
): Record<string, string> {
  const definition = typeof form === 'string' ? builtInCatalog.find(form) : form;
  const prefill: Record<string, string> = pupilFirstName ? { pupilName: pupilFirstName } : {};
  if (!situation || !definition?.prefill) return prefill;
  const advice = advise(situation);
  if (advice.kind !== 'advice') return prefill;
  return {
    ...prefill,
    ...definition.prefill({ understood: advice.understood, aanmeldReasons: advice.aanmeldReasons }),
  };
}
