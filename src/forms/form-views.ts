import type { Actor } from '../access/actor.js';
import type { NoticeColor } from './card-text.js';
import { consentExplanation } from './consent.js';
import type { FormDefinition } from './form-definition.js';
import type { FormValues } from './form-submission.js';

export { formDefinitions } from './built-in-forms.js';
export {
  formatDutchDateTime,
  notificationSentence,
  recordFacts,
  summaryView,
  type StatusActionView,
  type SummaryView,
} from './summary-view.js';

export type { NoticeColor } from './card-text.js';

/** The data a form card template binds to. Every field has a value and an error ('' when none). */
export type FormView = {
  readonly formType: string;
  readonly submissionId: string;
  readonly schoolName: string;
  readonly demo: boolean;
  readonly today: string;
  readonly values: FormValues;
  readonly errors: Record<string, string>;
  readonly formErrors: string;
  /** The same refusal again beside the submit button, where the user's screen still is, naming the fields. */
  readonly formErrorsNearSubmit: string;
  readonly notice: string;
  readonly noticeColor: NoticeColor;
  readonly consentExplanation: string;
};

export function formView({
  definition,
  actor,
  submissionId,
  values,
  today,
  errors = {},
  formErrors = [],
  notice = '',
  noticeColor = 'Default',
}: {
  readonly definition: FormDefinition<unknown>;
  readonly actor: Actor;
  readonly submissionId: string;
  readonly values: FormValues;
  readonly today: string;
  readonly errors?: Record<string, string>;
  readonly formErrors?: readonly string[];
  readonly notice?: string;
  readonly noticeColor?: NoticeColor;
}): FormView {
  const keys = Object.keys(definition.fields);
  return {
    formType: definition.formType,
    submissionId,
    schoolName: actor.schoolName,
    demo: actor.demo,
    today,
    values: Object.fromEntries(keys.map((key) => [key, values[key] ?? ''])),
    errors: Object.fromEntries(keys.map((key) => [key, errors[key] ?? ''])),
    formErrors:
      formErrors.length > 0
        ? [...formErrors, Object.keys(errors).length > 0 ? 'Bekijk ook de meldingen bij de velden hieronder.' : '']
            .filter(Boolean)
            .join(' ')
        : Object.keys(errors).length > 0
          ? 'Nog niet ingediend: bekijk de meldingen bij de velden hieronder. Alles wat je had ingevuld, staat er nog.'
          : '',
    formErrorsNearSubmit: errorsNearSubmit(definition, errors, formErrors),
    notice,
    noticeColor,
    consentExplanation,
  };
}

function errorsNearSubmit(
  definition: FormDefinition<unknown>,
  errors: Record<string, string>,
  formErrors: readonly string[],
): string {
  const labels = Object.keys(errors)
    .filter((key) => errors[key])
    .map((key) => (definition.fields as Record<string, { readonly label: string } | undefined>)[key]?.label ?? key);
  const fields =
    labels.length === 0
      ? ''
      : labels.length === 1
        ? `Dit veld klopt nog niet: ${labels[0]}. De melding staat bij het veld hierboven.`
        : `Deze ${labels.length} velden kloppen nog niet: ${labels.join(', ')}. De meldingen staan bij de velden ` +
          `hierboven.`;
  if (!fields && formErrors.length === 0) return '';
  return ['Nog niet ingediend.', ...formErrors, fields].filter(Boolean).join(' ');
}
