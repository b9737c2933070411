import type { AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import type { Situation } from './situation.js';
import { ruleSources } from './sources.js';
import { thresholds } from './thresholds.js';

const { talkUpTo, preventiveUpTo } = thresholds.teLaat;

const talkStep: AdviceStep = {
  id: 'te-laat/gesprek-school',
  track: 'te-laat',
  level: 1,
  title: 'Gesprek door school',
  what: `Tot en met ${talkUpTo} keer te laat: de mentor voert een gesprek met (de leerling en) de ouders over het te laat komen, vanuit zorg, en gaat de reden na. Gebruik de gespreksleidraad (Bijlage 2).`,
  who: ['mentor'],
  deadline: 'Zo snel mogelijk',
  inform: 'De ondersteuningscoördinator, als het te laat komen blijft.',
  tell: `Dat het te laat komen opvalt en zorgen baart, en dat school vanaf ${talkUpTo + 1} keer de leerling en ouders uitnodigt voor een preventief gesprek met leerplicht.`,
  sources: [ruleSources.teLaat, ruleSources.contactOuders],
};

const preventiveStep: AdviceStep = {
  id: 'te-laat/preventief-gesprek',
  track: 'te-laat',
  level: 2,
  title: 'Preventief gesprek met leerplicht',
  what: `${talkUpTo + 1} t/m ${preventiveUpTo} keer te laat: school (de ondersteuningscoördinator) nodigt (de leerling en) de ouders uit voor een preventief gesprek met leerplicht op het preventieve spreekuur.`,
  who: ['oco', 'leerplicht'],
  deadline: 'Bij het eerstvolgende preventieve spreekuur (maandelijks)',
  inform: 'Leerling en ouders vooraf, met een brief; school verwerkt het gespreksverslag in het leerlingdossier.',
  tell: `Dat school hen uitnodigt voor een preventief gesprek met leerplicht, en dat bij opnieuw te laat komen daarna een melding via DUO volgt (vanaf ${preventiveUpTo + 1} keer sowieso).`,
  sources: [
    ruleSources.teLaat,
    ruleSources.spreekuurTeLaat,
    ruleSources.contactOuders,
    ruleSources.spreekuurUitvoering,
  ],
};

function duoStep(afterTalk: boolean): AdviceStep {
  return {
    id: afterTalk ? 'te-laat/duo-na-preventief-gesprek' : 'te-laat/duo-melding',
    track: 'te-laat',
    level: 3,
    title: afterTalk ? 'DUO-melding: opnieuw te laat na een preventief gesprek' : 'DUO-melding bij leerplicht',
    what: afterTalk
      ? 'Bij opnieuw verzuim na een preventief gesprek doet school een melding bij leerplicht via DUO. Vermeld in de melding dat er een preventief gesprek is geweest en welke afspraken toen zijn gemaakt.'
      : `Vanaf ${preventiveUpTo + 1} keer te laat meldt school (de ondersteuningscoördinator) het verzuim bij leerplicht via DUO.`,
    who: ['oco'],
    deadline: 'Nu: de drempel is bereikt',
    inform: 'Leerling en ouders vooraf. Na de melding roept leerplicht (de leerling en) ouders op voor een gesprek.',
    tell: 'Dat school het verzuim bij leerplicht meldt via DUO en dat leerplicht hen daarna uitnodigt voor een gesprek.',
    sources: afterTalk
      ? [ruleSources.teLaat, ruleSources.spreekuurTeLaat, ruleSources.spreekuurUitvoering]
      : [ruleSources.teLaat, ruleSources.contactOuders, ruleSources.leerplichtDuo],
  };
}

const zatStep: AdviceStep = {
  id: 'te-laat/zat-driehoek',
  track: 'te-laat',
  level: 2,
  title: 'Bespreken in de ZAT-driehoek',
  what: 'Bij achterliggende problematiek kan de leerling volgens Bijlage 7 niet naar het preventieve spreekuur: bespreek de leerling in de ZAT-driehoek.',
  who: ['oco', 'partners'],
  sources: [ruleSources.spreekuurNietMelden],
};

/** Bijlage 1 and 7, te laat komen. */
export function teLaatRules(situation: Situation): TrackResult {
  const { lateCount, events } = situation;
  const mentioned = situation.mentioned.late || lateCount !== undefined;
  if (!mentioned) return { steps: [] };
  const again = events.preventiveTalkHeld && (events.absenceAgainAfterTalk || lateCount !== undefined);
  const contradictions: ContradictionId[] = ['telperiode-ontbreekt'];
  const notes = [
    {
      text: `Wettelijk is veelvuldig te laat komen "ongeoorloofd overig verzuim": de meldplicht van ${thresholds.wettelijkeMelding.hours} uur in 4 weken geldt er niet voor. Het Bossche protocol is strenger: vanaf ${preventiveUpTo + 1} keer te laat volgt een DUO-melding.`,
      sources: [ruleSources.wetRelatiefVerzuim, ruleSources.teLaat],
    },
  ];
  if (again) {
    contradictions.push('opnieuw-verzuim-na-preventief-gesprek');
    return { steps: [duoStep(true)], notes, contradictions };
  }
  if (lateCount === undefined) {
    return {
      steps: [],
      missing: {
        question: `Hoe vaak is ${situation.pupilFirstName ?? 'de leerling'} te laat gekomen?`,
        fields: ['lateCount'],
      },
    };
  }
  if (lateCount > preventiveUpTo) return { steps: [duoStep(false)], notes, contradictions };
  // Bijlage 7: a pupil the ZAT-driehoek discussed goes straight to DUO, also when the lateness goes on after it.
  if (events.zatDiscussed && events.absenceAgainAfterZat) {
    return {
      steps: [
        {
          ...duoStep(false),
          what: 'De leerling is al in de ZAT-driehoek besproken en komt daarna opnieuw te laat: zo\u2019n leerling gaat niet naar het preventieve spreekuur maar wordt direct via DUO gemeld (Bijlage 7).',
          sources: [ruleSources.spreekuurNietMelden, ruleSources.teLaat],
        },
      ],
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
    if (events.zatDiscussed) {
      return {
        steps: [
          {
            ...duoStep(false),
            what: 'De leerling is al in de ZAT-driehoek besproken: zo\u2019n leerling gaat niet naar het preventieve spreekuur maar wordt direct via DUO gemeld (Bijlage 7).',
            sources: [ruleSources.spreekuurNietMelden, ruleSources.teLaat],
          },
        ],
        notes,
        contradictions,
      };
    }
    if (events.backgroundProblems) return { steps: [zatStep, preventiveStep], notes, contradictions };
    return { steps: [preventiveStep], notes, contradictions };
  }
  return { steps: [talkStep], notes, contradictions };
}
