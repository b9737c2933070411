import { defaultContradictionsFile } from '../knowledge/contradictions.js';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { defaultProtocol } from '../knowledge/load-protocol.js';
import type { ProtocolDefinition } from '../knowledge/protocol.js';
import type { Advice, AdviceNote, AdviceResult, AdviceStep, ContradictionNote, TrackResult } from './advice.js';
import {
  loadContradictions,
  protocolContradictions,
  type Contradiction,
  type ContradictionId,
} from './contradictions.js';
import { jeugdartsNoShowRules, notCooperatingRules, thuiszittenRules } from './escalation-rules.js';
import { describeSituation } from './describe-situation.js';
import { conversationStepIds, fill, noteOf, sourcesOf } from './protocol-steps.js';
import type { Situation } from './situation.js';
import { spijbelenRules } from './spijbelen-rules.js';
import type { RuleSource } from './sources.js';
import { stagnatieRules } from './stagnatie-rules.js';
import { teLaatRules } from './te-laat-rules.js';
import { ziekteRules } from './ziekte-rules.js';

export type AdviseOptions = {
  /** The region's protocol: numbers, sources and wording. @default the Bossche protocol */
  readonly protocol?: ProtocolDefinition;
  /** The documented contradictions by id. @default `knowledge/contradictions.yaml` for the Bossche protocol */
  readonly contradictions?: ReadonlyMap<string, Contradiction>;
};

function talkWith({ age }: Situation, protocol: ProtocolDefinition): AdviceNote {
  const { talkWithParentsBelowAge: limit, consentOwnFromAge } = protocol.thresholds;
  const texts = protocol.texts.talkWith;
  const text =
    age === undefined ? texts.unknownAge : age < limit ? texts.belowAge : fill(texts.fromAge, { age: `${age}` });
  const sources: RuleSource[] = sourcesOf(protocol, texts.sources);
  if (age !== undefined && age >= consentOwnFromAge) sources.push(...sourcesOf(protocol, texts.ownConsentSources));
  return { text, sources };
}

/** The answer to "moet ik dit melden?": whether a melding at leerplicht via DUO is due now. */
function reportingAnswer(steps: readonly AdviceStep[], situation: Situation, protocol: ProtocolDefinition): AdviceNote {
  const texts = protocol.texts.reporting;
  const melding = steps.find((step) => step.level >= 3 && (/duo|melding/.test(step.id) || step.what.includes('DUO')));
  if (melding) return { text: fill(texts.due, { title: melding.title }), sources: melding.sources };
  if ((situation.homeWeeks ?? 0) >= protocol.thresholds.thuiszitterWeeks && !situation.events.vrijstelling)
    return noteOf(protocol, texts.homeSitter);
  if (steps.every((step) => step.track === 'ziekte')) return noteOf(protocol, texts.sicknessOnly);
  return noteOf(protocol, texts.notYet);
}

const labelsByProtocol = new WeakMap<ProtocolDefinition, ReadonlyMap<string, string>>();

/** The region's own label of each section it cites, for the readings of a contradiction. */
function sourceLabels(protocol: ProtocolDefinition): ReadonlyMap<string, string> {
  let labels = labelsByProtocol.get(protocol);
  if (!labels) {
    labels = new Map(Object.values(protocol.sources).map((source) => [source.sectionId, source.label]));
    labelsByProtocol.set(protocol, labels);
  }
  return labels;
}

/** The contradictions a region's advice shows, when none were passed in: read once for the default file. */
function contradictionsOf(protocol: ProtocolDefinition): ReadonlyMap<string, Contradiction> {
  if (protocol.contradictions === undefined) return new Map();
  if (protocol.contradictions === defaultContradictionsFile) return loadContradictions();
  return protocolContradictions({ protocol, knowledge: loadKnowledgeBase() });
}

function uniqueSources(lists: readonly (readonly RuleSource[])[]): RuleSource[] {
  const seen = new Map<string, RuleSource>();
  for (const list of lists)
    for (const source of list) if (!seen.has(source.sectionId)) seen.set(source.sectionId, source);
  return [...seen.values()];
}

/**
 * The protocol's next steps for a situation, computed by the rules; or one question when something
 * essential is missing and nothing can be advised yet.
 * @example
 * adviseSituation(parseSituation('Sanne (14) is 9 keer te laat gekomen')).steps[0].id // 'te-laat/preventief-gesprek'
 */
export function adviseSituation(
  situation: Situation,
  { protocol = defaultProtocol(), contradictions = contradictionsOf(protocol) }: AdviseOptions = {},
): AdviceResult {
  const { thresholds, texts } = protocol;
  const results: TrackResult[] = [
    jeugdartsNoShowRules(situation, protocol),
    notCooperatingRules(situation, protocol),
    stagnatieRules(situation, protocol),
    thuiszittenRules(situation, protocol),
    ziekteRules(situation, protocol),
    spijbelenRules(situation, protocol),
    teLaatRules(situation, protocol),
  ];
  const steps: AdviceStep[] = [];
  for (const result of results)
    for (const step of result.steps) if (!steps.some((known) => known.id === step.id)) steps.push(step);
  // Most pressing first; the sort is stable, so within a level the order above holds.
  steps.sort((left, right) => right.level - left.level);
  const missing = results.flatMap((result) => (result.missing ? [result.missing] : []));
  if (steps.length === 0) {
    if (missing[0])
      return { kind: 'needs-info', situation, question: missing[0].question, missingFields: missing[0].fields };
    return {
      kind: 'needs-info',
      situation,
      question: texts.questions.absenceKind,
      missingFields: ['absenceKind'],
    };
  }
  const notes: AdviceNote[] = results.flatMap((result) => result.notes ?? []);
  if (situation.asksAboutReporting) notes.unshift(reportingAnswer(steps, situation, protocol));
  for (const entry of missing)
    notes.push({ text: fill(texts.questions.notAssessed, { question: entry.question }), sources: [] });
  const ids = new Set<ContradictionId>(results.flatMap((result) => result.contradictions ?? []));
  if (situation.age !== undefined && situation.age >= thresholds.talkWithParentsBelowAge)
    ids.add('ouders-betrekken-leeftijd');
  if (steps.some((step) => step.level === 3)) ids.add('tijdig-melden-ongedefinieerd');
  // The DUO steps rely on a "werkwijze DUO" the protocol names but does not contain.
  if (steps.some((step) => /duo/.test(step.id) || step.what.includes('DUO'))) ids.add('ontbrekende-documenten');
  const labelBySectionId = sourceLabels(protocol);
  const contradictionNotes: ContradictionNote[] = [...ids].flatMap((id) => {
    const entry = contradictions.get(id);
    if (!entry) return [];
    return [
      {
        id,
        summary: entry.summary,
        readings: entry.readings.map((reading, index) => ({
          ...reading,
          label: labelBySectionId.get(reading.sectionId) ?? entry.labels[index] ?? reading.sectionId,
        })),
      },
    ];
  });
  const aanmeldReasons = [...new Set(results.flatMap((result) => result.aanmeldReasons ?? []))].sort();
  // Steps in which school talks with pupil and parents: the gespreksleidraad (Bijlage 2) helps there.
  const conversationSteps = conversationStepIds(protocol);
  const maxLevel = Math.max(...steps.map((step) => step.level));
  const verzuimcoach =
    situation.schoolType !== 'po' &&
    ((situation.homeWeeks ?? 0) > 0 ||
      maxLevel >= 3 ||
      (situation.consecutiveSickDays ?? 0) > thresholds.ziekte.consecutiveMoreThanSchoolDays);
  if (verzuimcoach) notes.push(noteOf(protocol, texts.notes.verzuimcoach));
  const talk = talkWith(situation, protocol);
  const advice: Advice = {
    kind: 'advice',
    situation,
    understood: describeSituation(situation),
    talkWith: talk,
    steps,
    notes,
    contradictions: contradictionNotes,
    applies: {
      gespreksleidraad: steps.some((step) => conversationSteps.has(step.id)),
      aanmeldformulier: aanmeldReasons.length > 0,
      verzuimcoach,
    },
    aanmeldReasons,
    sources: uniqueSources([...steps.map((step) => step.sources), talk.sources, ...notes.map((note) => note.sources)]),
  };
  return advice;
}
