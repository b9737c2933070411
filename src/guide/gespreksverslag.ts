import { z } from 'zod';
import { aanmeldReasonSchema, type GuideDefinition } from './guide-definition.js';
import { agreementSchema, type GuideSession } from './guide-session.js';

/** The record saved in the pupil dossier at the end of the guide (record type `gespreksverslag`). */
export const gespreksverslagSchema = z.object({
  guideId: z.string(),
  pupilName: z.string(),
  age: z.number().int(),
  conversationDate: z.string(),
  /** Who took part, in Dutch, as shown in the verslag. */
  participants: z.array(z.string()),
  parentsInformed: z.boolean(),
  mentorName: z.string(),
  concern: z.string(),
  absenceOverview: z.string(),
  phases: z.array(z.object({ id: z.string(), title: z.string(), note: z.string() })),
  agreements: z.array(agreementSchema.extend({ topicId: z.string(), topic: z.string() })),
  criteriaMet: z.array(z.object({ id: z.string(), text: z.string(), aanmeldReason: aanmeldReasonSchema })),
  completedAt: z.string(),
});
export type Gespreksverslag = z.infer<typeof gespreksverslagSchema>;

function participantLabels(definition: GuideDefinition, session: GuideSession): string[] {
  const mentor = session.mentorName ? `Mentor (${session.mentorName})` : 'Mentor';
  switch (session.participants) {
    case 'leerling-en-ouders':
      return [mentor, 'Leerling', 'Ouders'];
    case 'ouders':
      return [mentor, 'Ouders'];
    case 'leerling':
      return [mentor, session.parentsInformed ? 'Leerling (ouders vooraf geïnformeerd)' : 'Leerling'];
  }
}

/** The verslag of a session: notes per phase, the agreements made, the criteria ziekteverzuim met. */
export function buildGespreksverslag(definition: GuideDefinition, session: GuideSession, now: Date): Gespreksverslag {
  return {
    guideId: session.guideId,
    pupilName: session.pupilName,
    age: session.age,
    conversationDate: session.conversationDate,
    participants: participantLabels(definition, session),
    parentsInformed: session.parentsInformed,
    mentorName: session.mentorName,
    concern: session.concern,
    absenceOverview: session.absenceOverview,
    phases: definition.phases.map((phase) => ({
      id: phase.id,
      title: phase.title,
      note: session.notes[phase.id] ?? '',
    })),
    agreements: definition.agreements.topics
      .map((topic) => ({
        topicId: topic.id,
        topic: topic.label,
        ...(session.agreements[topic.id] ?? { text: '', owner: '', dueDate: '' }),
      }))
      .filter((agreement) => agreement.text.trim() !== '' || agreement.owner.trim() !== '' || agreement.dueDate !== ''),
    criteriaMet: definition.criteria.items
      .filter((item) => session.criteria.includes(item.id))
      .map(({ id, text, aanmeldReason }) => ({ id, text, aanmeldReason })),
    completedAt: now.toISOString(),
  };
}

/**
 * Data for the `form-open` verb: the aanmeldformulier prefilled from the verslag. The keys are the
 * form's field ids and every value a string, as the form's prefill takes them; `notes` is the whole
 * verslag in a few lines.
 */
export type AanmeldformulierPrefill = {
  readonly pupilName?: string;
  /** The reasons of Bijlage 3 met, comma-separated ids (the form's multi-select value). */
  readonly reasons: string;
  readonly absenceOverview?: string;
  readonly staffName?: string;
  /** Question 7 of Bijlage 3: "Welke acties zijn er door school ondernomen (graag met datum)?" */
  readonly q7Actions: string;
  readonly notes: string;
};

function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)}-${Number(month)}-${year}`;
}

/** The aanmeldformulier prefill, or undefined when no criterion ziekteverzuim is met. */
export function aanmeldformulierPrefill(verslag: Gespreksverslag): AanmeldformulierPrefill | undefined {
  if (verslag.criteriaMet.length === 0) return undefined;
  const held =
    `Verzuimgesprek op ${formatDate(verslag.conversationDate)} met ${verslag.participants.join(', ')} ` +
    '(gespreksverslag in het dossier).';
  const agreements = verslag.agreements.map((agreement) => {
    const details = [
      agreement.text,
      agreement.owner && `wie: ${agreement.owner}`,
      agreement.dueDate && `wanneer: ${formatDate(agreement.dueDate)}`,
    ]
      .filter(Boolean)
      .join('; ');
    return `Afspraak ${agreement.topic}: ${details}`;
  });
  const lines = [held];
  if (verslag.concern) lines.push(`Reden van zorg: ${verslag.concern}`);
  if (verslag.absenceOverview) lines.push(`Verzuimoverzicht: ${verslag.absenceOverview}`);
  for (const phase of verslag.phases) if (phase.note) lines.push(`${phase.title}: ${phase.note}`);
  lines.push(...agreements);
  return {
    ...(verslag.pupilName ? { pupilName: verslag.pupilName } : {}),
    reasons: [...new Set(verslag.criteriaMet.map((criterion) => criterion.aanmeldReason))].join(','),
    ...(verslag.absenceOverview ? { absenceOverview: verslag.absenceOverview } : {}),
    ...(verslag.mentorName ? { staffName: verslag.mentorName } : {}),
    q7Actions: [held, ...agreements].join('\n'),
    notes: lines.join('\n'),
  };
}

export { formatDate as formatDutchDate };
