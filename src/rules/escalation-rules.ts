import type { ProtocolDefinition } from '../knowledge/protocol.js';
import type { AdviceNote, AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import { fill, noteOf, stepOf } from './protocol-steps.js';
import type { Situation } from './situation.js';

/** The pupil did not come to the jeugdarts (Bossche protocol: Deel 4, school and jeugdarts). */
export function jeugdartsNoShowRules(situation: Situation, protocol: ProtocolDefinition): TrackResult {
  if (!situation.events.jeugdartsNoShow) return { steps: [] };
  return { steps: [stepOf(protocol, 'jeugdarts/niet-verschenen')], contradictions: ['jeugdarts-no-show'] };
}

/** Pupil or parents do not cooperate (Bossche protocol: Deel 4, school). */
export function notCooperatingRules(situation: Situation, protocol: ProtocolDefinition): TrackResult {
  if (!situation.events.notCooperating) return { steps: [] };
  return { steps: [stepOf(protocol, 'medewerking/duo-melding')] };
}

/**
 * Thuiszitten (Bossche protocol: Deel 4 within 2 weeks, Bijlage 5 po after 4 weeks), the law's definition
 * and the three-month ambition.
 */
export function thuiszittenRules(situation: Situation, protocol: ProtocolDefinition): TrackResult {
  const { thresholds, texts } = protocol;
  const { homeWeeks, schoolType, events } = situation;
  const partnerTalkStep = stepOf(protocol, 'thuiszitten/gesprek-partners');
  if (homeWeeks === undefined) {
    if (events.beginningHomeSitter) return { steps: [partnerTalkStep], contradictions: ['thuiszitter-termijn'] };
    if (!situation.mentioned.home) return { steps: [] };
    return {
      steps: [],
      missing: {
        question: fill(texts.questions.homeWeeks, { name: situation.pupilFirstName ?? texts.questions.pupil }),
        fields: ['absenceKind'],
      },
    };
  }
  const steps: AdviceStep[] = [partnerTalkStep];
  const contradictions: ContradictionId[] = ['thuiszitter-termijn'];
  const notes: AdviceNote[] = [];
  if (homeWeeks >= thresholds.thuiszitterWeeks && !events.vrijstelling)
    notes.push(noteOf(protocol, texts.notes.thuiszitter));
  if (schoolType === 'po' && homeWeeks > thresholds.poBreedOverlegAfterWeeks)
    steps.unshift(stepOf(protocol, 'thuiszitten/breed-overleg-po'));
  if (homeWeeks > thresholds.ambitionWeeks) {
    contradictions.push('doorbraak-wanneer', 'doorbraak-wie-schaalt-op');
    steps.unshift(stepOf(protocol, 'thuiszitten/langer-dan-drie-maanden'));
  }
  return { steps, notes, contradictions };
}
