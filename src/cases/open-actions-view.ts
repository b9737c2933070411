import type { Actor } from '../access/actor.js';
import { escapeCardMarkdown } from '../forms/card-text.js';
import { escalationOrder, escalationStepLabels, type EscalationStep } from './case-record.js';
import type { MonthCounts, OpenAction } from './case-service.js';
import { describeDueRule, formatDay } from './due-dates.js';
import type { IsoDay, SchoolCalendars } from './school-calendar.js';
import { monthNames } from '../rules/situation-patterns.js';

/** Items per card: Teams refuses cards over 28 KB, and each item with its button is about 1 KB. */
export const openActionsPageSize = 8;

/** The filters' "all" choice: Web Chat's renderer drops a card whose choice has an empty value. */
export const allValue = 'alle';

export type OpenActionsFilter = {
  readonly step?: EscalationStep;
  readonly mentorUserId?: string;
  readonly page?: number;
};

export type OpenActionsView = ReturnType<typeof openActionsView>;

const roleLabels = { mentor: 'Mentor', oco: 'Oco' } as const;

/**
 * The "Openstaande acties" card's data: grouped by escalation step in protocol order, overdue first within
 * a step, who and the due date with how it was counted and on which calendar; paged.
 */
export function openActionsView({
  actor,
  actions,
  scope,
  today,
  calendars,
  filter = {},
  notice = '',
  noticeColor = 'Default',
}: {
  readonly actor: Actor;
  readonly actions: readonly OpenAction[];
  readonly scope: 'school' | 'mine';
  readonly today: IsoDay;
  readonly calendars: SchoolCalendars;
  readonly filter?: OpenActionsFilter;
  readonly notice?: string;
  readonly noticeColor?: 'Default' | 'Good' | 'Warning' | 'Attention';
}) {
  const calendar = calendars.calendarFor(actor.schoolId);
  const mentors = [
    ...new Map(actions.map(({ caseRecord }) => [caseRecord.mentor.userId, caseRecord.mentor.name])).entries(),
  ].sort((a, b) => a[1].localeCompare(b[1], 'nl'));
  const filtered = actions.filter(
    ({ action, caseRecord }) =>
      (!filter.step || action.step === filter.step) &&
      (!filter.mentorUserId || caseRecord.mentor.userId === filter.mentorUserId),
  );
  // Protocol order of the steps; within a step overdue first, then by due date (the list comes sorted by date).
  const ordered = [...filtered].sort(
    (a, b) =>
      escalationOrder.indexOf(a.action.step) - escalationOrder.indexOf(b.action.step) ||
      Number(b.action.dueDay < today) - Number(a.action.dueDay < today) ||
      a.action.dueDay.localeCompare(b.action.dueDay),
  );
  const pages = Math.max(1, Math.ceil(ordered.length / openActionsPageSize));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  const shown = ordered.slice((page - 1) * openActionsPageSize, page * openActionsPageSize);
  const counts = new Map<EscalationStep, number>();
  for (const { action } of filtered) counts.set(action.step, (counts.get(action.step) ?? 0) + 1);
  const overdue = filtered.filter(({ action }) => action.dueDay < today).length;
  const groups = escalationOrder
    .filter((step) => shown.some(({ action }) => action.step === step))
    .map((step) => ({
      label: `${escalationStepLabels[step]} (${counts.get(step) ?? 0})`,
      items: shown
        .filter(({ action }) => action.step === step)
        .map(({ caseRecord, action }) => {
          const late = action.dueDay < today;
          const duePrefix = late ? 'Te laat: was ' : action.dueDay === today ? 'Vandaag: ' : '';
          const assigneeText = action.assignee
            ? ` (${escapeCardMarkdown(action.assignee.name)})`
            : ' (nog niemand met deze rol)';
          const calendarLabel =
            calendars.calendarFor(caseRecord.schoolId).id === action.calendarId
              ? calendars.calendarFor(caseRecord.schoolId).label
              : 'gerekend met de kalender van toen';
          return {
            headline: `${escapeCardMarkdown(caseRecord.pupilName)} — ${action.what}`,
            who: `${roleLabels[action.role]}${assigneeText}`,
            due: `${duePrefix}${formatDay(action.dueDay)} (${describeDueRule(action.dueRule)}; ${calendarLabel})`,
            dueColor: late ? 'Attention' : action.dueDay === today ? 'Warning' : 'Default',
            deadline: action.deadlineText,
            source: action.sourceLabel,
            doneData: { verb: 'action-done', caseId: caseRecord.id, actionId: action.id, scope },
          };
        }),
    }));
  const base = {
    verb: 'actions-open',
    scope,
    ...(filter.step ? { step: filter.step } : {}),
    ...(filter.mentorUserId ? { mentorUserId: filter.mentorUserId } : {}),
  };
  return {
    title: scope === 'school' ? `Openstaande acties — ${actor.schoolName}` : 'Mijn acties',
    summary:
      filtered.length === 0
        ? scope === 'school'
          ? 'Er staan geen acties open.'
          : 'Er staan geen acties open voor jouw leerlingen of voor jou.'
        : `${filtered.length} ${filtered.length === 1 ? 'actie' : 'acties'} open, waarvan ${overdue} te laat.` +
          (pages > 1 ? ` Pagina ${page} van ${pages}.` : ''),
    notice,
    noticeColor,
    groups,
    calendarNote: `Data: ${calendar.name} — ${calendar.label}.`,
    showFilters: scope === 'school',
    stepChoices: [
      { title: 'Alle stappen', value: allValue },
      ...escalationOrder
        .filter((step) => step !== 'afgesloten')
        .map((step) => ({ title: escalationStepLabels[step], value: step })),
    ],
    mentorChoices: [
      { title: 'Alle mentoren', value: allValue },
      ...mentors.map(([userId, name]) => ({ title: name, value: userId })),
    ],
    stepValue: filter.step ?? allValue,
    mentorValue: filter.mentorUserId ?? allValue,
    filterData: { verb: 'actions-open', scope },
    hasPrevious: page > 1,
    hasNext: page < pages,
    previousData: { ...base, page: page - 1 },
    nextData: { ...base, page: page + 1 },
  };
}

const countedSteps = escalationOrder.filter((step) => step !== 'afgesloten');

/**
 * The counts card's data: a line per month (newest first, at most 12) with the actions per step. Lines,
 * not a Table: seven columns do not fit a phone, and the cards' layout rule is one wrapped TextBlock per fact.
 */
export function actionCountsView({
  actor,
  counts,
}: {
  readonly actor: Actor;
  readonly counts: readonly MonthCounts[];
}) {
  return {
    title: `Acties per maand — ${actor.schoolName}`,
    summary:
      counts.length === 0
        ? 'Er zijn nog geen acties klaargezet.'
        : 'Acties die per maand op dossiers zijn gezet, per stap, en hoeveel daarvan gedaan zijn. ' +
          'Alleen aantallen, geen namen.',
    months: counts.slice(0, 12).map((entry) => {
      const [year, month] = entry.month.split('-').map(Number) as [number, number];
      const perStep = countedSteps
        .filter((step) => entry.perStep[step])
        .map((step) => `${escalationStepLabels[step]} ${entry.perStep[step]}`);
      return {
        text:
          `**${monthNames[month - 1]} ${year}:** ${entry.total} ${entry.total === 1 ? 'actie' : 'acties'}, ` +
          `${entry.done} gedaan — ${perStep.join(', ')}`,
      };
    }),
  };
}
