import type { AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import type { Situation } from './situation.js';
import { ruleSources } from './sources.js';
import { thresholds } from './thresholds.js';

const criteria = thresholds.ziekte;

/** Bijlage 1's four criteria, numbered as in Bijlage 1, and which reason of the aanmeldformulier (Bijlage 3) each is. */
export type ZiekteCriterion = 1 | 2 | 3 | 4;
const formReasonOf: Record<ZiekteCriterion, 1 | 2 | 3 | 4> = { 1: 3, 2: 2, 3: 1, 4: 4 };

const criterionText: Record<ZiekteCriterion, string> = {
  1: 'In een periode van 2 maanden drie keer (of meer) één of twee dagen ziek gemeld',
  2: 'Onduidelijk ziekteverzuim van meer dan 10 schooldagen achtereen',
  3: 'Meer dan 4 dagen ziek gemeld verspreid over de afgelopen maand',
  4: 'Opvallend ziekteverzuim, bijvoorbeeld regelmatig ziek naar huis',
};

/** Which of the four criteria hold on what was said (Bijlage 1 reading). */
export function metZiekteCriteria(situation: Situation): ZiekteCriterion[] {
  const { sickReports, sickReportDays, sickDays, sickPeriod, consecutiveSickDays, events } = situation;
  const met: ZiekteCriterion[] = [];
  const shortReports = sickReportDays === undefined || sickReportDays <= criteria.repeatedMaxDaysEach;
  if (
    sickReports !== undefined &&
    sickReports >= criteria.repeatedReports &&
    shortReports &&
    sickPeriod &&
    sickPeriod.days <= criteria.repeatedPeriodDays
  )
    met.push(1);
  if (
    consecutiveSickDays !== undefined &&
    consecutiveSickDays > criteria.consecutiveMoreThanSchoolDays &&
    !events.sicknessReasonKnown
  )
    met.push(2);
  const spread =
    sickDays ?? (sickReports !== undefined && sickReportDays !== undefined ? sickReports * sickReportDays : undefined);
  if (
    spread !== undefined &&
    spread > criteria.spreadMoreThanDays &&
    sickPeriod &&
    sickPeriod.days <= criteria.spreadPeriodDays
  )
    met.push(3);
  if (events.sentHomeSickOften) met.push(4);
  return met;
}

const contactStep: AdviceStep = {
  id: 'ziekte/contact-mentor',
  track: 'ziekte',
  level: 1,
  title: 'Contact met leerling en ouders',
  what: 'De mentor neemt contact op met de leerling en ouders, gaat in gesprek over het verzuim en de reden ervan, houdt contact gedurende de afwezigheid en monitort het verzuim.',
  who: ['mentor'],
  deadline: `Nog dezelfde dag, uiterlijk na ${thresholds.mentorContactDays} dagen ziek zijn`,
  inform: 'De ondersteuningscoördinator; mentor en oco schatten samen in of er sprake is van zorg.',
  tell: 'Dat de leerling gemist wordt, en vraag wat er speelt en wat nodig is om weer naar school te gaan.',
  sources: [ruleSources.contactOuders],
};

/** Next to the jeugdarts: the contact goes on while the pupil is absent. */
const keepContactStep: AdviceStep = {
  ...contactStep,
  title: 'Contact houden tijdens het verzuim',
  what: 'De mentor blijft contact houden met leerling en ouders gedurende de afwezigheid, gaat de reden van het verzuim na, monitort het en informeert de ondersteuningscoördinator.',
  deadline: `Doorlopend; bij een nieuwe ziekmelding nog dezelfde dag, uiterlijk na ${thresholds.mentorContactDays} dagen ziek zijn`,
};

function aanmeldStep(criteriaMet: readonly ZiekteCriterion[]): AdviceStep {
  return {
    id: 'ziekte/jeugdarts-aanmelden',
    track: 'ziekte',
    level: 2,
    title: 'Aanmelden bij de jeugdarts',
    what: `Het verzuim voldoet aan ${criteriaMet.length === 1 ? 'een criterium' : 'criteria'} ziekteverzuim (${criteriaMet.map((criterion) => `${criterion}. ${criterionText[criterion]}`).join('; ')}). De mentor bespreekt met leerling en ouders waarom school de jeugdarts inschakelt, met het aanmeldformulier als leidraad; daarna meldt school (de oco) de leerling aan bij de jeugdarts met het aanmeldformulier en het verzuimoverzicht.`,
    who: ['mentor', 'oco', 'jeugdarts'],
    deadline: `Zo snel mogelijk; de jeugdarts ziet de leerling in principe binnen ${thresholds.jeugdartsWeeks} weken na aanmelding`,
    inform:
      'De ondersteuningscoördinator hoort van de jeugdarts de datum van het gesprek; de jeugdarts koppelt terug met het formulier "terugkoppeling ziekteverzuimbegeleiding".',
    tell: 'Dat school zich zorgen maakt over het ziekteverzuim en daarom de jeugdarts inschakelt: niet om te controleren, maar om mee te kijken naar gezondheid en belastbaarheid. Bespreek de gegevens van het aanmeldformulier met ouders vóór de aanmelding.',
    sources: [ruleSources.ziekteCriteria, ruleSources.contactOuders, ruleSources.aanmeldReden, ruleSources.jeugdarts],
  };
}

const formReadingStep: AdviceStep = {
  id: 'ziekte/jeugdarts-overleg-oco',
  track: 'ziekte',
  level: 2,
  title: 'Overleg met de oco over de jeugdarts',
  what: `Onduidelijk ziekteverzuim van meer dan één week achter elkaar is volgens het aanmeldformulier (Bijlage 3) een reden van aanmelding bij de jeugdarts; volgens Bijlage 1 pas na meer dan ${criteria.consecutiveMoreThanSchoolDays} schooldagen. Overleg met de ondersteuningscoördinator of je nu aanmeldt.`,
  who: ['mentor', 'oco'],
  deadline: 'Zo snel mogelijk',
  sources: [ruleSources.aanmeldReden, ruleSources.ziekteCriteria],
};

/**
 * Below the criteria but close to them: as many ziekmeldingen as criterion 1 over up to twice its
 * period, more days than criterion 3 over up to twice its month, or worry beyond the numbers with
 * more than one ziekmelding. Deel 3: mentor and oco judge together whether there is reason for worry.
 */
function nearCriteria({ sickReports, sickReportDays, sickDays, sickPeriod, events }: Situation): boolean {
  const days =
    sickDays ?? (sickReports !== undefined && sickReportDays !== undefined ? sickReports * sickReportDays : undefined);
  if (
    sickReports !== undefined &&
    sickReports >= criteria.repeatedReports &&
    sickPeriod &&
    sickPeriod.days <= 2 * criteria.repeatedPeriodDays
  )
    return true;
  if (
    days !== undefined &&
    days > criteria.spreadMoreThanDays &&
    sickPeriod &&
    sickPeriod.days <= 2 * criteria.spreadPeriodDays
  )
    return true;
  return events.worrying === true && ((sickReports ?? 0) > 1 || (days ?? 0) > 1);
}

const concernStep: AdviceStep = {
  id: 'ziekte/jeugdarts-overleg-oco',
  track: 'ziekte',
  level: 2,
  title: 'Overleg met de oco over de jeugdarts',
  what: 'Het ziekteverzuim haalt de criteria van Bijlage 1 (net) niet, maar is zorgelijk. Mentor en ondersteuningscoördinator schatten samen in of er sprake is van zorg; is dat zo, meld de leerling dan aan bij de jeugdarts met het aanmeldformulier.',
  who: ['mentor', 'oco'],
  deadline: 'Zo snel mogelijk',
  sources: [ruleSources.ziekteCriteria, ruleSources.contactOuders],
};

/** Bijlage 1's four criteria ziekteverzuim and Deel 3's contact within three days. */
export function ziekteRules(situation: Situation): TrackResult {
  const { sickReports, sickDays, sickPeriod, consecutiveSickDays, events } = situation;
  const mentioned =
    situation.mentioned.sick ||
    sickReports !== undefined ||
    sickDays !== undefined ||
    consecutiveSickDays !== undefined ||
    events.sentHomeSickOften;
  if (!mentioned) return { steps: [] };
  const met = metZiekteCriteria(situation);
  const contradictions: ContradictionId[] = ['mentor-contact-termijn'];
  if (met.length > 0 && events.jeugdartsInvolved) {
    // Already aangemeld: the jeugdarts sees the pupil within two weeks; school keeps contact and waits for the terugkoppeling.
    return {
      steps: [keepContactStep],
      notes: [
        {
          text: `De jeugdarts is al ingeschakeld: die ziet de leerling in principe binnen ${thresholds.jeugdartsWeeks} weken na aanmelding en koppelt terug aan de ondersteuningscoördinator. Verschijnt de leerling niet, dan volgt een DUO-melding en bespreking in het ZAT.`,
          sources: [ruleSources.jeugdarts, ruleSources.school],
        },
      ],
      contradictions: [...contradictions, 'toestemming-terugkoppeling'],
      aanmeldReasons: met.map((criterion) => formReasonOf[criterion]).sort(),
    };
  }
  if (met.length > 0) {
    if (met.includes(2) || (consecutiveSickDays ?? 0) > criteria.consecutiveFormMoreThanSchoolDays)
      contradictions.push('langdurig-ziek-drempel');
    // Whose consent the jeugdarts needs to report back to school depends on the reading (and the age).
    contradictions.push('toestemming-terugkoppeling');
    return {
      steps: [aanmeldStep(met), keepContactStep],
      contradictions,
      aanmeldReasons: met.map((criterion) => formReasonOf[criterion]).sort(),
    };
  }
  const formOnly =
    consecutiveSickDays !== undefined &&
    consecutiveSickDays > criteria.consecutiveFormMoreThanSchoolDays &&
    !events.sicknessReasonKnown;
  if (formOnly) {
    contradictions.push('langdurig-ziek-drempel');
    return { steps: [formReadingStep, keepContactStep], contradictions, aanmeldReasons: [2] };
  }
  const countsWithoutPeriod = (sickReports !== undefined || sickDays !== undefined) && !sickPeriod;
  if (countsWithoutPeriod && consecutiveSickDays === undefined) {
    const name = situation.pupilFirstName ?? 'de leerling';
    return {
      steps: [],
      missing: {
        question: `In welke periode is ${name} ${sickReports !== undefined ? `${sickReports} keer` : `${sickDays} dagen`} ziek gemeld (bijvoorbeeld "in 2 maanden" of "deze maand")?`,
        fields: ['sickPeriod'],
      },
    };
  }
  if (sickReports === undefined && sickDays === undefined && consecutiveSickDays === undefined) {
    const name = situation.pupilFirstName ?? 'de leerling';
    return {
      steps: [],
      missing: {
        question: `Hoe vaak en hoe lang is ${name} ziek gemeld, en in welke periode?`,
        fields: ['sickReports', 'sickPeriod'],
      },
    };
  }
  contradictions.push('jeugdarts-inschakelen-drempel');
  if (nearCriteria(situation)) {
    return {
      steps: [concernStep, contactStep],
      contradictions,
      notes: [
        {
          text: 'Nog geen van de vier criteria ziekteverzuim is bereikt, maar het verzuim komt in de buurt of er zijn andere zorgen.',
          sources: [ruleSources.ziekteCriteria],
        },
      ],
    };
  }
  return {
    steps: [contactStep],
    notes: [
      {
        text: 'Nog geen van de vier criteria ziekteverzuim is bereikt. Blijft het verzuim, overleg dan met de oco over de jeugdarts.',
        sources: [ruleSources.ziekteCriteria, ruleSources.contactOuders],
      },
    ],
    contradictions,
  };
}
