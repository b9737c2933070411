import type { AdviceNote, AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import type { Situation } from './situation.js';
import { ruleSources } from './sources.js';
import { thresholds } from './thresholds.js';

const days = thresholds.spijbelenDagen;
const hours = thresholds.spijbelenUren;
const law = thresholds.wettelijkeMelding;

type Band = 'talk' | 'preventive' | 'duo';

function step(band: Band, scale: 'bijlage-1' | 'bijlage-7', rule: string): AdviceStep {
  const source = scale === 'bijlage-1' ? ruleSources.spijbelen : ruleSources.spreekuurSpijbelen;
  switch (band) {
    case 'talk':
      return {
        id: 'spijbelen/gesprek-school',
        track: 'spijbelen',
        level: 1,
        title: 'Gesprek door school',
        what: `${rule}: school (de mentor) spreekt de leerling en/of ouders aan op het spijbelen in een gesprek, en gaat de reden na. Gebruik de gespreksleidraad (Bijlage 2).`,
        who: ['mentor'],
        deadline: 'Zo snel mogelijk',
        inform: 'De ondersteuningscoördinator.',
        tell: 'Dat het spijbelen opvalt en zorgen baart, wat de volgende stap is als het doorgaat (een preventief gesprek met leerplicht, daarna een DUO-melding).',
        sources: [source, ruleSources.contactOuders],
      };
    case 'preventive':
      return {
        id: 'spijbelen/preventief-gesprek',
        track: 'spijbelen',
        level: 2,
        title: 'Preventief gesprek met leerplicht',
        what: `${rule}: school (de ondersteuningscoördinator) nodigt (de leerling en) de ouders uit voor een preventief gesprek met leerplicht op het preventieve spreekuur.`,
        who: ['oco', 'leerplicht'],
        deadline: 'Bij het eerstvolgende preventieve spreekuur (maandelijks)',
        inform: 'Leerling en ouders vooraf, met een brief.',
        tell: 'Dat school hen uitnodigt voor een preventief gesprek met leerplicht, en dat bij meer spijbelen een melding via DUO volgt.',
        sources: [source, ruleSources.contactOuders, ruleSources.spreekuurUitvoering],
      };
    case 'duo':
      return {
        id: 'spijbelen/duo-melding',
        track: 'spijbelen',
        level: 3,
        title: 'DUO-melding bij leerplicht',
        what: `${rule}: school (de ondersteuningscoördinator) meldt het verzuim bij leerplicht via DUO.`,
        who: ['oco'],
        deadline: 'Nu: de drempel is bereikt',
        inform:
          'Leerling en ouders vooraf. Na de melding roept leerplicht (de leerling en) ouders op voor een gesprek.',
        tell: 'Dat school het verzuim bij leerplicht meldt via DUO en dat leerplicht hen daarna uitnodigt voor een gesprek.',
        sources: [source, ruleSources.contactOuders, ruleSources.leerplichtDuo],
      };
  }
}

/** Bijlage 1 in dagdelen/dagen, read in the unit the user used, so the matching line is quoted. */
function bijlage1Band(
  situation: Situation,
): { band: Band; rule: string; contradictions: ContradictionId[] } | undefined {
  const { truancyDagdelen, truancyDays } = situation;
  if (truancyDagdelen === undefined && truancyDays === undefined) return undefined;
  const totalDays = (truancyDays ?? 0) + (truancyDagdelen ?? 0) / 2;
  const onlyDagdelen = truancyDays === undefined;
  if (totalDays >= days.duoFromDays)
    return { band: 'duo', rule: `${days.duoFromDays} dagen of meer spijbelen`, contradictions: [] };
  if (onlyDagdelen && truancyDagdelen! <= days.talkUpToDagdelen) {
    const overlap: ContradictionId[] =
      truancyDagdelen === days.talkUpToDagdelen
        ? ['spijbelen-stappen-bijlage-1-sluiten-niet-aan', 'spijbelen-meerdere-dagdelen']
        : [];
    return { band: 'talk', rule: `Tot en met ${days.talkUpToDagdelen} dagdelen spijbelen`, contradictions: overlap };
  }
  if (totalDays < days.preventiveFromDays)
    return { band: 'talk', rule: `Tot en met ${days.talkUpToDagdelen} dagdelen spijbelen`, contradictions: [] };
  const overlapOrGap: ContradictionId[] =
    totalDays === days.preventiveFromDays || totalDays > days.preventiveUpToDays
      ? ['spijbelen-stappen-bijlage-1-sluiten-niet-aan']
      : [];
  if (totalDays > days.preventiveUpToDays) {
    return {
      band: 'preventive',
      rule: `Tussen ${days.preventiveUpToDays.toString().replace('.', ',')} en ${days.duoFromDays} dagen noemt Bijlage 1 geen stap; de laatst bereikte stap is 1 tot 1,5 dag spijbelen`,
      contradictions: overlapOrGap,
    };
  }
  return { band: 'preventive', rule: '1 tot 1,5 dag spijbelen', contradictions: overlapOrGap };
}

/** Bijlage 7 in lesuren. */
function bijlage7Band(truancyHours: number | undefined): { band: Band; rule: string } | undefined {
  if (truancyHours === undefined) return undefined;
  if (truancyHours <= hours.talkUpToHours)
    return { band: 'talk', rule: `Tot en met ${hours.talkUpToHours} uur spijbelen` };
  if (truancyHours <= hours.preventiveUpToHours)
    return { band: 'preventive', rule: `${hours.talkUpToHours + 1} t/m ${hours.preventiveUpToHours} uur spijbelen` };
  return { band: 'duo', rule: `Meer dan ${hours.preventiveUpToHours} lesuren spijbelen` };
}

function legalNotes(situation: Situation): { steps: AdviceStep[]; notes: AdviceNote[] } {
  const { truancyHours, truancyDays, truancyPeriod } = situation;
  const withinLawPeriod = truancyPeriod !== undefined && truancyPeriod.days <= law.periodDays;
  // Whole schooldagen count for the law too: even a short schooldag has four lesuren, so four days reach
  // 16 uur; days said without a period are one stretch ("een week eerder op vakantie"), within 4 weeks.
  const daysReachLaw =
    truancyDays !== undefined &&
    truancyDays * law.minimumHoursPerSchoolDay >= law.hours &&
    (truancyPeriod === undefined || withinLawPeriod);
  if ((truancyHours !== undefined && truancyHours >= law.hours && withinLawPeriod) || daysReachLaw) {
    return {
      steps: [
        {
          id: 'wet/melding-16-uur',
          track: 'wet',
          level: 3,
          title: 'Wettelijke meldplicht',
          what: `Ongeoorloofd verzuim van ${law.hours} uur in 4 weken moet de school wettelijk melden bij leerplicht (via DUO).`,
          who: ['oco'],
          deadline: 'Nu: de wettelijke grens is bereikt',
          inform: 'Leerling en ouders.',
          sources: [ruleSources.wetRelatiefVerzuim],
        },
      ],
      notes: [],
    };
  }
  const stricter = truancyHours !== undefined && truancyHours > hours.preventiveUpToHours && truancyHours < law.hours;
  return {
    steps: [],
    notes: [
      {
        text: stricter
          ? `Het Bossche protocol is hier strenger dan de wet: meer dan ${hours.preventiveUpToHours} lesuren spijbelen is al een DUO-melding, de wettelijke meldplicht geldt vanaf ${law.hours} uur ongeoorloofd verzuim in 4 weken.`
          : `Wettelijk moet de school ongeoorloofd verzuim van ${law.hours} uur in 4 weken melden; het Bossche protocol meldt al eerder (Bijlage 1: 2 dagen, Bijlage 7: meer dan ${hours.preventiveUpToHours} lesuren).`,
        sources: [ruleSources.wetRelatiefVerzuim, ruleSources.spreekuurSpijbelen],
      },
    ],
  };
}

/** Bijlage 1 and 7, spijbelen, plus the legal 16 uur in 4 weken. */
export function spijbelenRules(situation: Situation): TrackResult {
  const mentioned =
    situation.mentioned.truancy ||
    situation.truancyHours !== undefined ||
    situation.truancyDagdelen !== undefined ||
    situation.truancyDays !== undefined;
  if (!mentioned) return { steps: [] };
  const b1 = bijlage1Band(situation);
  const b7 = bijlage7Band(situation.truancyHours);
  const contradictions: ContradictionId[] = ['spijbelen-schaal', 'telperiode-ontbreekt', ...(b1?.contradictions ?? [])];
  const law = legalNotes(situation);
  const picks = [b1 && step(b1.band, 'bijlage-1', b1.rule), b7 && step(b7.band, 'bijlage-7', b7.rule)].filter(
    (entry): entry is AdviceStep => Boolean(entry),
  );
  const strongest =
    picks.length > 0 ? picks.reduce((best, entry) => (entry.level > best.level ? entry : best)) : undefined;
  if (situation.events.preventiveTalkHeld && (situation.events.absenceAgainAfterTalk || strongest)) {
    contradictions.push('opnieuw-verzuim-na-preventief-gesprek');
    const afterTalk: AdviceStep = {
      id: 'spijbelen/na-preventief-gesprek',
      track: 'spijbelen',
      level: 3,
      title: 'Opnieuw spijbelen na een preventief gesprek',
      what: 'Voor spijbelen noemt het protocol geen stap bij opnieuw verzuim na een preventief gesprek; voor te laat komen is dat een DUO-melding, en een tweede aanmelding voor het spreekuur kan niet (Bijlage 7). Overleg met leerplicht over een DUO-melding, en vermeld daarin het preventieve gesprek en de afspraken.',
      who: ['oco', 'leerplicht'],
      deadline: 'Zo snel mogelijk',
      inform: 'Leerling en ouders vooraf.',
      sources: [ruleSources.spijbelen, ruleSources.teLaat, ruleSources.spreekuurNietMelden],
    };
    const steps = strongest?.level === 3 ? [strongest] : [afterTalk];
    return { steps: [...law.steps, ...steps], notes: law.notes, contradictions };
  }
  if (!b1 && !b7) {
    return {
      steps: [],
      missing: {
        question: `Hoeveel heeft ${situation.pupilFirstName ?? 'de leerling'} gespijbeld (in lesuren, dagdelen of dagen), en in welke periode?`,
        fields: ['truancyAmount'],
      },
    };
  }
  if (!strongest) throw new Error('unreachable: a band was found');
  if (strongest.level === 2 && situation.events.zatDiscussed) {
    // Bijlage 7: a pupil already discussed in the ZAT-driehoek does not go to the preventieve spreekuur but is reported via DUO.
    contradictions.push('preventief-spreekuur-uitsluitingen');
    const direct: AdviceStep = {
      ...step('duo', b7 ? 'bijlage-7' : 'bijlage-1', b7?.rule ?? b1!.rule),
      what: 'De leerling is al in de ZAT-driehoek besproken: zo\u2019n leerling gaat niet naar het preventieve spreekuur maar wordt direct via DUO gemeld (Bijlage 7).',
      sources: [ruleSources.spreekuurNietMelden, ruleSources.spreekuurSpijbelen],
    };
    return { steps: [...law.steps, direct], notes: law.notes, contradictions };
  }
  if (b1 && b7 && b1.band !== b7.band) contradictions.push('spijbelen-meerdere-dagdelen');
  if (strongest.level === 2)
    contradictions.push(
      'preventief-gesprek-rol-leerplicht',
      'preventief-gesprek-terugkoppeling',
      'preventief-spreekuur-uitsluitingen',
    );
  return { steps: [...law.steps, strongest], notes: law.notes, contradictions };
}
