import { hasRole, type Actor } from '../access/actor.js';
import { toStoreError } from '../storage/store-errors.js';
import type { PlannedAction } from './action-catalog.js';
import { CaseConflictError } from './case-errors.js';
import {
  escalationOrder,
  firstNameOf,
  type CaseAction,
  type CaseDocument,
  type CaseRecord,
  type EscalationStep,
} from './case-record.js';
import { maxWriteAttempts, who, type CaseContext } from './case-context.js';
import { amsterdamDay, dueDate } from './due-dates.js';

export type CaseChange = {
  readonly caseRecord: CaseRecord;
  readonly added: readonly CaseAction[];
  readonly closed: readonly CaseAction[];
};

/** The highest escalation step among the actions, never lower than the case's current one. */
const stepOf = (actions: readonly CaseAction[], current: EscalationStep): EscalationStep =>
  actions.reduce<EscalationStep>(
    (highest, action) =>
      escalationOrder.indexOf(action.step) > escalationOrder.indexOf(highest) ? action.step : highest,
    current,
  );

/** The oco an oco action goes to: the actor when oco, else the school's first oco by name. */
async function ocoOf({ directory }: CaseContext, actor: Actor) {
  if (hasRole(actor, 'oco')) return who(actor);
  const members = (await directory?.listMembers(actor.schoolId)) ?? [];
  const oco = members
    .filter((member) => member.roles.includes('oco'))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'))[0];
  return oco ? { userId: oco.userId, name: oco.name } : undefined;
}

/** The planned actions not already open on the case, with their holder and due date on the school's calendar. */
async function toActions(
  context: CaseContext,
  actor: Actor,
  caseRecord: Pick<CaseDocument, 'mentor' | 'actions'>,
  planned: readonly PlannedAction[],
  createdFrom: CaseAction['createdFrom'],
): Promise<CaseAction[]> {
  const at = context.now();
  const startDay = amsterdamDay(at);
  const calendar = context.calendars.calendarFor(actor.schoolId);
  const oco = planned.some((action) => action.role === 'oco') ? await ocoOf(context, actor) : undefined;
  const added: CaseAction[] = [];
  for (const action of planned) {
    const previous = [...caseRecord.actions, ...added].filter(
      (existing) => existing.id === action.id || existing.id.startsWith(`${action.id}@`),
    );
    // A second press, or the same advice again while the action is open: nothing new.
    if (previous.some((existing) => existing.status === 'open')) continue;
    const assignee = action.role === 'mentor' ? caseRecord.mentor : oco;
    added.push({
      id: previous.length === 0 ? action.id : `${action.id}@${previous.length + 1}`,
      step: action.step,
      what: action.what,
      role: action.role,
      ...(assignee ? { assignee } : {}),
      startDay,
      dueDay: dueDate({ calendar, start: startDay, rule: action.rule }),
      dueRule: action.rule,
      deadlineText: action.deadlineText,
      calendarId: calendar.id,
      sourceSectionId: action.source.sectionId,
      sourceLabel: action.source.label,
      status: 'open',
      createdAt: at.toISOString(),
      createdFrom,
    });
  }
  return added;
}

/** Adds actions to the pupil's case, creating the case when it is new, and closes the open ones in `completes`. */
export async function addActions(
  context: CaseContext,
  {
    actor,
    pupilName,
    caseId,
    planned,
    createdFrom,
    completes = [],
  }: {
    actor: Actor;
    pupilName: string;
    caseId: string;
    planned: readonly PlannedAction[];
    createdFrom: CaseAction['createdFrom'];
    completes?: readonly string[];
  },
): Promise<CaseChange> {
  const { store, log, now, retention } = context;
  for (let attempt = 1; attempt <= maxWriteAttempts; attempt += 1) {
    const existing = await store.read(actor.schoolId, caseId);
    if (existing && existing.mentor.userId !== actor.userId && !hasRole(actor, 'oco')) {
      await log(actor, 'record-update', 'refused', { recordId: caseId, reason: 'otherMentor' });
      throw new CaseConflictError('otherMentor');
    }
    const at = now();
    const base: Pick<CaseDocument, 'mentor' | 'actions'> = existing ?? { mentor: who(actor), actions: [] };
    const closed: CaseAction[] = [];
    const actions = base.actions.map((action) => {
      if (action.status !== 'open' || !completes.includes(action.id)) return action;
      const done: CaseAction = { ...action, status: 'done', doneAt: at.toISOString(), doneBy: who(actor) };
      closed.push(done);
      return done;
    });
    const added = await toActions(context, actor, { ...base, actions }, planned, createdFrom);
    if (existing && added.length === 0 && closed.length === 0) return { caseRecord: existing, added, closed };
    const all = [...actions, ...added];
    const step = stepOf(all, existing?.step === 'afgesloten' ? 'preventief' : (existing?.step ?? 'preventief'));
    const document: CaseDocument = {
      id: caseId,
      schoolId: actor.schoolId,
      docType: 'case',
      pupilName: existing && existing.pupilName.length >= pupilName.length ? existing.pupilName : pupilName,
      pupilFirstName: firstNameOf(existing?.pupilName ?? pupilName),
      mentor: base.mentor,
      step,
      actions: all,
      createdAt: existing?.createdAt ?? at.toISOString(),
      updatedAt: at.toISOString(),
      ...retention(step, at),
    };
    try {
      const caseRecord = existing ? await store.replace(document, existing.etag) : await store.create(document);
      await log(actor, existing ? 'record-update' : 'record-create', 'allowed', { recordId: caseId });
      return { caseRecord, added, closed };
    } catch (error) {
      const reason = toStoreError(error).reason;
      if (reason !== 'preconditionFailed' && reason !== 'conflict') throw error;
    }
  }
  throw new CaseConflictError('busy');
}
