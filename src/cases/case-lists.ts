import { AccessDeniedError } from '../access/access-errors.js';
import { hasRole, type Actor } from '../access/actor.js';
import type { CaseAction, CaseRecord, EscalationStep } from './case-record.js';
import { requireStaff, type CaseContext } from './case-context.js';
import { amsterdamDay } from './due-dates.js';

/** One open action with its case, as the overview and the reminders show it. */
export type OpenAction = { readonly caseRecord: CaseRecord; readonly action: CaseAction };

/** Actions put on cases in one month (`YYYY-MM`, Europe/Amsterdam), per escalation step. */
export type MonthCounts = {
  readonly month: string;
  readonly total: number;
  readonly done: number;
  readonly perStep: Readonly<Partial<Record<EscalationStep, number>>>;
};

/**
 * Open actions the actor may see: the school's for the oco (`scope: 'school'`), otherwise those of the
 * actor's own pupils and those the actor holds. Overdue first, then by due date.
 */
export async function listOpenActions(
  context: CaseContext,
  { actor, scope }: { readonly actor: Actor; readonly scope: 'school' | 'mine' },
): Promise<{ readonly actions: OpenAction[]; readonly scope: 'school' | 'mine' }> {
  await requireStaff(context, actor, 'record-list');
  const schoolWide = scope === 'school' && hasRole(actor, 'oco');
  const cases = await context.store.list(actor.schoolId, hasRole(actor, 'oco') ? {} : { mentorUserId: actor.userId });
  const actions = cases
    .filter((caseRecord) => caseRecord.step !== 'afgesloten')
    .flatMap((caseRecord) =>
      caseRecord.actions.filter((action) => action.status === 'open').map((action) => ({ caseRecord, action })),
    )
    .filter(
      ({ caseRecord, action }) =>
        schoolWide || caseRecord.mentor.userId === actor.userId || action.assignee?.userId === actor.userId,
    )
    .sort(
      (a, b) =>
        a.action.dueDay.localeCompare(b.action.dueDay) ||
        a.caseRecord.pupilName.localeCompare(b.caseRecord.pupilName, 'nl'),
    );
  const caseIds = [...new Set(actions.map(({ caseRecord }) => caseRecord.id))];
  await context.log(actor, 'record-list', 'allowed', { count: caseIds.length, recordIds: caseIds });
  return { actions, scope: schoolWide ? 'school' : 'mine' };
}

/**
 * For the annual report (the oco): per month the actions put on cases, per escalation step, and how many
 * of them are done. Counts only, no names.
 */
export async function countByMonth(context: CaseContext, { actor }: { readonly actor: Actor }): Promise<MonthCounts[]> {
  if (!hasRole(actor, 'oco')) {
    await context.log(actor, 'record-list', 'refused', { reason: 'notAllowed' });
    throw new AccessDeniedError('notAllowed');
  }
  const cases = await context.store.list(actor.schoolId);
  const months = new Map<string, MonthCounts>();
  for (const action of cases.flatMap((caseRecord) => caseRecord.actions)) {
    const month = amsterdamDay(new Date(action.createdAt)).slice(0, 7);
    const entry = months.get(month) ?? { month, total: 0, done: 0, perStep: {} };
    months.set(month, {
      ...entry,
      total: entry.total + 1,
      done: entry.done + (action.status === 'done' ? 1 : 0),
      perStep: { ...entry.perStep, [action.step]: (entry.perStep[action.step] ?? 0) + 1 },
    });
  }
  await context.log(actor, 'record-list', 'allowed', { count: cases.length });
  return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
}
