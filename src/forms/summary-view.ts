import { z } from 'zod';
import type { Actor } from '../access/actor.js';
import { roleHolderNames } from '../access/roles.js';
import { recordTypeLabels, statusLabels, type DossierRecord, type RecordStatus } from '../dossier/dossier-record.js';
import { escapeCardMarkdown, type NoticeColor } from './card-text.js';
import { builtInCatalog, type FormCatalog } from './form-catalog.js';
import type { FormDefinition, SummaryFact } from './form-definition.js';
import { formatDutchDate } from './form-fields.js';

const statusActionTitles: Readonly<Record<RecordStatus, string>> = {
  concept: 'Terug naar concept',
  ingediend: 'Indienen',
  'in-behandeling': 'In behandeling nemen',
  afgerond: 'Afronden',
  ingetrokken: 'Intrekken',
};

const dateTime = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  day: 'numeric',
  month: 'numeric',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
export const formatDutchDateTime = (iso: string) => dateTime.format(new Date(iso));

export type StatusActionView = {
  readonly title: string;
  readonly to: RecordStatus;
  readonly recordId: string;
  readonly etag: string;
};

/** The data the read-only summary card binds to. */
export type SummaryView = {
  readonly recordId: string;
  readonly typeLabel: string;
  readonly title: string;
  readonly status: RecordStatus;
  readonly statusLabel: string;
  readonly schoolName: string;
  readonly demo: boolean;
  readonly facts: readonly SummaryFact[];
  readonly history: readonly SummaryFact[];
  readonly nextSteps: string;
  readonly retention: string;
  readonly notice: string;
  readonly noticeColor: NoticeColor;
  readonly actions: readonly StatusActionView[];
};

/** The parts of a gespreksverslag (owned by `src/guide`) the summary shows; lenient, only what is read. */
const verslagFactsSchema = z.object({
  conversationDate: z.string().nullish(),
  participants: z.array(z.string()).nullish(),
  mentorName: z.string().nullish(),
  concern: z.string().nullish(),
  absenceOverview: z.string().nullish(),
  phases: z.array(z.object({ title: z.string(), note: z.string() })).nullish(),
  agreements: z.array(z.object({ topic: z.string(), text: z.string() })).nullish(),
});

function verslagFacts(content: unknown): SummaryFact[] {
  const parsed = verslagFactsSchema.safeParse(content);
  if (!parsed.success) return [];
  const verslag = parsed.data;
  const facts: SummaryFact[] = [];
  if (verslag.conversationDate)
    facts.push({ title: 'Datum gesprek', value: formatDutchDate(verslag.conversationDate) });
  if (verslag.participants?.length) facts.push({ title: 'Deelnemers', value: verslag.participants.join(', ') });
  if (verslag.mentorName) facts.push({ title: 'Mentor', value: verslag.mentorName });
  if (verslag.concern) facts.push({ title: 'Reden van zorg', value: verslag.concern });
  if (verslag.absenceOverview) facts.push({ title: 'Verzuimoverzicht', value: verslag.absenceOverview });
  for (const phase of verslag.phases ?? []) if (phase.note) facts.push({ title: phase.title, value: phase.note });
  for (const agreement of verslag.agreements ?? [])
    if (agreement.text) facts.push({ title: `Afspraak: ${agreement.topic}`, value: agreement.text });
  return facts;
}

/** The summary's facts: the form's own, re-read through its schema (content from the store is parsed again). */
export function recordFacts(record: DossierRecord, catalog: FormCatalog = builtInCatalog): SummaryFact[] {
  const definition = catalog.find(record.recordType);
  if (!definition) return verslagFacts(record.content);
  const values = (record.content as { values?: unknown }).values;
  const parsed = definition.schema.safeParse(values);
  if (parsed.success) return definition.summary(parsed.data);
  // A record from an older form version: show what is there, as text.
  const raw = typeof values === 'object' && values !== null ? (values as Record<string, unknown>) : {};
  return Object.entries(definition.fields).map(([key, spec]) => ({
    title: spec.label,
    value: typeof raw[key] === 'string' && raw[key] ? (raw[key] as string) : '—',
  }));
}

/**
 * What the bot does about telling others, said without claiming a delivery: the notification goes out
 * after this card (in the background, and only to colleagues who opened the app), so the card cannot know
 * whether it arrived. In the demo school there is no roles list, so the notifier finds nobody to tell.
 */
export function notificationSentence(actor: Actor, definition: Pick<FormDefinition, 'access'>): string {
  const names = definition.access.notify.map((role) => roleHolderNames[role]);
  const recipients = names.length > 1 ? `${names.slice(0, -1).join(', ')} en ${names.at(-1)}` : (names[0] ?? '');
  if (actor.demo)
    return (
      'Er is geen bericht verstuurd: in de demoschool is er geen rollenlijst, dus weet ik niet wie ' +
      `${recipients} ${names.length > 1 ? 'zijn' : 'is'}. Laat het zelf weten.`
    );
  return (
    `Ik stuur ${recipients} van je school een bericht in Teams, als die de app al eens hebben geopend; anders ` +
    `zien ze het formulier in "overzicht". Wil je zeker weten dat het gezien is, laat het dan ook zelf weten.`
  );
}

export function summaryView({
  actor,
  record,
  actions,
  notice = '',
  noticeColor = 'Default',
  catalog = builtInCatalog,
}: {
  readonly actor: Actor;
  readonly record: DossierRecord;
  readonly actions: readonly RecordStatus[];
  readonly notice?: string;
  readonly noticeColor?: NoticeColor;
  /** @default the built-in forms */
  readonly catalog?: FormCatalog;
}): SummaryView {
  const definition = catalog.find(record.recordType);
  const closed = record.status === 'afgerond' || record.status === 'ingetrokken';
  return {
    recordId: record.id,
    typeLabel: definition?.label ?? recordTypeLabels[record.recordType] ?? record.recordType,
    // What users typed (names, answers) and Teams display names are shown as text, never as Markdown.
    title: escapeCardMarkdown(record.title),
    status: record.status,
    statusLabel: statusLabels[record.status],
    schoolName: actor.schoolName,
    demo: actor.demo,
    facts: recordFacts(record, catalog).map((fact) => ({ ...fact, value: escapeCardMarkdown(fact.value) })),
    history: record.history.map((change) => ({
      title: statusLabels[change.status],
      value: `${formatDutchDateTime(change.at)} door ${escapeCardMarkdown(change.by.name)}`,
    })),
    nextSteps: closed
      ? ''
      : record.status === 'in-behandeling'
        ? 'De zorgcoördinator heeft dit formulier in behandeling genomen.'
        : definition
          ? (record.status === 'ingediend' ? `${notificationSentence(actor, definition)} ` : '') + definition.nextSteps
          : '',
    retention: !record.retainUntil
      ? ''
      : closed
        ? `Dit formulier is gesloten en wordt op ${formatDutchDate(record.retainUntil.slice(0, 10))} automatisch ` +
          `verwijderd (bewaartermijn).`
        : record.status === 'concept'
          ? ''
          : `Verandert er tot ${formatDutchDate(record.retainUntil.slice(0, 10))} niets meer aan, dan wordt dit ` +
            `formulier automatisch verwijderd (bewaartermijn). Elke wijziging verlengt die termijn.`,
    notice,
    noticeColor,
    actions: actions.map((to) => ({ title: statusActionTitles[to], to, recordId: record.id, etag: record.etag })),
  };
}
