import type { Advice, AdviceNote, AdviceResult, AdviceStep, ContradictionNote, TrackResult } from './advice.js';
import { loadContradictions, type Contradiction, type ContradictionId } from './contradictions.js';
import { jeugdartsNoShowRules, notCooperatingRules, thuiszittenRules } from './escalation-rules.js';
import { describeSituation } from './describe-situation.js';
import type { Situation } from './situation.js';
import { spijbelenRules } from './spijbelen-rules.js';
import { ruleSources, type RuleSource } from './sources.js';
import { stagnatieRules } from './stagnatie-rules.js';
import { teLaatRules } from './te-laat-rules.js';
import { thresholds } from './thresholds.js';
import { ziekteRules } from './ziekte-rules.js';

export type AdviseOptions = {
  /** The documented contradictions by id. @default `knowledge/contradictions.yaml` */
  readonly contradictions?: ReadonlyMap<string, Contradiction>;
};

const labelBySectionId = new Map<string, string>(
  Object.values(ruleSources).map((source) => [source.sectionId, source.label]),
);

function talkWith({ age }: Situation): AdviceNote {
  const limit = thresholds.talkWithParentsBelowAge;
  const text =
    age === undefined
      ? `Onder ${limit} jaar voer je het gesprek met de ouders; vanaf ${limit} jaar kan het met de leerling met of zonder ouders. Spreek je de leerling alleen, informeer de ouders dan vooraf.`
      : age < limit
        ? `De leerling is onder ${limit} jaar: voer het gesprek met de ouders.`
        : `De leerling is ${age}: je kunt de leerling met of zonder ouders spreken. Spreek je de leerling alleen, informeer de ouders dan vooraf.`;
  const sources: RuleSource[] = [ruleSources.onder12];
  if (age !== undefined && age >= 16) sources.push(ruleSources.toestemming);
  return { text, sources };
}

/** The answer to "moet ik dit melden?": whether a melding at leerplicht via DUO is due now. */
function reportingAnswer(steps: readonly AdviceStep[], situation: Situation): AdviceNote {
  const melding = steps.find((step) => step.level >= 3 && (/duo|melding/.test(step.id) || step.what.includes('DUO')));
  if (melding)
    return { text: `Moet dit gemeld worden? Ja: ${melding.title} (zie de stappen).`, sources: melding.sources };
  if ((situation.homeWeeks ?? 0) >= thresholds.thuiszitterWeeks && !situation.events.vrijstelling) {
    return {
      text: `Moet dit gemeld worden? Ja, als het verzuim ongeoorloofd is: de wettelijke grens van ${thresholds.wettelijkeMelding.hours} uur in 4 weken is overschreden.`,
      sources: [ruleSources.wetRelatiefVerzuim],
    };
  }
  if (steps.every((step) => step.track === 'ziekte')) {
    return {
      text: 'Moet dit gemeld worden? Nee, nu niet: ziekteverzuim loopt via de mentor, de oco en de jeugdarts. Een DUO-melding volgt pas als leerling en ouders niet bij de jeugdarts verschijnen of niet meewerken.',
      sources: [ruleSources.ziekteCriteria, ruleSources.school],
    };
  }
  return {
    text: 'Moet dit gemeld worden? Nog niet: een melding bij leerplicht via DUO is volgens het protocol nu nog niet aan de orde; de stappen hieronder gaan eraan vooraf.',
    sources: [],
  };
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
 * @example adviseSituation(parseSituation('Sanne (14) is 9 keer te laat gekomen')).steps[0].id // 'te-laat/preventief-gesprek'
 */
export function adviseSituation(
  situation: Situation,
  { contradictions = loadContradictions() }: AdviseOptions = {},
): AdviceResult {
  const results: TrackResult[] = [
    jeugdartsNoShowRules(situation),
    notCooperatingRules(situation),
    stagnatieRules(situation),
    thuiszittenRules(situation),
    ziekteRules(situation),
    spijbelenRules(situation),
    teLaatRules(situation),
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
      question:
        'Wat is er aan de hand: te laat komen, spijbelen, ziekteverzuim of thuiszitten? En hoe vaak of hoe lang (bijvoorbeeld "9 keer te laat", "3 keer een dag ziek in 2 maanden")?',
      missingFields: ['absenceKind'],
    };
  }
  const notes: AdviceNote[] = results.flatMap((result) => result.notes ?? []);
  if (situation.asksAboutReporting) notes.unshift(reportingAnswer(steps, situation));
  for (const entry of missing) notes.push({ text: `Nog niet beoordeeld: ${entry.question}`, sources: [] });
  const ids = new Set<ContradictionId>(results.flatMap((result) => result.contradictions ?? []));
  if (situation.age !== undefined && situation.age >= thresholds.talkWithParentsBelowAge)
    ids.add('ouders-betrekken-leeftijd');
  if (steps.some((step) => step.level === 3)) ids.add('tijdig-melden-ongedefinieerd');
  // The DUO steps rely on a "werkwijze DUO" the protocol names but does not contain.
  if (steps.some((step) => /duo/.test(step.id) || step.what.includes('DUO'))) ids.add('ontbrekende-documenten');
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
  const conversationSteps = new Set([
    'te-laat/gesprek-school',
    'te-laat/preventief-gesprek',
    'spijbelen/gesprek-school',
    'spijbelen/preventief-gesprek',
    'ziekte/contact-mentor',
    'ziekte/jeugdarts-aanmelden',
    'ziekte/jeugdarts-overleg-oco',
    'thuiszitten/gesprek-partners',
  ]);
  const maxLevel = Math.max(...steps.map((step) => step.level));
  const verzuimcoach =
    situation.schoolType !== 'po' &&
    ((situation.homeWeeks ?? 0) > 0 ||
      maxLevel >= 3 ||
      (situation.consecutiveSickDays ?? 0) > thresholds.ziekte.consecutiveMoreThanSchoolDays);
  if (verzuimcoach) {
    notes.push({
      text: 'Overweeg ook een verzuimcoach (vo, regionaal VSV-programma; geen onderdeel van het Bossche protocol): wacht daar niet te lang mee, want als een leerling eenmaal thuiszit is terugkeer veel lastiger.',
      sources: [ruleSources.verzuimcoach],
    });
  }
  const talk = talkWith(situation);
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
