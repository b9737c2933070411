import { adviseSituation } from '../rules/advise-situation.js';
import type { Situation } from '../rules/situation.js';
import type { FormType } from './form-definition.js';

/** Bijlage 3's reasons by the rules' numbering (1–4), as the aanmeldformulier's choice ids. */
const formReasonIds = {
  1: 'meer-dan-4-dagen',
  2: 'langer-dan-een-week',
  3: 'drie-keer-in-2-maanden',
  4: 'anders-opvallend',
} as const;

export type FormPrefillSlots = { readonly pupilFirstName?: string; readonly situation?: Situation };

/**
 * What a form opened from a message ("zet de aanmelding voor Jesse klaar, 5 dagen ziek deze maand")
 * starts with: the first name, and for the aanmeldformulier the reasons and absence the rules read in
 * the message. Only fields the form has; the form service checks them again.
 */
export function formPrefill(
  formType: FormType,
  { pupilFirstName, situation }: FormPrefillSlots,
): Record<string, string> {
  const prefill: Record<string, string> = pupilFirstName ? { pupilName: pupilFirstName } : {};
  if (!situation) return prefill;
  const advice = adviseSituation(situation);
  if (advice.kind !== 'advice') return prefill;
  const absence = advice.understood.filter((line) => !line.startsWith('Leerling:'));
  if (formType === 'aanmeldformulier') {
    return {
      ...prefill,
      ...(advice.aanmeldReasons.length > 0
        ? { reasons: advice.aanmeldReasons.map((reason) => formReasonIds[reason]).join(',') }
        : {}),
      absenceOverview: advice.understood.join('\n'),
    };
  }
  return absence.length > 0 ? { ...prefill, absenceExtent: absence.join('; ') } : prefill;
}
