import { ruleSources } from './sources.js';

/**
 * The protocol's numbers, as data. Each band is inclusive of `upTo`; the last has no upper bound.
 * Changing a number here changes the advice and the boundary tests together.
 */
export const thresholds = {
  /** Bijlage 1 (and 7): t/m 7 keer gesprek school; 8 t/m 11 preventief gesprek; vanaf 12 DUO. */
  teLaat: { source: ruleSources.teLaat, talkUpTo: 7, preventiveUpTo: 11 },
  /** Bijlage 1 in dagdelen and dagen: t/m 2 dagdelen gesprek; 1 tot 1,5 dag preventief; 2 dagen of meer DUO. */
  spijbelenDagen: {
    source: ruleSources.spijbelen,
    talkUpToDagdelen: 2,
    preventiveFromDays: 1,
    preventiveUpToDays: 1.5,
    duoFromDays: 2,
  },
  /** Bijlage 7 in lesuren: t/m 7 uur gesprek; 8 t/m 11 uur spreekuur; meer dan 11 lesuren DUO. */
  spijbelenUren: { source: ruleSources.spreekuurSpijbelen, talkUpToHours: 7, preventiveUpToHours: 11 },
  /** The law (Jaarverslag LVS): ongeoorloofd verzuim van 16 uur in 4 weken moet de school melden. */
  wettelijkeMelding: { source: ruleSources.wetRelatiefVerzuim, hours: 16, periodDays: 28, minimumHoursPerSchoolDay: 4 },
  /** Bijlage 1, de vier criteria ziekteverzuim. */
  ziekte: {
    source: ruleSources.ziekteCriteria,
    /** 1. In een periode van 2 maanden drie keer (of meer) één of twee dagen ziek gemeld. */
    repeatedReports: 3,
    repeatedMaxDaysEach: 2,
    repeatedPeriodDays: 62,
    /** 2. Onduidelijk ziekteverzuim van meer dan 10 schooldagen achtereen (Bijlage 3: meer dan één week). */
    consecutiveMoreThanSchoolDays: 10,
    consecutiveFormMoreThanSchoolDays: 5,
    /** 3. Meer dan 4 dagen ziek gemeld verspreid over de afgelopen maand. */
    spreadMoreThanDays: 4,
    spreadPeriodDays: 31,
  },
  /** Deel 3: contact nog dezelfde dag of uiterlijk na drie dagen ziek zijn. */
  mentorContactDays: 3,
  /** Deel 4: jeugdarts binnen twee weken na aanmelding; plan van aanpak binnen 2 weken. */
  jeugdartsWeeks: 2,
  planWeeks: 2,
  /** Jaarverslag LVS: thuiszitter = vier weken of langer niet naar school, zonder vrijstelling. */
  thuiszitterWeeks: 4,
  /** Bijlage 5 po: thuiszitten langer dan vier weken → breed overleg. */
  poBreedOverlegAfterWeeks: 4,
  /** Inleiding / Doe-agenda: niemand langer dan drie maanden thuis zonder passend aanbod. */
  ambitionWeeks: 13,
  /** Bijlage 1: onder 12 jaar het gesprek met de ouders. */
  talkWithParentsBelowAge: 12,
} as const;
