import { AccessDeniedError } from '../access/access-errors.js';
import { hasRole, type Actor } from '../access/actor.js';
import type { Advice } from '../rules/advice.js';
import { aanmeldStepId, actionsForAanmelding, actionsForAdvice } from './action-catalog.js';
import { closeAanmeldingActions, completeCaseAction } from './case-completion.js';
import {
  createCaseContext,
  readCase,
  requireStaff,
  updateCase,
  type CaseContext,
  type CaseServiceOptions,
} from './case-context.js';
import { CaseConflictError } from './case-errors.js';
import { countByMonth, listOpenActions } from './case-lists.js';
import { addActions, type CaseChange } from './case-planning.js';
import { caseIdFor, firstNameOf, type CaseRecord } from './case-record.js';

export type { CaseServiceOptions } from './case-context.js';
export type { MonthCounts, OpenAction } from './case-lists.js';
export type { CaseChange } from './case-planning.js';

/** "Zet deze stappen klaar": the advice's steps as actions on the pupil's case (a second press adds nothing). */
async function planFromAdvice(
  context: CaseContext,
  { actor, advice }: { readonly actor: Actor; readonly advice: Advice },
): Promise<CaseChange> {
  await requireStaff(context, actor, 'record-update');
  const pupilName = advice.situation.pupilFirstName?.trim();
  if (!pupilName) throw new CaseConflictError('noPupilName');
  return addActions(context, {
    actor,
    pupilName,
    caseId: caseIdFor(actor.schoolId, pupilName),
    planned: actionsForAdvice(advice),
    createdFrom: { kind: 'advice' },
  });
}

/**
 * A filed aanmeldformulier: closes "Aanmelden bij de jeugdarts" and opens the oco's next actions. The
 * case is the one of the full name, else the mentor's case of the first name (the advice knew only that).
 */
async function fileAanmelding(
  context: CaseContext,
  { actor, pupilName, recordId }: { readonly actor: Actor; readonly pupilName: string; readonly recordId: string },
): Promise<CaseChange> {
  const { store } = context;
  await requireStaff(context, actor, 'record-update');
  let caseId = caseIdFor(actor.schoolId, pupilName);
  if (!(await store.read(actor.schoolId, caseId))) {
    const byFirstName = await store.read(actor.schoolId, caseIdFor(actor.schoolId, firstNameOf(pupilName)));
    if (byFirstName && byFirstName.mentor.userId === actor.userId && byFirstName.step !== 'afgesloten')
      caseId = byFirstName.id;
  }
  return addActions(context, {
    actor,
    pupilName,
    caseId,
    planned: actionsForAanmelding(),
    createdFrom: { kind: 'aanmeldformulier', ref: recordId },
    completes: [aanmeldStepId],
  });
}

/** Closes the pupil's case (the oco): it is kept for the dossier's closed-record retention. */
async function closeCase(
  context: CaseContext,
  { actor, caseId }: { readonly actor: Actor; readonly caseId: string },
): Promise<CaseRecord> {
  const { log, now, retention } = context;
  await readCase(context, actor, caseId);
  if (!hasRole(actor, 'oco')) {
    await log(actor, 'record-status-change', 'refused', { recordId: caseId, reason: 'notAllowed' });
    throw new AccessDeniedError('notAllowed');
  }
  const caseRecord = await updateCase(context, actor.schoolId, caseId, async (current) => {
    const at = now();
    return { ...current, step: 'afgesloten', updatedAt: at.toISOString(), ...retention('afgesloten', at) };
  });
  await log(actor, 'record-status-change', 'allowed', { recordId: caseId });
  return caseRecord;
}

type Operation<Input, Output> = (context: CaseContext, input: Input) => Promise<Output>;
const bound =
  <Input, Output>(context: CaseContext, operation: Operation<Input, Output>) =>
  (input: Input) =>
    operation(context, input);

/**
 * A case per pupil per school: its escalation step and open actions with due dates on the school's
 * calendar. Access as the dossier's: the pupil's mentor and the school's oco; every read and change audited.
 * @example const { added } = await cases.planFromAdvice({ actor, advice });
 */
export function createCaseService(options: CaseServiceOptions = {}) {
  const context = createCaseContext(options);
  return {
    /** "Zet deze stappen klaar": the advice's steps as actions on the pupil's case. */
    planFromAdvice: bound(context, planFromAdvice),
    /** A filed aanmeldformulier: closes "Aanmelden bij de jeugdarts" and opens the oco's next actions. */
    fileAanmelding: bound(context, fileAanmelding),
    /** The oco closed or withdrew the aanmeldformulier: its open actions on the pupil's case are done. */
    closeAanmelding: bound(context, closeAanmeldingActions),
    /** "Gedaan": the holder of the action, the pupil's mentor or the school's oco closes it. */
    completeAction: bound(context, completeCaseAction),
    /** Open actions the actor may see, overdue first, then by due date. */
    listOpenActions: bound(context, listOpenActions),
    /** For the annual report (the oco): per month the actions put on cases, per step; counts only. */
    countByMonth: bound(context, countByMonth),
    /** Closes the pupil's case (the oco): it is kept for the dossier's closed-record retention. */
    closeCase: bound(context, closeCase),
    /** A case as the reminders read it: by the system, for a reminder already addressed to its holder. */
    readForReminder: (schoolId: string, caseId: string) => context.store.read(schoolId, caseId),
    /** A school's cases as the oco's daily digest reads them: by the system, for a digest addressed to the oco. */
    listForDigest: (schoolId: string) => context.store.list(schoolId),
  };
}

export type CaseService = ReturnType<typeof createCaseService>;
