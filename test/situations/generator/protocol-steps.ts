// The situation generator: the protocol's first step, by hand from its numbers (Bijlage 1, 3, 7; Deel 4).
import { type Expected, track } from './slots.js';

export function lateStep(count: number): Expected {
  if (count <= 7) return { step: 'te-laat/gesprek-school', level: 1, track: track.late };
  if (count <= 11) return { step: 'te-laat/preventief-gesprek', level: 2, track: track.late };
  return { step: 'te-laat/duo-melding', level: 3, track: track.late };
}

export function hoursStep(hours: number, periodDays: number | undefined): Expected {
  if (hours >= 16 && periodDays !== undefined && periodDays <= 28)
    return { step: 'wet/melding-16-uur', level: 3, track: track.truancy };
  if (hours <= 7) return { step: 'spijbelen/gesprek-school', level: 1, track: track.truancy };
  if (hours <= 11) return { step: 'spijbelen/preventief-gesprek', level: 2, track: track.truancy };
  return { step: 'spijbelen/duo-melding', level: 3, track: track.truancy };
}

export function daysStep(dagdelen: number, days: number): Expected {
  const total = days + dagdelen / 2;
  if (total >= 2) return { step: 'spijbelen/duo-melding', level: 3, track: track.truancy };
  if (days === 0 && dagdelen <= 2) return { step: 'spijbelen/gesprek-school', level: 1, track: track.truancy };
  if (total < 1) return { step: 'spijbelen/gesprek-school', level: 1, track: track.truancy };
  return { step: 'spijbelen/preventief-gesprek', level: 2, track: track.truancy };
}

export function sickReportsStep(reports: number, eachDays: number | undefined, periodDays: number): Expected {
  const criterion1 = reports >= 3 && (eachDays ?? 0) <= 2 && periodDays <= 62;
  const criterion3 = eachDays !== undefined && reports * eachDays > 4 && periodDays <= 31;
  if (criterion1 || criterion3) return { step: 'ziekte/jeugdarts-aanmelden', level: 2, track: track.sick };
  // Close to criterion 1 or 3 (up to twice their period): mentor and oco weigh the jeugdarts together.
  const near1 = reports >= 3 && periodDays <= 124;
  const near3 = eachDays !== undefined && reports * eachDays > 4 && periodDays <= 62;
  if (near1 || near3) return { step: 'ziekte/jeugdarts-overleg-oco', level: 2, track: track.sick };
  return { step: 'ziekte/contact-mentor', level: 1, track: track.sick };
}

export function consecutiveStep(schoolDays: number): Expected {
  if (schoolDays > 10) return { step: 'ziekte/jeugdarts-aanmelden', level: 2, track: track.sick };
  if (schoolDays > 5) return { step: 'ziekte/jeugdarts-overleg-oco', level: 2, track: track.sick };
  return { step: 'ziekte/contact-mentor', level: 1, track: track.sick };
}

export function homeStep(weeks: number, type: 'po' | 'vo' | undefined): Expected {
  if (weeks > 13) return { step: 'thuiszitten/langer-dan-drie-maanden', level: 4, track: track.home };
  if (type === 'po' && weeks > 4) return { step: 'thuiszitten/breed-overleg-po', level: 3, track: track.home };
  return { step: 'thuiszitten/gesprek-partners', level: 2, track: track.home };
}

export function first(expected: readonly Expected[]): string {
  return [...expected].sort((left, right) => right.level - left.level || left.track - right.track)[0]!.step;
}
