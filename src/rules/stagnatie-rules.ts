import type { AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import type { Situation } from './situation.js';
import { ruleSources } from './sources.js';
import { thresholds } from './thresholds.js';

const byCause: Record<'partner' | 'school' | 'problematiek', AdviceStep> = {
  partner: {
    id: 'stagnatie/partner-aanspreken',
    track: 'stagnatie',
    level: 2,
    title: 'Partner aanspreken, dan opschalen',
    what: 'Ligt de stagnatie bij een van de partners, dan spreekt de ondersteuningscoördinator die partner rechtstreeks aan; blijft goede samenwerking uit, dan schaalt de oco op naar de leidinggevende van die partner.',
    who: ['oco'],
    deadline: 'Zo snel mogelijk',
    sources: [ruleSources.stagnatie],
  },
  school: {
    id: 'stagnatie/school-aanspreken',
    track: 'stagnatie',
    level: 2,
    title: 'School aanspreken, dan opschalen',
    what: 'Ligt de oorzaak van de stagnatie bij de school, dan spreken de partners de ondersteuningscoördinator daarop aan en schalen zo nodig op naar diens leidinggevende.',
    who: ['partners'],
    deadline: 'Zo snel mogelijk',
    sources: [ruleSources.stagnatie],
  },
  problematiek: {
    id: 'stagnatie/mdo',
    track: 'stagnatie',
    level: 3,
    title: 'Multidisciplinair overleg (MDO)',
    what: 'Ligt de stagnatie in de achterliggende problematiek van de leerling, dan plant de ondersteuningscoördinator of een betrokken partner een multidisciplinair overleg (MDO). Andere opties: de casus inbrengen in het casuïstiekoverleg thuiszitters van het samenwerkingsverband vo (vo-leerlingen, 3-maandelijks) of in het doorbraakoverleg (po en vo, Bijlage 8).',
    who: ['oco', 'partners'],
    deadline: 'Zo snel mogelijk',
    sources: [ruleSources.stagnatie, ruleSources.swvVo],
  },
};

const analysisStep: AdviceStep = {
  id: 'stagnatie/analyse',
  track: 'stagnatie',
  level: 2,
  title: 'Stagnatie analyseren',
  what: 'De casusverantwoordelijke (of een ander) analyseert waar en waarom het plan van aanpak stagneert. Bij een partner: de oco spreekt die aan en schaalt op naar de leidinggevende. Bij de school: de partners spreken de oco aan. Bij achterliggende problematiek: een MDO, het casuïstiekoverleg thuiszitters van het SWV vo, of het doorbraakoverleg. Leg de oorzaak van de stagnatie en eventuele wachtlijsten vast in het leerlingregistratiesysteem.',
  who: ['casusverantwoordelijke', 'oco'],
  deadline: 'Zo snel mogelijk',
  sources: [ruleSources.stagnatie],
};

const doorbraakStep: AdviceStep = {
  id: 'stagnatie/doorbraakoverleg',
  track: 'stagnatie',
  level: 4,
  title: 'Opschalen naar het doorbraakoverleg',
  what: 'De criteria van Bijlage 8 lijken te gelden: stagnatie van de ondersteuning (stap 1) en een thuiszittende leerling met een gestagneerd plan van aanpak, bijvoorbeeld door wachtlijsten (stap 2). De casusverantwoordelijke brengt de casus in met het plan van aanpak en een korte beschrijving waarom het niet lukt, nadat die al zonder resultaat naar de leidinggevenden van de partners heeft opgeschaald.',
  who: ['casusverantwoordelijke'],
  deadline: 'Na opschaling naar de leidinggevenden zonder resultaat',
  sources: [ruleSources.doorbraakCriteria, ruleSources.doorbraakWie],
};

const noAgreementStep: AdviceStep = {
  id: 'stagnatie/geen-overeenstemming',
  track: 'stagnatie',
  level: 3,
  title: 'Geen overeenstemming: samenwerkingsverband betrekken',
  what: 'Wordt er geen overeenstemming met leerling en ouders bereikt, dan betrekt school het samenwerkingsverband po/vo; voor opschaling kan een onderwijsconsulent ingeschakeld worden. Lukt overeenstemming ook dan niet, dan kan de casusverantwoordelijke opschalen naar het doorbraakoverleg (Bijlage 8).',
  who: ['oco', 'swv'],
  deadline: 'Zo snel mogelijk',
  sources: [ruleSources.stagnatie, ruleSources.doorbraakCriteria],
};

/** Deel 5 and Bijlage 8: from stagnation to doorbraak. */
export function stagnatieRules(situation: Situation): TrackResult {
  const { events, homeWeeks } = situation;
  const steps: AdviceStep[] = [];
  const contradictions: ContradictionId[] = [];
  if (events.noAgreement) {
    steps.push(noAgreementStep);
    contradictions.push('geen-overeenstemming-route');
  }
  // An escalation that had no effect is a stagnation too.
  if (events.stagnation || events.waitingList || events.escalated) {
    steps.push(events.stagnationCause ? byCause[events.stagnationCause] : analysisStep);
    const thuiszitter = homeWeeks !== undefined && homeWeeks >= thresholds.thuiszitterWeeks;
    // Bijlage 8: the casusverantwoordelijke brings the case in after escalating to the partners' management without result.
    const escalatedAtHome = events.escalated === true && (homeWeeks !== undefined || situation.mentioned.home === true);
    if (thuiszitter || escalatedAtHome) steps.unshift(doorbraakStep);
    contradictions.push('doorbraak-wie-schaalt-op', 'doorbraak-wanneer', 'casusverantwoordelijke-aanwijzing');
  }
  return { steps, contradictions };
}
