export { CosmosGuideStore, type CosmosGuideStoreOptions } from './cosmos-guide-store.js';
export {
  aanmeldformulierPrefill,
  buildGespreksverslag,
  gespreksverslagSchema,
  type AanmeldformulierPrefill,
  type Gespreksverslag,
} from './gespreksverslag.js';
export {
  citedContradictionIds,
  citedSectionIds,
  guideDefinitionSchema,
  loadGuideDefinition,
  type GuideDefinition,
  type GuidePhase,
  type GuideQuote,
  type ParticipantsId,
} from './guide-definition.js';
export { GuideBusyError, GuideError, GuideFinishedError, GuideNotFoundError } from './guide-errors.js';
export {
  clampStep,
  finishedTombstone,
  moveTo,
  recordStep,
  startSession,
  stepCount,
  type StepInput,
} from './guide-machine.js';
export {
  createGuideService,
  newGuideId,
  type FinishResult,
  type GuideService,
  type GuideServiceOptions,
  type PrepareResult,
} from './guide-service.js';
export { guideSessionSchema, guideSlotId, pupilKey, type Agreement, type GuideSession } from './guide-session.js';
export {
  GuideDefinitionError,
  loadContradictions,
  resolveGuide,
  type GuideContradiction,
  type ResolvedGuide,
} from './guide-sources.js';
export {
  guideOpening,
  guideOpeningFor,
  guideToday,
  preparationDefaultsOf,
  pupilGuideOpen,
  type GuideOpening,
  type GuidePupil,
} from './guide-opening.js';
export { MemoryGuideStore, type GuideStore, type StoredGuide } from './guide-store.js';
export {
  faqCardData,
  preparationCardData,
  progressText,
  resumeCardData,
  stepCardData,
  stoppedCardData,
  verslagCardData,
} from './guide-view.js';
export {
  parsePreparation,
  preparationDraft,
  preparationDraftSchema,
  preparationInputSchema,
  type Preparation,
  type PreparationDefaults,
} from './preparation.js';
export { guideReferenceSchema, guideStartSchema, parseStepAction, type StepAction } from './step-action.js';
export { MemoryVerslagDossier, type GuideActor, type GuideUse, type VerslagDossier } from './verslag-dossier-port.js';
export { createDossierVerslag, type DossierVerslagOptions } from './verslag-dossier-adapter.js';
