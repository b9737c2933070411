import { z } from 'zod';

/**
 * A region's verzuim protocol as data (`knowledge/protocols/<region>/`): the numbers the rules compare
 * with, the sections they cite, and the wording of every step and note. The rules engine in `src/rules`
 * reads one of these; adding a region is adding a folder.
 */

const count = z.number().nonnegative();

export const protocolThresholdsSchema = z.object({
  /** Times te laat: up to `talkUpTo` a talk at school, up to `preventiveUpTo` a preventief gesprek, then DUO. */
  teLaat: z.object({ talkUpTo: count, preventiveUpTo: count }),
  /** Spijbelen in dagdelen and dagen. */
  spijbelenDagen: z.object({
    talkUpToDagdelen: count,
    preventiveFromDays: count,
    preventiveUpToDays: count,
    duoFromDays: count,
  }),
  /** Spijbelen in lesuren. */
  spijbelenUren: z.object({ talkUpToHours: count, preventiveUpToHours: count }),
  /** The law: ongeoorloofd verzuim of `hours` in `periodDays` must be reported. */
  wettelijkeMelding: z.object({ hours: count, periodDays: count, minimumHoursPerSchoolDay: count }),
  /** The criteria ziekteverzuim. */
  ziekte: z.object({
    repeatedReports: count,
    repeatedMaxDaysEach: count,
    repeatedPeriodDays: count,
    consecutiveMoreThanSchoolDays: count,
    consecutiveFormMoreThanSchoolDays: count,
    spreadMoreThanDays: count,
    spreadPeriodDays: count,
    /** "Close to a criterion": its count within this many times its period. */
    nearPeriodFactor: count,
  }),
  mentorContactDays: count,
  jeugdartsWeeks: count,
  planWeeks: count,
  thuiszitterWeeks: count,
  poBreedOverlegAfterWeeks: count,
  ambitionWeeks: count,
  talkWithParentsBelowAge: count,
  /** From this age the pupil's own consent counts too (the consent source is cited). */
  consentOwnFromAge: count,
});
export type ProtocolThresholds = z.infer<typeof protocolThresholdsSchema>;

/** The sources every region names; the rules cite them by these keys. */
export const protocolSourceKeys = [
  'teLaat',
  'spijbelen',
  'onder12',
  'ziekteCriteria',
  'aanmeldReden',
  'toestemming',
  'contactOuders',
  'samenwerking',
  'samenwerkingResultaat',
  'school',
  'jeugdarts',
  'leerplichtPreventief',
  'leerplichtDuo',
  'stagnatie',
  'swvVo',
  'swvPo',
  'spreekuurNietMelden',
  'spreekuurTeLaat',
  'spreekuurSpijbelen',
  'spreekuurUitvoering',
  'doorbraakCriteria',
  'doorbraakWie',
  'ambitie',
  'wetRelatiefVerzuim',
  'wetThuiszitter',
  'doeAgenda',
  'verzuimcoach',
] as const;
export type ProtocolSourceKey = (typeof protocolSourceKeys)[number];

/** A knowledge section a rule comes from, with the label shown as "Bron: …". */
export const protocolSourceSchema = z.object({ sectionId: z.string().min(1), label: z.string().min(1) });
export type ProtocolSource = z.infer<typeof protocolSourceSchema>;

const sourceKeySchema = z.enum(protocolSourceKeys);
const sourcesSchema = z.object(
  Object.fromEntries(protocolSourceKeys.map((key) => [key, protocolSourceSchema])) as Record<
    ProtocolSourceKey,
    typeof protocolSourceSchema
  >,
);

/** `protocol.yaml`: the region's name, numbers and sources. */
export const protocolFileSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** A file of `knowledge/` with the contradictions the advice shows; none when absent. */
  contradictions: z.string().min(1).optional(),
  thresholds: protocolThresholdsSchema,
  sources: sourcesSchema,
});

const actorSchema = z.enum([
  'mentor',
  'oco',
  'school',
  'leerplicht',
  'jeugdarts',
  'partners',
  'casusverantwoordelijke',
  'swv',
]);

/** One step's wording; `scale` in `sources` stands for the source of the scale that was used. */
export const protocolStepSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/),
  track: z.enum(['te-laat', 'spijbelen', 'ziekte', 'thuiszitten', 'medewerking', 'stagnatie', 'wet']),
  level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  /** A talk of school with pupil and parents: the gespreksleidraad helps there. */
  conversation: z.boolean().optional(),
  title: z.string().min(1),
  what: z.string().min(1),
  who: z.array(actorSchema).min(1),
  deadline: z.string().min(1).optional(),
  inform: z.string().min(1).optional(),
  tell: z.string().min(1).optional(),
  sources: z.array(z.enum([...protocolSourceKeys, 'scale'])),
});
export type ProtocolStep = z.infer<typeof protocolStepSchema>;

/** The steps the engine advises, by key; a key names a step or a variant of one (same `id`). */
export const protocolStepKeys = [
  'jeugdarts/niet-verschenen',
  'medewerking/duo-melding',
  'thuiszitten/gesprek-partners',
  'thuiszitten/breed-overleg-po',
  'thuiszitten/langer-dan-drie-maanden',
  'spijbelen/gesprek-school',
  'spijbelen/preventief-gesprek',
  'spijbelen/duo-melding',
  'spijbelen/duo-zat-besproken',
  'spijbelen/na-preventief-gesprek',
  'wet/melding-16-uur',
  'stagnatie/partner-aanspreken',
  'stagnatie/school-aanspreken',
  'stagnatie/mdo',
  'stagnatie/analyse',
  'stagnatie/doorbraakoverleg',
  'stagnatie/geen-overeenstemming',
  'te-laat/gesprek-school',
  'te-laat/preventief-gesprek',
  'te-laat/duo-melding',
  'te-laat/duo-na-preventief-gesprek',
  'te-laat/duo-zat-opnieuw',
  'te-laat/duo-zat-besproken',
  'te-laat/zat-driehoek',
  'ziekte/contact-mentor',
  'ziekte/contact-houden',
  'ziekte/jeugdarts-aanmelden',
  'ziekte/jeugdarts-overleg-formulier',
  'ziekte/jeugdarts-overleg-zorg',
] as const;
export type ProtocolStepKey = (typeof protocolStepKeys)[number];

/** `steps.yaml`. */
export const protocolStepsFileSchema = z
  .object(
    Object.fromEntries(protocolStepKeys.map((key) => [key, protocolStepSchema])) as Record<
      ProtocolStepKey,
      typeof protocolStepSchema
    >,
  )
  .strict();

const noteSchema = z.object({ text: z.string().min(1), sources: z.array(sourceKeySchema) });
export type ProtocolNote = z.infer<typeof noteSchema>;
const text = z.string().min(1);

/** `texts.yaml`: the wording around the steps. */
export const protocolTextsFileSchema = z.object({
  talkWith: z.object({
    unknownAge: text,
    belowAge: text,
    fromAge: text,
    sources: z.array(sourceKeySchema),
    ownConsentSources: z.array(sourceKeySchema),
  }),
  reporting: z.object({ due: text, homeSitter: noteSchema, sicknessOnly: noteSchema, notYet: noteSchema }),
  questions: z.object({
    absenceKind: text,
    homeWeeks: text,
    truancyAmount: text,
    lateCount: text,
    sickPeriod: text,
    sickAmount: text,
    notAssessed: text,
    pupil: text,
  }),
  notes: z.object({
    verzuimcoach: noteSchema,
    thuiszitter: noteSchema,
    teLaatLaw: noteSchema,
    spijbelenStricter: noteSchema,
    spijbelenLaw: noteSchema,
    jeugdartsInvolved: noteSchema,
    ziekteNear: noteSchema,
    ziekteNotYet: noteSchema,
  }),
  spijbelen: z.object({
    scaleSources: z.object({ days: sourceKeySchema, hours: sourceKeySchema }),
    duoDays: text,
    talkDagdelen: text,
    gapDays: text,
    preventiveDays: text,
    talkHours: text,
    preventiveHours: text,
    duoHours: text,
  }),
  ziekte: z.object({
    /** The four criteria ziekteverzuim, numbered, with the aanmeldformulier's reason each one is. */
    criteria: z
      .array(
        z.object({
          number: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          formReason: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
          text,
        }),
      )
      .length(4),
    oneCriterion: text,
    moreCriteria: text,
    reportCount: text,
    dayCount: text,
  }),
});
export type ProtocolTexts = z.infer<typeof protocolTextsFileSchema>;

/** A region's protocol, validated, with the numbers already filled into its wording. */
export type ProtocolDefinition = z.infer<typeof protocolFileSchema> & {
  /** The folder name under `knowledge/protocols/`. */
  readonly region: string;
  readonly steps: Readonly<Record<ProtocolStepKey, ProtocolStep>>;
  readonly texts: ProtocolTexts;
};
