export {
  aanmeldformulier,
  aanmeldformulierSchema,
  aanmeldRedenen,
  aanmeldRedenLabels,
  type Aanmeldformulier,
} from './aanmeldformulier.js';
export { builtInForms, formDefinitions, type FormType } from './built-in-forms.js';
export { ageOn, consentExplanation, consentRule, type ConsentBy } from './consent.js';
export {
  createFormActions,
  type FormActions,
  type FormActionsOptions,
  type FormReply,
  type FormRequest,
} from './form-actions.js';
export { builtInCatalog, createFormCatalog, type FormCatalog } from './form-catalog.js';
export type { FieldIssue, FieldSpec, FormDefinition, SituationPrefillInput, SummaryFact } from './form-definition.js';
export { formNotices, type FormNotice } from './form-notices.js';
export { formPrefill, type FormPrefillSlots } from './form-prefill.js';
export {
  createFormService,
  unsavedNotice,
  type FormService,
  type FormServiceOptions,
  type StatusOutcome,
  type SubmitOutcome,
} from './form-service.js';
export { isFormType, sanitizePrefill, validateDraft, validateSubmission, type FormValues } from './form-submission.js';
export { overzichtView, type OverzichtRecordView, type OverzichtView } from './overzicht-view.js';
export { formatDutchDateTime, type FormView, type StatusActionView, type SummaryView } from './form-views.js';
export {
  verzuimcoachVerwijzing,
  verzuimcoachVerwijzingSchema,
  type VerzuimcoachVerwijzing,
} from './verzuimcoach-verwijzing.js';
