import { AccessDeniedError } from '../access/access-errors.js';
import { hasRole, type Actor } from '../access/actor.js';
import { CaseNotFoundError } from './case-errors.js';
import { caseIdFor, firstNameOf, type CaseAction, type CaseRecord } from './case-record.js';
import { readCase, requireStaff, updateCase, who, type CaseContext } from './case-context.js';

/**
 * The oco closed the aanmeldformulier (the jeugdarts' terugkoppeling is in) or withdrew it: its open
 * actions on the pupil's case are done. Nothing when the case or its actions are not there.
 */
export async function closeAanmeldingActions(
  context: CaseContext,
  { actor, pupilName, recordId }: { readonly actor: Actor; readonly pupilName: string; readonly recordId: string },
): Promise<readonly CaseAction[]> {
  const { store, log, now, retention } = context;
  await requireStaff(context, actor, 'record-update');
  const candidates = [caseIdFor(actor.schoolId, pupilName), caseIdFor(actor.schoolId, firstNameOf(pupilName))];
  for (const caseId of candidates) {
    const found = await store.read(actor.schoolId, caseId);
    if (!found?.actions.some((action) => action.createdFrom.ref === recordId)) continue;
    const closed: CaseAction[] = [];
    await updateCase(context, actor.schoolId, caseId, async (current) => {
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
}

/** "Gedaan": the holder of the action, the pupil's mentor or the school's oco closes it. */
export async function completeCaseAction(
  context: CaseContext,
  { actor, caseId, actionId }: { readonly actor: Actor; readonly caseId: string; readonly actionId: string },
): Promise<{ readonly caseRecord: CaseRecord; readonly action: CaseAction; readonly already: boolean }> {
  const { log, now, retention } = context;
  const before = await readCase(context, actor, caseId);
  const target = before.actions.find((action) => action.id === actionId);
  if (!target) throw new CaseNotFoundError('actionNotFound');
  // The oco's actions are the oco's: a mentor closes their own, not the school's next step.
  if (target.role === 'oco' && !hasRole(actor, 'oco') && target.assignee?.userId !== actor.userId) {
    await log(actor, 'record-update', 'refused', { recordId: caseId, reason: 'notAllowed' });
    throw new AccessDeniedError('notAllowed');
  }
  let already = target.status === 'done';
  const caseRecord = await updateCase(context, actor.schoolId, caseId, async (current) => {
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
}
