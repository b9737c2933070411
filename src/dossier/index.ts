export {
  createCosmosAuditTrail,
  MemoryAuditTrail,
  unknownSchoolId,
  type AuditAction,
  type AuditEntry,
  type AuditInput,
  type AuditTrail,
} from './audit-trail.js';
export {
  CreateNotSentError,
  CreateUnconfirmedError,
  DossierError,
  InvalidTransitionError,
  RecordNotFoundError,
  StaleRecordError,
} from './dossier-errors.js';
export {
  allowedTransitions,
  closedStatuses,
  recordIdFor,
  recordStatusSchema,
  recordTypeLabels,
  recordTypeSchema,
  statusLabels,
  submissionIdSchema,
  type DossierDocument,
  type DossierRecord,
  type Person,
  type RecordStatus,
  type RecordType,
  type StatusChange,
} from './dossier-record.js';
export {
  createDossierService,
  type DossierService,
  type DossierServiceOptions,
  type FileRecordRequest,
} from './dossier-service.js';
export {
  createCosmosDossierStore,
  MemoryDossierStore,
  type DossierFilter,
  type DossierStore,
} from './dossier-store.js';
