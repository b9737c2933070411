import { z } from 'zod';
import { loadKnowledgeData } from '../knowledge/knowledge-base.js';

/**
 * The gespreksleidraad as data (`knowledge/gespreksleidraad.yaml`): phases, tips, agreements, FAQ, each
 * quoted from the protocol with its section id. See {@link resolveGuide} for the form the cards use.
 */
const sectionIdSchema = z.string().regex(/^[a-z0-9-]+\/[a-z0-9/-]+$/);
const quoteSchema = z.object({ text: z.string().min(1), sectionId: sectionIdSchema }).strict();

const phaseSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    sectionId: sectionIdSchema,
    wording: z.array(quoteSchema),
    tips: z.array(quoteSchema),
    showAbsence: z.boolean().optional(),
    showAgreements: z.boolean().optional(),
  })
  .strict();

/** The reasons of Bijlage 3 (Reden van aanmelding), by the ids the aanmeldformulier uses. */
export const aanmeldReasonSchema = z.enum([
  'meer-dan-4-dagen',
  'langer-dan-een-week',
  'drie-keer-in-2-maanden',
  'anders-opvallend',
]);
export type AanmeldReason = z.infer<typeof aanmeldReasonSchema>;

export const participantsIdSchema = z.enum(['leerling-en-ouders', 'ouders', 'leerling']);
export type ParticipantsId = z.infer<typeof participantsIdSchema>;

export const guideDefinitionSchema = z
  .object({
    sectionId: sectionIdSchema,
    title: z.string().min(1),
    purpose: z.array(quoteSchema).min(1),
    preparation: z
      .object({ tips: z.array(quoteSchema), absenceOverviewHint: z.string(), concernHint: z.string() })
      .strict(),
    participants: z
      .object({
        sectionId: sectionIdSchema,
        rule: quoteSchema,
        ageThreshold: z.number().int().positive(),
        options: z.array(z.object({ id: participantsIdSchema, label: z.string().min(1) }).strict()).min(1),
        contradictionId: z.string().optional(),
      })
      .strict(),
    criteria: z
      .object({
        sectionId: sectionIdSchema,
        title: z.string(),
        items: z
          .array(
            z
              .object({
                id: z.string().regex(/^[a-z0-9-]+$/),
                text: z.string().min(1),
                aanmeldReason: aanmeldReasonSchema,
                contradictionId: z.string().optional(),
              })
              .strict(),
          )
          .length(4),
        whenMet: quoteSchema,
        contradictionId: z.string().optional(),
      })
      .strict(),
    tone: z.object({ title: z.string(), text: z.string(), sectionId: sectionIdSchema }).strict(),
    phases: z.array(phaseSchema).min(1),
    agreements: z
      .object({
        sectionId: sectionIdSchema,
        topics: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string().min(1) }).strict()).min(1),
      })
      .strict(),
    faq: z
      .object({
        sectionId: sectionIdSchema,
        intro: quoteSchema,
        items: z
          .array(
            z.object({ sectionId: sectionIdSchema, question: z.string().min(1), answer: z.string().min(1) }).strict(),
          )
          .min(1),
      })
      .strict(),
  })
  .strict()
  .superRefine((definition, context) => {
    const ids = definition.phases.map((phase) => phase.id);
    if (new Set(ids).size !== ids.length)
      context.addIssue({ code: 'custom', path: ['phases'], message: 'phase ids must be unique' });
    if (definition.phases.filter((phase) => phase.showAgreements).length > 1)
      context.addIssue({ code: 'custom', path: ['phases'], message: 'at most one phase shows the agreements' });
  });

export type GuideDefinition = z.infer<typeof guideDefinitionSchema>;
export type GuidePhase = GuideDefinition['phases'][number];
export type GuideQuote = z.infer<typeof quoteSchema>;

/**
 * Reads `knowledge/gespreksleidraad.yaml`.
 * @example const definition = loadGuideDefinition();
 */
export function loadGuideDefinition(directory?: string): GuideDefinition {
  return directory
    ? loadKnowledgeData('gespreksleidraad.yaml', guideDefinitionSchema, directory)
    : loadKnowledgeData('gespreksleidraad.yaml', guideDefinitionSchema);
}

/** Every section id the definition cites, for the check that each resolves. */
export function citedSectionIds(definition: GuideDefinition): string[] {
  const ids = new Set<string>([
    definition.sectionId,
    definition.participants.sectionId,
    definition.criteria.sectionId,
    definition.tone.sectionId,
    definition.agreements.sectionId,
    definition.faq.sectionId,
  ]);
  const quotes = [
    ...definition.purpose,
    ...definition.preparation.tips,
    definition.participants.rule,
    definition.criteria.whenMet,
    definition.faq.intro,
    ...definition.phases.flatMap((phase) => [...phase.wording, ...phase.tips]),
  ];
  for (const quote of quotes) ids.add(quote.sectionId);
  for (const phase of definition.phases) ids.add(phase.sectionId);
  for (const item of definition.faq.items) ids.add(item.sectionId);
  return [...ids];
}

/** Every contradiction id the definition refers to. */
export function citedContradictionIds(definition: GuideDefinition): string[] {
  return [
    definition.participants.contradictionId,
    definition.criteria.contradictionId,
    ...definition.criteria.items.map((item) => item.contradictionId),
  ].filter((id): id is string => typeof id === 'string');
}
