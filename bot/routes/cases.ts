import type { TurnContext } from 'botbuilder';
import { renderCard } from '../../cards/render-card.js';
import { hasRole, type Actor } from '../../src/access/actor.js';
import { actionCountsView, allValue } from '../../src/cases/index.js';
import { doneNotice, planNotice, snoozeNotice } from '../../src/cases/case-notices.js';
import type { ReminderScheduler } from '../../src/reminders/index.js';
import type { RulesEngine } from '../../src/rules/index.js';
import type { BotApplication } from '../bot-application.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import { actionRefSchema, actionsOpenSchema, casePlanSchema } from '../case-card-input.js';
import { renderReminderCard } from '../case-reminders.js';
import { caseReplies, type CaseReplyOptions } from '../case-replies.js';
import type { TurnUnderstanding } from '../understood-message.js';

export type CaseRouteOptions = CaseReplyOptions & {
  readonly reminders: ReminderScheduler;
  readonly understood: TurnUnderstanding;
  /** The school's region's rules: the steps "Zet deze stappen klaar" plans. */
  readonly rules: Pick<RulesEngine, 'adviseSituation'>;
};

const pressAgain = (where: string) => ({ text: `Deze knop kwam niet goed door. ${where}` });
const defaultScope = (actor: Actor) => (hasRole(actor, 'oco') ? 'school' : 'mine');

/**
 * Open actions: "openstaande acties" (the oco: the school's; anyone else: their own pupils'), "mijn acties",
 * "Zet deze stappen klaar" on the "wat nu?" card (`case-plan`), "Gedaan" (`action-done`), filters and pages
 * (`actions-open`) and "herinner me over 2 dagen" (`reminder-snooze`).
 */
export function registerCaseRoutes(app: BotApplication, options: CaseRouteOptions): void {
  const { cases, reminders, calendars, logger, understood } = options;
  const { asActor, overview } = caseReplies(options);
  const send = async (context: TurnContext, result: CardActionResult) => {
    await context.sendActivity('card' in result ? cardMessage(result.card) : result.text);
  };

  app.message(understood.opens('openstaande-acties'), async (context) =>
    send(context, await asActor(context, (actor) => overview(actor, defaultScope(actor)))),
  );
  app.message(understood.opens('mijn-acties'), async (context) =>
    send(context, await asActor(context, (actor) => overview(actor, 'mine'))),
  );

  onCardAction(app, 'case-plan', async (context, _state, data) => {
    const parsed = casePlanSchema.safeParse(data);
    if (!parsed.success) return pressAgain('Beschrijf de situatie opnieuw, dan zet ik de stappen klaar.');
    const advice = options.rules.adviseSituation(parsed.data.situation);
    if (advice.kind !== 'advice') return { text: advice.question };
    return asActor(context, async (actor) => {
      const change = await cases.planFromAdvice({ actor, advice });
      if (change.added.length > 0) await reminders.schedule({ caseRecord: change.caseRecord, actions: change.added });
      const { id: caseId, step } = change.caseRecord;
      const added = change.added.map((action) => action.id);
      logger.info({ event: 'case-plan', caseId, added, step }, 'Put advice steps on a case');
      return overview(actor, 'mine', {}, planNotice(change.added));
    });
  });

  onCardAction(app, 'action-done', async (context, _state, data) => {
    const parsed = actionRefSchema.safeParse(data);
    if (!parsed.success) return pressAgain('Typ "openstaande acties" en probeer het daar opnieuw.');
    const { caseId, actionId, scope, from } = parsed.data;
    return asActor(context, async (actor) => {
      const { caseRecord, action, already } = await cases.completeAction({ actor, caseId, actionId });
      logger.info({ event: 'action-done', caseId, actionId, already }, 'Closed an action');
      const notice = doneNotice(action, { already, onReminder: from === 'reminder' });
      if (from !== 'reminder') return overview(actor, scope ?? defaultScope(actor), {}, notice);
      const { pupilFirstName } = caseRecord;
      const { schoolId } = actor;
      return { card: renderReminderCard({ kind: 'due', pupilFirstName, caseId, action, calendars, schoolId, notice }) };
    });
  });

  onCardAction(app, 'actions-open', async (context, _state, data) => {
    const parsed = actionsOpenSchema.safeParse(data ?? {});
    const { scope, step, mentorUserId, page } = parsed.success ? parsed.data : {};
    return asActor(context, (actor) =>
      overview(actor, scope ?? defaultScope(actor), {
        ...(step && step !== allValue ? { step } : {}),
        ...(mentorUserId && mentorUserId !== allValue ? { mentorUserId } : {}),
        ...(page ? { page } : {}),
      }),
    );
  });

  onCardAction(app, 'actions-counts', async (context) =>
    asActor(context, async (actor) => ({
      card: renderCard('action-counts', actionCountsView({ actor, counts: await cases.countByMonth({ actor }) })),
    })),
  );

  onCardAction(app, 'reminder-snooze', async (context, _state, data) => {
    const parsed = actionRefSchema.safeParse(data);
    if (!parsed.success) return pressAgain('Typ "mijn acties" voor wat er openstaat.');
    const { caseId, actionId } = parsed.data;
    return asActor(context, async (actor) => {
      const { actions } = await cases.listOpenActions({ actor, scope: 'mine' });
      const found = actions.find(({ caseRecord, action }) => caseRecord.id === caseId && action.id === actionId);
      if (!found)
        return { text: 'Deze actie staat niet (meer) open voor jou. Typ "mijn acties" voor wat er openstaat.' };
      const { caseRecord, action } = found;
      const day = await reminders.snooze({ caseRecord, action });
      logger.info({ event: 'reminder-snooze', caseId, actionId }, 'Snoozed a reminder');
      const { pupilFirstName } = caseRecord;
      const [schoolId, notice] = [actor.schoolId, snoozeNotice(day)];
      return {
        card: renderReminderCard({ kind: 'snooze', pupilFirstName, caseId, action, calendars, schoolId, notice }),
      };
    });
  });
}
