import type { ProtocolDefinition } from '../knowledge/protocol.js';
import type { TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import { fill, noteOf, stepOf } from './protocol-steps.js';
import type { Situation } from './situation.js';

/** Te laat komen (Bossche protocol: Bijlage 1 and 7), on the region's thresholds. */
export function teLaatRules(situation: Situation, protocol: ProtocolDefinition): TrackResult {
  const { talkUpTo, preventiveUpTo } = protocol.thresholds.teLaat;
  const { lateCount, events } = situation;
  const mentioned = situation.mentioned.late || lateCount !== undefined;
  if (!mentioned) return { steps: [] };
  const again = events.preventiveTalkHeld && (events.absenceAgainAfterTalk || lateCount !== undefined);
  const contradictions: ContradictionId[] = ['telperiode-ontbreekt'];
  const notes = [noteOf(protocol, protocol.texts.notes.teLaatLaw)];
  if (again) {
    contradictions.push('opnieuw-verzuim-na-preventief-gesprek');
    return { steps: [stepOf(protocol, 'te-laat/duo-na-preventief-gesprek')], notes, contradictions };
  }
  if (lateCount === undefined) {
    return {
      steps: [],
      missing: {
        question: fill(protocol.texts.questions.lateCount, {
          name: situation.pupilFirstName ?? protocol.texts.questions.pupil,
        }),
        fields: ['lateCount'],
      },
    };
  }
  if (lateCount > preventiveUpTo) return { steps: [stepOf(protocol, 'te-laat/duo-melding')], notes, contradictions };
  // Bijlage 7: a pupil the ZAT-driehoek discussed goes straight to DUO, also when the lateness goes on after it.
  if (events.zatDiscussed && events.absenceAgainAfterZat) {
    return {
      steps: [stepOf(protocol, 'te-laat/duo-zat-opnieuw')],
      notes,
      contradictions: [...contradictions, 'preventief-spreekuur-uitsluitingen'],
    };
  }
  if (lateCount > talkUpTo) {
    contradictions.push(
      'preventief-gesprek-wie-uitnodigen',
      'preventief-gesprek-rol-leerplicht',
      'preventief-gesprek-terugkoppeling',
      'preventief-spreekuur-uitsluitingen',
      'verkeerde-verwijzingen',
    );
    if (events.zatDiscussed) return { steps: [stepOf(protocol, 'te-laat/duo-zat-besproken')], notes, contradictions };
    const preventive = stepOf(protocol, 'te-laat/preventief-gesprek');
    if (events.backgroundProblems)
      return { steps: [stepOf(protocol, 'te-laat/zat-driehoek'), preventive], notes, contradictions };
    return { steps: [preventive], notes, contradictions };
  }
  return { steps: [stepOf(protocol, 'te-laat/gesprek-school')], notes, contradictions };
}
