export {
  aanmeldformulier,
  aanmeldformulierSchema,
  aanmeldRedenen,
  aanmeldRedenLabels,
  type Aanmeldformulier,
} from './aanmeldformulier.js';
export { ageOn, consentExplanation, consentRule, type ConsentBy } from './consent.js';
export type { FieldSpec, FormDefinition, FormType, SummaryFact } from './form-definition.js';
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
export {
  formDefinitions,
  formatDutchDateTime,
  type FormView,
  type StatusActionView,
  type SummaryView,
} from './form-views.js';
export {
  verzuimcoachVerwijzing,
  verzuimcoachVerwijzingSchema,
  type VerzuimcoachVerwijzing,
} from './verzuimcoach-verwijzing.js';
