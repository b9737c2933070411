export { aanmeldStepId, actionsForAanmelding, actionsForAdvice, type PlannedAction } from './action-catalog.js';
export { CaseConflictError, CaseError, CaseNotFoundError } from './case-errors.js';
export {
  actionRoleSchema,
  caseIdFor,
  caseIdSchema,
  escalationOrder,
  escalationStepLabels,
  escalationStepSchema,
  firstNameOf,
  type ActionRole,
  type CaseAction,
  type CaseDocument,
  type CaseRecord,
  type EscalationStep,
} from './case-record.js';
export {
  createCaseService,
  type CaseChange,
  type MonthCounts,
  type CaseService,
  type CaseServiceOptions,
  type OpenAction,
} from './case-service.js';
export { createCosmosCaseStore, MemoryCaseStore, type CaseStore } from './case-store.js';
export {
  addCalendarDays,
  addMonths,
  addSchoolDays,
  amsterdamDay,
  amsterdamInstant,
  CalendarError,
  describeDueRule,
  dueDate,
  formatDay,
  schoolDayOnOrAfter,
  type DueRule,
} from './due-dates.js';
export {
  actionCountsView,
  allValue,
  openActionsView,
  type OpenActionsFilter,
  type OpenActionsView,
} from './open-actions-view.js';
export {
  fixedSchoolCalendars,
  isSchoolDay,
  loadSchoolCalendars,
  weekdaysOnlyCalendar,
  type IsoDay,
  type SchoolCalendar,
  type SchoolCalendars,
} from './school-calendar.js';
