import { defaultProtocol } from '../knowledge/load-protocol.js';
import type { ProtocolDefinition } from '../knowledge/protocol.js';
import type { AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import { fill, noteOf, stepOf } from './protocol-steps.js';
import type { Situation } from './situation.js';

/** The four criteria ziekteverzuim, numbered as the protocol numbers them. */
export type ZiekteCriterion = 1 | 2 | 3 | 4;

/** Which of the four criteria hold on what was said. */
export function metZiekteCriteria(
  situation: Situation,
  protocol: ProtocolDefinition = defaultProtocol(),
): ZiekteCriterion[] {
  const criteria = protocol.thresholds.ziekte;
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

function criterionOf(protocol: ProtocolDefinition, number: ZiekteCriterion) {
  const criterion = protocol.texts.ziekte.criteria.find((entry) => entry.number === number);
  if (!criterion) throw new Error(`protocol ${protocol.region} has no ziekte criterion ${number}`);
  return criterion;
}

function aanmeldStep(protocol: ProtocolDefinition, criteriaMet: readonly ZiekteCriterion[]): AdviceStep {
  const texts = protocol.texts.ziekte;
  const criteria = criteriaMet.map((number) => `${number}. ${criterionOf(protocol, number).text}`).join('; ');
  const count = criteriaMet.length === 1 ? texts.oneCriterion : texts.moreCriteria;
  return stepOf(protocol, 'ziekte/jeugdarts-aanmelden', { values: { criteriaMet: count, criteria } });
}

/**
 * Below the criteria but close to them: as many ziekmeldingen as criterion 1 over up to twice its
 * period, more days than criterion 3 over up to twice its month, or worry beyond the numbers with
 * more than one ziekmelding. Deel 3: mentor and oco judge together whether there is reason for worry.
 */
function nearCriteria(
  { sickReports, sickReportDays, sickDays, sickPeriod, consecutiveSickDays, events }: Situation,
  protocol: ProtocolDefinition,
): boolean {
  const criteria = protocol.thresholds.ziekte;
  const factor = criteria.nearPeriodFactor;
  const days =
    sickDays ?? (sickReports !== undefined && sickReportDays !== undefined ? sickReports * sickReportDays : undefined);
  if (
    sickReports !== undefined &&
    sickReports >= criteria.repeatedReports &&
    sickPeriod &&
    sickPeriod.days <= factor * criteria.repeatedPeriodDays
  )
    return true;
  if (
    days !== undefined &&
    days > criteria.spreadMoreThanDays &&
    sickPeriod &&
    sickPeriod.days <= factor * criteria.spreadPeriodDays
  )
    return true;
  // Days ill in a row count from three ("twee dagen ziek, mentor twijfelt" is still the mentor's contact first); one
  // ziekmelding with the writer's own concern ("een dag ziek, ik heb een naar gevoel bij hem") is near too.
  const once = events.concerned === true && ((sickReports ?? 0) >= 1 || (days ?? consecutiveSickDays ?? 0) >= 1);
  return (
    events.worrying === true &&
    ((sickReports ?? 0) > 1 || (days ?? 0) > 1 || (days === undefined && (consecutiveSickDays ?? 0) > 2) || once)
  );
}

/** The criteria ziekteverzuim (Bossche protocol: Bijlage 1) and the mentor's contact within days (Deel 3). */
export function ziekteRules(situation: Situation, protocol: ProtocolDefinition): TrackResult {
  const { thresholds, texts } = protocol;
  const { sickReports, sickDays, sickPeriod, consecutiveSickDays, events } = situation;
  const mentioned =
    situation.mentioned.sick ||
    sickReports !== undefined ||
    sickDays !== undefined ||
    consecutiveSickDays !== undefined ||
    events.sentHomeSickOften;
  if (!mentioned) return { steps: [] };
  const met = metZiekteCriteria(situation, protocol);
  const aanmeldReasons = () => met.map((number) => criterionOf(protocol, number).formReason).sort();
  const keepContactStep = stepOf(protocol, 'ziekte/contact-houden');
  const contradictions: ContradictionId[] = ['mentor-contact-termijn'];
  if (met.length > 0 && events.jeugdartsInvolved) {
    // Already aangemeld: the jeugdarts sees the pupil within two weeks; school keeps contact and waits for the
    // terugkoppeling.
    return {
      steps: [keepContactStep],
      notes: [noteOf(protocol, texts.notes.jeugdartsInvolved)],
      contradictions: [...contradictions, 'toestemming-terugkoppeling'],
      aanmeldReasons: aanmeldReasons(),
    };
  }
  if (met.length > 0) {
    if (met.includes(2) || (consecutiveSickDays ?? 0) > thresholds.ziekte.consecutiveFormMoreThanSchoolDays)
      contradictions.push('langdurig-ziek-drempel');
    // Whose consent the jeugdarts needs to report back to school depends on the reading (and the age).
    contradictions.push('toestemming-terugkoppeling');
    return { steps: [aanmeldStep(protocol, met), keepContactStep], contradictions, aanmeldReasons: aanmeldReasons() };
  }
  const formOnly =
    consecutiveSickDays !== undefined &&
    consecutiveSickDays > thresholds.ziekte.consecutiveFormMoreThanSchoolDays &&
    !events.sicknessReasonKnown;
  if (formOnly) {
    contradictions.push('langdurig-ziek-drempel');
    const formReadingStep = stepOf(protocol, 'ziekte/jeugdarts-overleg-formulier');
    return { steps: [formReadingStep, keepContactStep], contradictions, aanmeldReasons: [2] };
  }
  const name = situation.pupilFirstName ?? texts.questions.pupil;
  // One ziekmelding needs no period: it meets no criterion of repeated reports.
  const oneReport = sickReports === 1 && sickDays === undefined;
  const countsWithoutPeriod = (sickReports !== undefined || sickDays !== undefined) && !sickPeriod && !oneReport;
  // Worry with more than one report is near the criteria whatever the period ("twee keer opgehaald, ik twijfel").
  const worryWithRepeats = events.worrying === true && ((sickReports ?? 0) > 1 || (sickDays ?? 0) > 1);
  if (countsWithoutPeriod && consecutiveSickDays === undefined && !worryWithRepeats) {
    const count =
      sickReports !== undefined
        ? fill(texts.ziekte.reportCount, { count: `${sickReports}` })
        : fill(texts.ziekte.dayCount, { count: `${sickDays}` });
    return {
      steps: [],
      missing: { question: fill(texts.questions.sickPeriod, { name, count }), fields: ['sickPeriod'] },
    };
  }
  if (sickReports === undefined && sickDays === undefined && consecutiveSickDays === undefined) {
    return {
      steps: [],
      missing: { question: fill(texts.questions.sickAmount, { name }), fields: ['sickReports', 'sickPeriod'] },
    };
  }
  contradictions.push('jeugdarts-inschakelen-drempel');
  const contactStep = stepOf(protocol, 'ziekte/contact-mentor');
  if (nearCriteria(situation, protocol)) {
    return {
      steps: [stepOf(protocol, 'ziekte/jeugdarts-overleg-zorg'), contactStep],
      contradictions,
      notes: [noteOf(protocol, texts.notes.ziekteNear)],
    };
  }
  // The mentor already in touch with the parents keeps that contact (Deel 3: "houdt contact gedurende de afwezigheid").
  const inTouch = events.parentsContacted || events.schoolTalkHeld;
  return {
    steps: [inTouch ? keepContactStep : contactStep],
    notes: [noteOf(protocol, texts.notes.ziekteNotYet)],
    contradictions,
  };
}
