import type { ProtocolDefinition, ProtocolStepKey } from '../knowledge/protocol.js';
import type { AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import { stepOf } from './protocol-steps.js';
import type { Situation } from './situation.js';

const stepByCause: Record<'partner' | 'school' | 'problematiek', ProtocolStepKey> = {
  partner: 'stagnatie/partner-aanspreken',
  school: 'stagnatie/school-aanspreken',
  problematiek: 'stagnatie/mdo',
};

/** From stagnation to doorbraak (Bossche protocol: Deel 5 and Bijlage 8). */
export function stagnatieRules(situation: Situation, protocol: ProtocolDefinition): TrackResult {
  const { events, homeWeeks } = situation;
  const steps: AdviceStep[] = [];
  const contradictions: ContradictionId[] = [];
  if (events.noAgreement) {
    steps.push(stepOf(protocol, 'stagnatie/geen-overeenstemming'));
    contradictions.push('geen-overeenstemming-route');
  }
  // An escalation that had no effect is a stagnation too.
  if (events.stagnation || events.waitingList || events.escalated) {
    steps.push(stepOf(protocol, events.stagnationCause ? stepByCause[events.stagnationCause] : 'stagnatie/analyse'));
    const thuiszitter = homeWeeks !== undefined && homeWeeks >= protocol.thresholds.thuiszitterWeeks;
    // Bijlage 8 ("Wie kan opschalen"): the casusverantwoordelijke brings the case in after escalating to the
    // partners' management without result — whether or not the pupil is at home yet ("vanuit elke situatie").
    // Home longer than the ambition's three months, not yet escalated: that term is the step first (Inleiding).
    const pastAmbition = homeWeeks !== undefined && homeWeeks > protocol.thresholds.ambitionWeeks;
    if ((thuiszitter && !pastAmbition && events.stagnationCause !== 'problematiek') || events.escalated === true)
      steps.unshift(stepOf(protocol, 'stagnatie/doorbraakoverleg'));
    contradictions.push('doorbraak-wie-schaalt-op', 'doorbraak-wanneer', 'casusverantwoordelijke-aanwijzing');
  }
  return { steps, contradictions };
}
