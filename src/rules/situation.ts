import { z } from 'zod';

/** A period as the user gave it ("in 2 maanden", "deze maand"), in calendar days. */
export const periodSchema = z.object({
  days: z.number().positive(),
  /** The words it came from, for the summary ("2 maanden"). */
  label: z.string(),
  /** Schooldagen (Monday to Friday) in it, when it is a range of dates. */
  schoolDays: z.number().optional(),
});
export type Period = z.infer<typeof periodSchema>;

/** What already happened around the pupil; each flag is only set when the user said so. */
export const situationEventsSchema = z.object({
  preventiveTalkHeld: z.boolean().optional(),
  /** A talk at school about the absence already took place (mentor, pupil, parents). */
  schoolTalkHeld: z.boolean().optional(),
  /** The mentor is already in touch with the parents about the absence (a call, messages, kept informed). */
  parentsContacted: z.boolean().optional(),
  /** The jeugdarts (GGD, JGZ) is already involved: the pupil was aangemeld or seen. */
  jeugdartsInvolved: z.boolean().optional(),
  /** The absence went on after the preventief gesprek ("weer", "opnieuw", "daarna nog"). */
  absenceAgainAfterTalk: z.boolean().optional(),
  jeugdartsNoShow: z.boolean().optional(),
  notCooperating: z.boolean().optional(),
  stagnation: z.boolean().optional(),
  stagnationCause: z.enum(['partner', 'school', 'problematiek']).optional(),
  waitingList: z.boolean().optional(),
  /** Called a beginnende (dreigende) thuiszitter, without saying for how long. */
  beginningHomeSitter: z.boolean().optional(),
  /** Someone already escalated to the partners' management ("opgeschaald naar de leidinggevende"). */
  escalated: z.boolean().optional(),
  noAgreement: z.boolean().optional(),
  backgroundProblems: z.boolean().optional(),
  zatDiscussed: z.boolean().optional(),
  /** The absence went on after the ZAT discussed it ("sindsdien weer 4x te laat"). */
  absenceAgainAfterZat: z.boolean().optional(),
  duoReported: z.boolean().optional(),
  sentHomeSickOften: z.boolean().optional(),
  /** Signs that worry about the pupil beyond the numbers ("lijkt somber", "vaak moe", "slaapt slecht"). */
  worrying: z.boolean().optional(),
  /** The writer's own concern ("ik heb een naar gevoel", "ik vraag me af of er iets anders speelt"): worry too. */
  concerned: z.boolean().optional(),
  vrijstelling: z.boolean().optional(),
  /** The pupil is sick but the reason is clear (a known illness, an operation). */
  sicknessReasonKnown: z.boolean().optional(),
});
export type SituationEvents = z.infer<typeof situationEventsSchema>;

/**
 * What was understood from a chat message or the "Situatie" card. Every field is optional: only what
 * the user said. Counts are numbers as given (1.5 dag stays 1.5).
 */
export const situationSchema = z.object({
  pupilFirstName: z.string().min(1).max(40).optional(),
  age: z.number().int().min(3).max(23).optional(),
  schoolType: z.enum(['po', 'vo']).optional(),
  /** Times te laat. */
  lateCount: z.number().min(0).optional(),
  latePeriod: periodSchema.optional(),
  /** Spijbelen / ongeoorloofd afwezig, in the unit the user used. */
  truancyHours: z.number().min(0).optional(),
  truancyDagdelen: z.number().min(0).optional(),
  truancyDays: z.number().min(0).optional(),
  truancyPeriod: periodSchema.optional(),
  /** Number of ziekmeldingen (separate times ill). */
  sickReports: z.number().min(0).optional(),
  /** How long each ziekmelding lasted, in days, when said ("3 keer een dag"). */
  sickReportDays: z.number().min(0).optional(),
  /** Total days ill in the period ("5 dagen ziek deze maand"). */
  sickDays: z.number().min(0).optional(),
  sickPeriod: periodSchema.optional(),
  /** Schooldagen ill in a row ("al 2 weken ziek" = 10). */
  consecutiveSickDays: z.number().min(0).optional(),
  /** Weeks at home without going to school (not ill, or ill but able to go partly). */
  homeWeeks: z.number().min(0).optional(),
  /** The user asks whether this must be reported ("moet ik dit melden?", "is dit al een duo melding?"). */
  asksAboutReporting: z.boolean().optional(),
  /** Kinds of absence the user mentioned, even without a number ("Sanne komt vaak te laat"). */
  mentioned: z
    .object({
      late: z.boolean().optional(),
      truancy: z.boolean().optional(),
      sick: z.boolean().optional(),
      home: z.boolean().optional(),
      /** Absent, of a kind not said ("sanne verzuimt", "hij was er niet"). */
      absent: z.boolean().optional(),
    })
    .default({}),
  events: situationEventsSchema.default({}),
});
export type Situation = z.infer<typeof situationSchema>;

/** Fields the advice may ask for when something essential is missing. */
export type SituationField = 'lateCount' | 'truancyAmount' | 'sickReports' | 'sickPeriod' | 'absenceKind';
