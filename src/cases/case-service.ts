import { AccessDeniedError } from '../access/access-errors.js';
import { hasRole, type Actor } from '../access/actor.js';
import type { RoleDirectory } from '../access/role-directory.js';
import { MemoryAuditTrail, type AuditAction, type AuditTrail } from '../dossier/audit-trail.js';
import type { Advice } from '../rules/advice.js';
import { toStoreError } from '../storage/store-errors.js';
import { aanmeldStepId, actionsForAanmelding, actionsForAdvice, type PlannedAction } from './action-catalog.js';
import { CaseConflictError, CaseNotFoundError } from './case-errors.js';
import {
  caseIdFor,
  caseIdSchema,
  escalationOrder,
  firstNameOf,
  type CaseAction,
  type CaseDocument,
  type CaseRecord,
  type EscalationStep,
} from './case-record.js';
import { MemoryCaseStore, type CaseStore } from './case-store.js';
import { amsterdamDay, dueDate } from './due-dates.js';
import { weekdaysOnlyCalendar, type SchoolCalendars } from './school-calendar.js';

export type CaseServiceOptions = {
  /** @default an in-memory store */
  readonly store?: CaseStore;
  /** @default an in-memory audit trail */
  readonly audit?: AuditTrail;
  /** Who holds the oco role, to give oco actions a person. @default nobody (the action holds only the role) */
  readonly directory?: Pick<RoleDirectory, 'listMembers'>;
  /** @default weekdays only for every school */
  readonly calendars?: SchoolCalendars;
  readonly now?: () => Date;
  /** Days an open case is kept after its last change (the dossier's open-record retention). @default 365 */
  readonly openRetentionDays?: number;
  /** Days a closed case is kept (the dossier's closed-record retention). @default 730 */
  readonly closedRetentionDays?: number;
};

/** One open action with its case, as the overview and the reminders show it. */
export type OpenAction = { readonly caseRecord: CaseRecord; readonly action: CaseAction };

/** Actions put on cases in one month (`YYYY-MM`, Europe/Amsterdam), per escalation step. */
export type MonthCounts = {
  readonly month: string;
  readonly total: number;
  readonly done: number;
  readonly perStep: Readonly<Partial<Record<EscalationStep, number>>>;
};

export type CaseChange = {
  readonly caseRecord: CaseRecord;
  readonly added: readonly CaseAction[];
  readonly closed: readonly CaseAction[];
};

const recordType = 'case';
const maxWriteAttempts = 4;

/**
 * A case per pupil per school: its escalation step and open actions with due dates on the school's
 * calendar. Access as the dossier's: the pupil's mentor and the school's oco; every read and change audited.
 * @example const { added } = await cases.planFromAdvice({ actor, advice });
 */
export function createCaseService({
  store = new MemoryCaseStore(),
  audit = new MemoryAuditTrail(),
  directory,
  calendars = { calendarFor: () => weekdaysOnlyCalendar },
  now = () => new Date(),
  openRetentionDays = 365,
  closedRetentionDays = 730,
}: CaseServiceOptions = {}) {
  const who = (actor: Actor) => ({ userId: actor.userId, name: actor.name });
  const log = (
    actor: Actor,
    action: AuditAction,
    outcome: 'allowed' | 'refused',
    details: { recordId?: string; reason?: string; count?: number; recordIds?: string[] } = {},
  ) => audit.append({ schoolId: actor.schoolId, userId: actor.userId, action, outcome, recordType, ...details });

  const requireStaff = async (actor: Actor, action: AuditAction) => {
    if (hasRole(actor, 'mentor') || hasRole(actor, 'oco')) return;
    await log(actor, action, 'refused', { reason: 'notAllowed' });
    throw new AccessDeniedError('notAllowed');
  };

  const retention = (step: EscalationStep, at: Date) => {
    const days = step === 'afgesloten' ? closedRetentionDays : openRetentionDays;
    return { ttl: days * 86_400, retainUntil: new Date(at.getTime() + days * 86_400_000).toISOString() };
  };

  const stepOf = (actions: readonly CaseAction[], current: EscalationStep): EscalationStep =>
    actions.reduce<EscalationStep>(
      (highest, action) =>
        escalationOrder.indexOf(action.step) > escalationOrder.indexOf(highest) ? action.step : highest,
      current,
    );

  const ocoOf = async (actor: Actor) => {
    if (hasRole(actor, 'oco')) return who(actor);
    const members = (await directory?.listMembers(actor.schoolId)) ?? [];
    const oco = members
      .filter((member) => member.roles.includes('oco'))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))[0];
    return oco ? { userId: oco.userId, name: oco.name } : undefined;
  };

  const toActions = async (
    actor: Actor,
    caseRecord: Pick<CaseDocument, 'mentor' | 'actions'>,
    planned: readonly PlannedAction[],
    createdFrom: CaseAction['createdFrom'],
  ): Promise<CaseAction[]> => {
    const at = now();
    const startDay = amsterdamDay(at);
    const calendar = calendars.calendarFor(actor.schoolId);
    const oco = planned.some((action) => action.role === 'oco') ? await ocoOf(actor) : undefined;
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
  };

  /** Read, change, write with the etag; a concurrent change is re-read and the change applied again. */
  const update = async (
    schoolId: string,
    caseId: string,
    change: (current: CaseRecord) => Promise<CaseDocument | undefined>,
  ): Promise<CaseRecord> => {
    for (let attempt = 1; ; attempt += 1) {
      const current = await store.read(schoolId, caseId);
      if (!current) throw new CaseNotFoundError('caseNotFound');
      const next = await change(current);
      if (!next) return current;
      try {
        return await store.replace(next, current.etag);
      } catch (error) {
        if (toStoreError(error).reason !== 'preconditionFailed' || attempt >= maxWriteAttempts) throw error;
      }
    }
  };

  /** Adds actions to the pupil's case, creating the case when it is new. */
  const addActions = async ({
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
  }): Promise<CaseChange> => {
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
      const added = await toActions(actor, { ...base, actions }, planned, createdFrom);
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
  };

  const readCase = async (actor: Actor, caseId: string): Promise<CaseRecord> => {
    if (!caseIdSchema.safeParse(caseId).success) {
      await log(actor, 'record-read', 'refused', { reason: 'malformedId' });
      throw new CaseNotFoundError('malformedId');
    }
    const caseRecord = await store.read(actor.schoolId, caseId);
    if (!caseRecord) {
      await log(actor, 'record-read', 'refused', { recordId: caseId, reason: 'notFound' });
      throw new CaseNotFoundError('caseNotFound');
    }
    if (caseRecord.mentor.userId !== actor.userId && !hasRole(actor, 'oco')) {
      await log(actor, 'record-read', 'refused', { recordId: caseId, reason: 'notOwner' });
      throw new AccessDeniedError('notOwner');
    }
    return caseRecord;
  };

  return {
    /** "Zet deze stappen klaar": the advice's steps as actions on the pupil's case (a second press adds nothing). */
    planFromAdvice: async ({
      actor,
      advice,
    }: {
      readonly actor: Actor;
      readonly advice: Advice;
    }): Promise<CaseChange> => {
      await requireStaff(actor, 'record-update');
      const pupilName = advice.situation.pupilFirstName?.trim();
      if (!pupilName) throw new CaseConflictError('noPupilName');
      return addActions({
        actor,
        pupilName,
        caseId: caseIdFor(actor.schoolId, pupilName),
        planned: actionsForAdvice(advice),
        createdFrom: { kind: 'advice' },
      });
    },

    /**
     * A filed aanmeldformulier: closes "Aanmelden bij de jeugdarts" and opens the oco's next actions. The
     * case is the one of the full name, else the mentor's case of the first name (the advice knew only that).
     */
    fileAanmelding: async ({
      actor,
      pupilName,
      recordId,
    }: {
      readonly actor: Actor;
      readonly pupilName: string;
      readonly recordId: string;
    }): Promise<CaseChange> => {
      await requireStaff(actor, 'record-update');
      let caseId = caseIdFor(actor.schoolId, pupilName);
      if (!(await store.read(actor.schoolId, caseId))) {
        const byFirstName = await store.read(actor.schoolId, caseIdFor(actor.schoolId, firstNameOf(pupilName)));
        if (byFirstName && byFirstName.mentor.userId === actor.userId && byFirstName.step !== 'afgesloten')
          caseId = byFirstName.id;
      }
      return addActions({
        actor,
        pupilName,
        caseId,
        planned: actionsForAanmelding(),
        createdFrom: { kind: 'aanmeldformulier', ref: recordId },
        completes: [aanmeldStepId],
      });
    },

    /**
     * The oco closed the aanmeldformulier (the jeugdarts' terugkoppeling is in) or withdrew it: its open
     * actions on the pupil's case are done. Nothing when the case or its actions are not there.
     */
    closeAanmelding: async ({
      actor,
      pupilName,
      recordId,
    }: {
      readonly actor: Actor;
      readonly pupilName: string;
      readonly recordId: string;
    }): Promise<readonly CaseAction[]> => {
      await requireStaff(actor, 'record-update');
      const candidates = [caseIdFor(actor.schoolId, pupilName), caseIdFor(actor.schoolId, firstNameOf(pupilName))];
      for (const caseId of candidates) {
        const found = await store.read(actor.schoolId, caseId);
        if (!found?.actions.some((action) => action.createdFrom.ref === recordId)) continue;
        const closed: CaseAction[] = [];
        await update(actor.schoolId, caseId, async (current) => {
          const at = now();
          closed.length = 0;
          const actions = current.actions.map((action) => {
            if (action.status !== 'open' || action.createdFrom.ref !== recordId) return action;
            const done: CaseAction = { ...action, status: 'done', doneAt: at.toISOString(), doneBy: who(actor) };
            closed.push(done);
            return done;
          });
          return closed.length === 0
            ? undefined
            : { ...current, actions, updatedAt: at.toISOString(), ...retention(current.step, at) };
        });
        if (closed.length > 0) await log(actor, 'record-update', 'allowed', { recordId: caseId });
        return closed;
      }
      return [];
    },

    /** "Gedaan": the holder of the action, the pupil's mentor or the school's oco closes it. */
    completeAction: async ({
      actor,
      caseId,
      actionId,
    }: {
      readonly actor: Actor;
      readonly caseId: string;
      readonly actionId: string;
    }): Promise<{ readonly caseRecord: CaseRecord; readonly action: CaseAction; readonly already: boolean }> => {
      const before = await readCase(actor, caseId);
      const target = before.actions.find((action) => action.id === actionId);
      if (!target) throw new CaseNotFoundError('actionNotFound');
      // The oco's actions are the oco's: a mentor closes their own, not the school's next step.
      if (target.role === 'oco' && !hasRole(actor, 'oco') && target.assignee?.userId !== actor.userId) {
        await log(actor, 'record-update', 'refused', { recordId: caseId, reason: 'notAllowed' });
        throw new AccessDeniedError('notAllowed');
      }
      let already = target.status === 'done';
      const caseRecord = await update(actor.schoolId, caseId, async (current) => {
        const at = now();
        const action = current.actions.find((candidate) => candidate.id === actionId);
        if (!action) throw new CaseNotFoundError('actionNotFound');
        already = action.status === 'done';
        if (already) return undefined;
        return {
          ...current,
          updatedAt: at.toISOString(),
          actions: current.actions.map((candidate) =>
            candidate.id === actionId
              ? { ...candidate, status: 'done' as const, doneAt: at.toISOString(), doneBy: who(actor) }
              : candidate,
          ),
          ...retention(current.step, at),
        };
      });
      if (!already) await log(actor, 'record-update', 'allowed', { recordId: caseId });
      return { caseRecord, action: caseRecord.actions.find((action) => action.id === actionId)!, already };
    },

    /**
     * Open actions the actor may see: the school's for the oco (`scope: 'school'`), otherwise those of the
     * actor's own pupils and those the actor holds. Overdue first, then by due date.
     */
    listOpenActions: async ({
      actor,
      scope,
    }: {
      readonly actor: Actor;
      readonly scope: 'school' | 'mine';
    }): Promise<{ readonly actions: OpenAction[]; readonly scope: 'school' | 'mine' }> => {
      await requireStaff(actor, 'record-list');
      const schoolWide = scope === 'school' && hasRole(actor, 'oco');
      const cases = await store.list(actor.schoolId, hasRole(actor, 'oco') ? {} : { mentorUserId: actor.userId });
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
      await log(actor, 'record-list', 'allowed', { count: caseIds.length, recordIds: caseIds });
      return { actions, scope: schoolWide ? 'school' : 'mine' };
    },

    /**
     * For the annual report (the oco): per month the actions put on cases, per escalation step, and how many
     * of them are done. Counts only, no names.
     */
    countByMonth: async ({ actor }: { readonly actor: Actor }): Promise<MonthCounts[]> => {
      if (!hasRole(actor, 'oco')) {
        await log(actor, 'record-list', 'refused', { reason: 'notAllowed' });
        throw new AccessDeniedError('notAllowed');
      }
      const cases = await store.list(actor.schoolId);
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
      await log(actor, 'record-list', 'allowed', { count: cases.length });
      return [...months.values()].sort((a, b) => b.month.localeCompare(a.month));
    },

    /** Closes the pupil's case (the oco): it is kept for the dossier's closed-record retention. */
    closeCase: async ({ actor, caseId }: { readonly actor: Actor; readonly caseId: string }): Promise<CaseRecord> => {
      await readCase(actor, caseId);
      if (!hasRole(actor, 'oco')) {
        await log(actor, 'record-status-change', 'refused', { recordId: caseId, reason: 'notAllowed' });
        throw new AccessDeniedError('notAllowed');
      }
      const caseRecord = await update(actor.schoolId, caseId, async (current) => {
        const at = now();
        return { ...current, step: 'afgesloten', updatedAt: at.toISOString(), ...retention('afgesloten', at) };
      });
      await log(actor, 'record-status-change', 'allowed', { recordId: caseId });
      return caseRecord;
    },

    /** A case as the reminders read it: by the system, for a reminder already addressed to its holder. */
    readForReminder: (schoolId: string, caseId: string) => store.read(schoolId, caseId),
    /** A school's cases as the oco's daily digest reads them: by the system, for a digest addressed to the oco. */
    listForDigest: (schoolId: string) => store.list(schoolId),
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
