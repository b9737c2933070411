import { recordTypeLabels, recordTypeSchema } from '../dossier/dossier-record.js';
import { escapeCardMarkdown } from '../forms/card-text.js';
import type { CaseAction } from './case-record.js';
import { amsterdamDay, describeDueRule, formatDay } from './due-dates.js';
import type { SchoolCalendars } from './school-calendar.js';

/**
 * The data the reminder card templates (`cards/action-reminder.json`, `action-digest.json`,
 * `record-lapse.json`) bind to: first names only (what Teams shows on a lock screen), Dutch text.
 */

/** A reminder on the morning an action falls due, the school day after, or after "Nog niet". */
export type ReminderKind = 'due' | 'overdue' | 'snooze';

const titles: Readonly<Record<ReminderKind, (firstName: string) => string>> = {
  due: (firstName) => `Vandaag uiterlijk — ${firstName}`,
  overdue: (firstName) => `Te laat — ${firstName}`,
  snooze: (firstName) => `Herinnering — ${firstName}`,
};

/** A reminder's title, with the first name as given (escaped for a card, plain for the preview). */
export function reminderTitle(kind: ReminderKind, firstName: string): string {
  return titles[kind](firstName);
}

/** Items shown in a digest; the rest is counted, and the overview has them all. */
const digestItems = 10;

export type ReminderCardInput = {
  readonly kind: ReminderKind;
  readonly pupilFirstName: string;
  readonly caseId: string;
  readonly action: CaseAction;
  readonly calendars: SchoolCalendars;
  readonly schoolId: string;
  readonly notice?: string;
};

/**
 * A reminder: the pupil's first name only, what, the due date with how it was counted, and
 * Gedaan / Open het dossier / Nog niet.
 */
export function reminderCardView({
  kind,
  pupilFirstName,
  caseId,
  action,
  calendars,
  schoolId,
  notice = '',
}: ReminderCardInput) {
  const calendar = calendars.calendarFor(schoolId);
  const firstName = escapeCardMarkdown(pupilFirstName);
  const calendarLabel = calendar.id === action.calendarId ? calendar.label : 'gerekend met de kalender van toen';
  return {
    title: titles[kind](firstName),
    color: kind === 'overdue' ? 'Attention' : 'Default',
    what: action.what,
    due: `${formatDay(action.dueDay)} (${describeDueRule(action.dueRule)}; ${calendarLabel})`,
    deadline: action.deadlineText,
    source: action.sourceLabel,
    notice,
    open: action.status === 'open' && notice === '',
    doneData: { verb: 'action-done', caseId, actionId: action.id, from: 'reminder' },
    snoozeData: { verb: 'reminder-snooze', caseId, actionId: action.id, from: 'reminder' },
  };
}

/** The oco's daily digest: the school's overdue oco actions, first names only, and a button to the overview. */
export function digestCardView({
  items,
}: {
  readonly items: readonly { readonly pupilFirstName: string; readonly action: Pick<CaseAction, 'what' | 'dueDay'> }[];
}) {
  return {
    title: `Te laat: ${items.length} ${items.length === 1 ? 'actie' : 'acties'} van de oco`,
    intro: 'Deze acties zijn over hun datum en staan nog open:',
    items: items.slice(0, digestItems).map(({ pupilFirstName, action }) => ({
      text: `${escapeCardMarkdown(pupilFirstName)} — ${action.what} (was ${formatDay(action.dueDay)})`,
    })),
    more: items.length > digestItems ? `En nog ${items.length - digestItems}: zie de openstaande acties.` : '',
  };
}

/** The lapse warning's title, also its notification preview (no names). */
export const lapseTitle = (count: number) =>
  `Verloopt binnenkort: ${count} ${count === 1 ? 'dossierstuk' : 'dossierstukken'}`;

/** A record about to lapse, as the warning lists it. */
export type LapsingRecordItem = {
  readonly recordId: string;
  readonly recordType: string;
  readonly pupilFirstName: string;
  /** ISO instant the record is deleted. */
  readonly retainUntil: string;
};

/**
 * The oco's warning before open records and verslagen lapse: record type, first name and the date, each
 * with a button to open the record (`form-view`). No full names, birth dates or free text.
 */
export function lapseWarningCardView({ items }: { readonly items: readonly LapsingRecordItem[] }) {
  return {
    title: lapseTitle(items.length),
    intro:
      'Deze dossierstukken zijn lang niet gewijzigd en worden op de genoemde datum verwijderd. ' +
      'Werk ze bij of rond ze af als ze nog nodig zijn:',
    items: items.slice(0, digestItems).map(({ recordId, recordType, pupilFirstName, retainUntil }) => {
      const parsedType = recordTypeSchema.safeParse(recordType);
      // A form added at start is not among the built-in labels: then the general word.
      const label = (parsedType.success ? recordTypeLabels[parsedType.data] : undefined) ?? 'Dossierstuk';
      const name = pupilFirstName ? ` — ${escapeCardMarkdown(pupilFirstName)}` : '';
      return { text: `${label}${name}: verwijderd op ${formatDay(amsterdamDay(new Date(retainUntil)))}`, recordId };
    }),
    more: items.length > digestItems ? `En nog ${items.length - digestItems}: zie het overzicht.` : '',
  };
}
