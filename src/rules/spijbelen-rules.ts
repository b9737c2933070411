import type { ProtocolDefinition, ProtocolSourceKey, ProtocolStepKey } from '../knowledge/protocol.js';
import type { AdviceNote, AdviceStep, TrackResult } from './advice.js';
import type { ContradictionId } from './contradictions.js';
import { fill, noteOf, stepOf } from './protocol-steps.js';
import type { Situation } from './situation.js';

type Band = 'talk' | 'preventive' | 'duo';
type Scale = 'days' | 'hours';

const stepOfBand: Record<Band, ProtocolStepKey> = {
  talk: 'spijbelen/gesprek-school',
  preventive: 'spijbelen/preventief-gesprek',
  duo: 'spijbelen/duo-melding',
};

function step(protocol: ProtocolDefinition, band: Band, scale: Scale, rule: string): AdviceStep {
  const source: ProtocolSourceKey = protocol.texts.spijbelen.scaleSources[scale];
  return stepOf(protocol, stepOfBand[band], { values: { rule }, scale: source });
}

/** Spijbelen in dagdelen/dagen, read in the unit the user used, so the matching line is quoted. */
function daysBand(
  situation: Situation,
  protocol: ProtocolDefinition,
): { band: Band; rule: string; contradictions: ContradictionId[] } | undefined {
  const days = protocol.thresholds.spijbelenDagen;
  const texts = protocol.texts.spijbelen;
  const { truancyDagdelen, truancyDays } = situation;
  if (truancyDagdelen === undefined && truancyDays === undefined) return undefined;
  const totalDays = (truancyDays ?? 0) + (truancyDagdelen ?? 0) / 2;
  const onlyDagdelen = truancyDays === undefined;
  if (totalDays >= days.duoFromDays) return { band: 'duo', rule: texts.duoDays, contradictions: [] };
  if (onlyDagdelen && truancyDagdelen! <= days.talkUpToDagdelen) {
    const overlap: ContradictionId[] =
      truancyDagdelen === days.talkUpToDagdelen
        ? ['spijbelen-stappen-bijlage-1-sluiten-niet-aan', 'spijbelen-meerdere-dagdelen']
        : [];
    return { band: 'talk', rule: texts.talkDagdelen, contradictions: overlap };
  }
  if (totalDays < days.preventiveFromDays) return { band: 'talk', rule: texts.talkDagdelen, contradictions: [] };
  const overlapOrGap: ContradictionId[] =
    totalDays === days.preventiveFromDays || totalDays > days.preventiveUpToDays
      ? ['spijbelen-stappen-bijlage-1-sluiten-niet-aan']
      : [];
  if (totalDays > days.preventiveUpToDays)
    return { band: 'preventive', rule: texts.gapDays, contradictions: overlapOrGap };
  return { band: 'preventive', rule: texts.preventiveDays, contradictions: overlapOrGap };
}

/** Spijbelen in lesuren. */
function hoursBand(
  truancyHours: number | undefined,
  protocol: ProtocolDefinition,
): { band: Band; rule: string } | undefined {
  const hours = protocol.thresholds.spijbelenUren;
  const texts = protocol.texts.spijbelen;
  if (truancyHours === undefined) return undefined;
  if (truancyHours <= hours.talkUpToHours) return { band: 'talk', rule: texts.talkHours };
  if (truancyHours <= hours.preventiveUpToHours) return { band: 'preventive', rule: texts.preventiveHours };
  return { band: 'duo', rule: texts.duoHours };
}

function legalNotes(situation: Situation, protocol: ProtocolDefinition): { steps: AdviceStep[]; notes: AdviceNote[] } {
  const law = protocol.thresholds.wettelijkeMelding;
  const hours = protocol.thresholds.spijbelenUren;
  const { truancyHours, truancyDays, truancyPeriod } = situation;
  const withinLawPeriod = truancyPeriod !== undefined && truancyPeriod.days <= law.periodDays;
  // Whole schooldagen count for the law too: even a short schooldag has four lesuren, so four days reach
  // 16 uur; days said without a period are one stretch ("een week eerder op vakantie"), within 4 weeks.
  const daysReachLaw =
    truancyDays !== undefined &&
    truancyDays * law.minimumHoursPerSchoolDay >= law.hours &&
    (truancyPeriod === undefined || withinLawPeriod);
  if ((truancyHours !== undefined && truancyHours >= law.hours && withinLawPeriod) || daysReachLaw)
    return { steps: [stepOf(protocol, 'wet/melding-16-uur')], notes: [] };
  const stricter = truancyHours !== undefined && truancyHours > hours.preventiveUpToHours && truancyHours < law.hours;
  const { spijbelenStricter, spijbelenLaw } = protocol.texts.notes;
  return { steps: [], notes: [noteOf(protocol, stricter ? spijbelenStricter : spijbelenLaw)] };
}

/** Spijbelen (Bossche protocol: Bijlage 1 and 7), plus the legal 16 uur in 4 weken. */
export function spijbelenRules(situation: Situation, protocol: ProtocolDefinition): TrackResult {
  const mentioned =
    situation.mentioned.truancy ||
    situation.truancyHours !== undefined ||
    situation.truancyDagdelen !== undefined ||
    situation.truancyDays !== undefined;
  if (!mentioned) return { steps: [] };
  const b1 = daysBand(situation, protocol);
  const b7 = hoursBand(situation.truancyHours, protocol);
  const contradictions: ContradictionId[] = ['spijbelen-schaal', 'telperiode-ontbreekt', ...(b1?.contradictions ?? [])];
  const law = legalNotes(situation, protocol);
  const picks = [
    b1 && step(protocol, b1.band, 'days', b1.rule),
    b7 && step(protocol, b7.band, 'hours', b7.rule),
  ].filter((entry): entry is AdviceStep => Boolean(entry));
  const strongest =
    picks.length > 0 ? picks.reduce((best, entry) => (entry.level > best.level ? entry : best)) : undefined;
  if (situation.events.preventiveTalkHeld && (situation.events.absenceAgainAfterTalk || strongest)) {
    contradictions.push('opnieuw-verzuim-na-preventief-gesprek');
    const steps = strongest?.level === 3 ? [strongest] : [stepOf(protocol, 'spijbelen/na-preventief-gesprek')];
    return { steps: [...law.steps, ...steps], notes: law.notes, contradictions };
  }
  if (!b1 && !b7) {
    const { questions } = protocol.texts;
    return {
      steps: [],
      missing: {
        question: fill(questions.truancyAmount, { name: situation.pupilFirstName ?? questions.pupil }),
        fields: ['truancyAmount'],
      },
    };
  }
  if (!strongest) throw new Error('unreachable: a band was found');
  if (strongest.level === 2 && situation.events.zatDiscussed) {
    // Bijlage 7: a pupil already discussed in the ZAT-driehoek does not go to the preventieve spreekuur but is
    // reported via DUO.
    contradictions.push('preventief-spreekuur-uitsluitingen');
    return { steps: [...law.steps, stepOf(protocol, 'spijbelen/duo-zat-besproken')], notes: law.notes, contradictions };
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
