import type { AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import type { Situation } from './situation.js';
import { ruleSources } from './sources.js';
import { thresholds } from './thresholds.js';

/** Deel 4, school and jeugdarts: the pupil did not come to the jeugdarts. */
export function jeugdartsNoShowRules(situation: Situation): TrackResult {
  if (!situation.events.jeugdartsNoShow) return { steps: [] };
  return {
    steps: [
      {
        id: 'jeugdarts/niet-verschenen',
        track: 'medewerking',
        level: 3,
        title: 'Niet verschenen bij de jeugdarts: DUO-melding en ZAT',
        what: 'Verschijnt de leerling niet op uitnodiging van de jeugdarts, dan meldt school (de oco) de leerling in DUO, en wordt de casus in het ZAT besproken. Volgens de werkafspraken van de jeugdarts neemt die eerst zelf contact op en nodigt opnieuw uit; pas als leerling en ouders niet bereikbaar zijn of ook dan niet komen, volgt de melding.',
        who: ['jeugdarts', 'oco'],
        deadline: 'Na de gemiste afspraak (of de gemiste tweede uitnodiging)',
        inform: 'Leerling en ouders: dat er een DUO-melding volgt en dat het verzuim in het ZAT besproken wordt.',
        tell: 'Dat school het verzuim volgens het protocol via DUO bij leerplicht meldt als de leerling niet bij de jeugdarts verschijnt, en dat het verzuim in het ZAT besproken wordt.',
        sources: [ruleSources.school, ruleSources.jeugdarts],
      },
    ],
    contradictions: ['jeugdarts-no-show'],
  };
}

/** Deel 4, school: pupil or parents do not cooperate. */
export function notCooperatingRules(situation: Situation): TrackResult {
  if (!situation.events.notCooperating) return { steps: [] };
  return {
    steps: [
      {
        id: 'medewerking/duo-melding',
        track: 'medewerking',
        level: 3,
        title: 'Niet meewerken: DUO-melding en ZAT',
        what: 'Kunnen of willen leerling en/of ouders niet meewerken aan de opbouw of de schoolgang, dan doet school een DUO-melding bij leerplicht. Tegelijk wordt het verzuim in het ZAT besproken.',
        who: ['oco'],
        deadline: 'Zodra duidelijk is dat medewerking uitblijft',
        inform: 'Leerling en ouders: over de DUO-melding en over de bespreking in het ZAT.',
        tell: 'Dat school een melding bij leerplicht doet omdat de schoolgang niet op gang komt, en dat het verzuim tegelijk in het ZAT besproken wordt.',
        sources: [ruleSources.school, ruleSources.leerplichtDuo],
      },
    ],
  };
}

const partnerTalkStep: AdviceStep = {
  id: 'thuiszitten/gesprek-partners',
  track: 'thuiszitten',
  level: 2,
  title: 'Partner in gesprek met leerling en ouders',
  what: 'Bij een (beginnende) thuiszitter gaat één van de partners (na onderlinge afstemming) met leerling en ouders in gesprek, eventueel op huisbezoek. Partners maken samen met leerling, ouders en de oco een SMART plan van aanpak, met een casusverantwoordelijke.',
  who: ['oco', 'partners'],
  deadline: `Binnen ${thresholds.planWeeks} weken`,
  inform:
    'Jeugdarts, leerplicht en schoolmaatschappelijk werk: stem af wie de beste ingang heeft bij leerling en ouders.',
  tell: 'Dat school en partners samen met hen zoeken naar wat nodig is om weer naar school te gaan.',
  sources: [ruleSources.samenwerking, ruleSources.samenwerkingResultaat],
};

/** Thuiszitten: Deel 4 (binnen 2 weken), Bijlage 5 po (langer dan 4 weken), the law's definition and the three-month ambition. */
export function thuiszittenRules(situation: Situation): TrackResult {
  const { homeWeeks, schoolType, events } = situation;
  if (homeWeeks === undefined) {
    if (events.beginningHomeSitter) return { steps: [partnerTalkStep], contradictions: ['thuiszitter-termijn'] };
    if (!situation.mentioned.home) return { steps: [] };
    return {
      steps: [],
      missing: {
        question: `Hoe lang zit ${situation.pupilFirstName ?? 'de leerling'} al thuis (in weken)?`,
        fields: ['absenceKind'],
      },
    };
  }
  const steps: AdviceStep[] = [partnerTalkStep];
  const contradictions: ContradictionId[] = ['thuiszitter-termijn'];
  const notes = [];
  if (homeWeeks >= thresholds.thuiszitterWeeks && !events.vrijstelling) {
    notes.push({
      text: `Een leerling die ${thresholds.thuiszitterWeeks} weken of langer niet naar school gaat zonder vrijstelling, is een thuiszitter (tenzij ziek en volgens plan van aanpak niet in staat om naar school te gaan). Is het verzuim ongeoorloofd, dan is de wettelijke grens van 16 uur in 4 weken ruim overschreden en moet de school het melden.`,
      sources: [ruleSources.wetThuiszitter, ruleSources.wetRelatiefVerzuim],
    });
  }
  if (schoolType === 'po' && homeWeeks > thresholds.poBreedOverlegAfterWeeks) {
    steps.unshift({
      id: 'thuiszitten/breed-overleg-po',
      track: 'thuiszitten',
      level: 3,
      title: 'Breed overleg (po)',
      what: `Duurt thuiszitten langer dan ${thresholds.poBreedOverlegAfterWeeks} weken, dan kan de school of het samenwerkingsverband, in samenspraak met de leerplichtambtenaar, een breed overleg beleggen met ouders, eventueel de leerling, school en andere betrokkenen over de stappen terug naar onderwijs.`,
      who: ['school', 'swv', 'leerplicht'],
      deadline: 'Nu: de 4 weken zijn voorbij',
      inform: 'Ouders en de betrokken leerplichtambtenaar en jeugdarts.',
      sources: [ruleSources.swvPo],
    });
  }
  if (homeWeeks > thresholds.ambitionWeeks) {
    contradictions.push('doorbraak-wanneer', 'doorbraak-wie-schaalt-op');
    steps.unshift({
      id: 'thuiszitten/langer-dan-drie-maanden',
      track: 'thuiszitten',
      level: 4,
      title: 'Langer dan drie maanden thuis: opschalen',
      what: 'De ambitie is dat geen leerling langer dan drie maanden thuiszit zonder passend aanbod van onderwijs en/of zorg. Staat het plan van aanpak stil, dan kan de casusverantwoordelijke opschalen naar het doorbraakoverleg (Bijlage 8), na opschaling naar de leidinggevenden van de partners die de stagnatie veroorzaken.',
      who: ['casusverantwoordelijke', 'oco'],
      deadline: 'Nu',
      sources: [ruleSources.ambitie, ruleSources.doeAgenda, ruleSources.doorbraakCriteria, ruleSources.doorbraakWie],
    });
  }
  return { steps, notes, contradictions };
}
