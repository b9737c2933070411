export { actorLabels } from './advice.js';
export type {
  Actor,
  Advice,
  AdviceNote,
  AdviceResult,
  AdviceStep,
  ContradictionNote,
  NeedsInfo,
  Track,
} from './advice.js';
export { adviseSituation } from './advise-situation.js';
export type { AdviseOptions } from './advise-situation.js';
export { contradictionMap, loadContradictions, protocolContradictions } from './contradictions.js';
export type { Contradiction, ContradictionId, ProtocolContradictionsOptions } from './contradictions.js';
export { describeSituation } from './describe-situation.js';
export { foldDutch, normalizeDutchNumbers, parseDutchNumberWord } from './dutch-numbers.js';
export { formatAdvice } from './format-advice.js';
export { hasQuantifiedAbsence, looksLikeSituation } from './looks-like-situation.js';
export { parseSituation } from './parse-situation.js';
export type { ParseSituationOptions } from './parse-situation.js';
export { situationSchema } from './situation.js';
export type { Period, Situation, SituationEvents, SituationField } from './situation.js';
export { ruleSources } from './sources.js';
export type { RuleSource } from './sources.js';
export { thresholds } from './thresholds.js';
export { metZiekteCriteria } from './ziekte-rules.js';
export { createRegionRulesEngine, createRulesEngine } from './rules-engine.js';
export type { RegionRulesEngineOptions, RulesEngine, RulesEngineOptions } from './rules-engine.js';
