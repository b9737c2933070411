import type { TurnContext } from 'botbuilder';
import pRetry from 'p-retry';
import { z } from 'zod';
import { renderCard } from '../../cards/render-card.js';
import { AccessDeniedError } from '../../src/access/access-errors.js';
import type { AccessService } from '../../src/access/access-service.js';
import { hasRole, type Actor } from '../../src/access/actor.js';
import {
  actionCountsView,
  allValue,
  amsterdamDay,
  CaseError,
  caseIdSchema,
  escalationStepSchema,
  formatDay,
  openActionsView,
  type CaseChange,
  type CaseService,
  type SchoolCalendars,
} from '../../src/cases/index.js';
import type { DossierRecord } from '../../src/dossier/dossier-record.js';
import { errorLogFields } from '../../src/logging/error-fields.js';
import type { Logger } from '../../src/logging/logger.js';
import type { ReminderScheduler } from '../../src/reminders/index.js';
import { adviseSituation, situationSchema } from '../../src/rules/index.js';
import { StoreError } from '../../src/storage/store-errors.js';
import { identityOf } from '../actor.js';
import type { BotApplication } from '../bot-application.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import type { TurnUnderstanding } from '../understood-message.js';
import { renderReminderCard } from '../case-reminders.js';

export type CaseRouteOptions = {
  readonly access: AccessService;
  readonly cases: CaseService;
  readonly reminders: ReminderScheduler;
  readonly calendars: SchoolCalendars;
  readonly logger: Logger;
  readonly understood: TurnUnderstanding;
  readonly now: () => Date;
};

const storeDownReply =
  'De opslag is even niet bereikbaar, dus er is niets klaargezet of gewijzigd. Probeer het over een minuut opnieuw.';

const scopeSchema = z.enum(['school', 'mine']);
const casePlanSchema = z.object({ verb: z.literal('case-plan').optional(), situation: situationSchema }).strict();
// Not strict: a button's data arrives with the card's inputs (the overview's filters) beside it.
const actionRefSchema = z.object({
  verb: z.string().optional(),
  caseId: caseIdSchema,
  actionId: z.string().min(1).max(200),
  scope: scopeSchema.optional(),
  from: z.enum(['overview', 'reminder']).optional(),
});
const actionsOpenSchema = z.object({
  verb: z.literal('actions-open').optional(),
  scope: scopeSchema.optional(),
  step: z.union([escalationStepSchema, z.literal(''), z.literal(allValue)]).optional(),
  mentorUserId: z.string().max(200).optional(),
  page: z.coerce.number().int().min(1).max(1000).optional(),
});

/** Runs a handler for the actor behind the turn; refusals and store failures become polite Dutch replies. */
async function asActor<T extends CardActionResult>(
  context: TurnContext,
  { access, logger }: Pick<CaseRouteOptions, 'access' | 'logger'>,
  handler: (actor: Actor) => Promise<T>,
): Promise<T | { text: string }> {
  try {
    return await handler(await access.resolveActor(identityOf(context)));
  } catch (error) {
    if (error instanceof AccessDeniedError || error instanceof CaseError) {
      logger.info(
        { event: 'case-refuse', reason: error.name, activityId: context.activity.id },
        'Refused a case action',
      );
      return { text: error.toReply() };
    }
    if (error instanceof StoreError) {
      logger.warn(
        { event: 'case-store-failed', reason: error.reason, activityId: context.activity.id },
        'Store failed during a case action',
      );
      return { text: storeDownReply };
    }
    throw error;
  }
}

/**
 * Open actions: "openstaande acties" (the oco: the school's; anyone else: their own pupils'), "mijn acties",
 * "Zet deze stappen klaar" on the "wat nu?" card (`case-plan`), "Gedaan" (`action-done`), filters and pages
 * (`actions-open`) and "herinner me over 2 dagen" (`reminder-snooze`).
 */
export function registerCaseRoutes(app: BotApplication, options: CaseRouteOptions): void {
  const { cases, reminders, calendars, logger, understood, now } = options;

  const overview = (
    actor: Actor,
    scope: 'school' | 'mine',
    filter: { step?: z.infer<typeof escalationStepSchema>; mentorUserId?: string; page?: number } = {},
    notice = '',
    noticeColor: 'Default' | 'Good' = 'Default',
  ) =>
    cases.listOpenActions({ actor, scope }).then((result) => ({
      card: renderCard(
        'open-actions',
        openActionsView({
          actor,
          actions: result.actions,
          scope: result.scope,
          today: amsterdamDay(now()),
          calendars,
          filter,
          notice,
          noticeColor,
        }),
      ),
    }));

  const schedule = async (change: CaseChange) => {
    if (change.added.length === 0) return;
    await reminders.schedule({ caseRecord: change.caseRecord, actions: change.added });
  };

  const send = async (context: TurnContext, result: CardActionResult) => {
    await context.sendActivity('card' in result ? cardMessage(result.card) : result.text);
  };

  app.message(understood.opens('openstaande-acties'), async (context) =>
    send(
      context,
      await asActor(context, options, (actor) => overview(actor, hasRole(actor, 'oco') ? 'school' : 'mine')),
    ),
  );
  app.message(understood.opens('mijn-acties'), async (context) =>
    send(context, await asActor(context, options, (actor) => overview(actor, 'mine'))),
  );

  onCardAction(app, 'case-plan', async (context, _state, data) => {
    const parsed = casePlanSchema.safeParse(data);
    if (!parsed.success)
      return { text: 'Deze knop kwam niet goed door. Beschrijf de situatie opnieuw, dan zet ik de stappen klaar.' };
    const advice = adviseSituation(parsed.data.situation);
    if (advice.kind !== 'advice') return { text: advice.question };
    return asActor(context, options, async (actor) => {
      const change = await cases.planFromAdvice({ actor, advice });
      await schedule(change);
      logger.info(
        {
          event: 'case-plan',
          caseId: change.caseRecord.id,
          added: change.added.map((action) => action.id),
          step: change.caseRecord.step,
        },
        'Put advice steps on a case',
      );
      const notice =
        change.added.length === 0
          ? 'Deze stappen stonden al klaar; er is niets dubbel gezet.'
          : `Klaargezet: ${change.added.map((action) => `${action.what} (uiterlijk ${formatDay(action.dueDay)})`).join('; ')}. Wie een actie heeft, krijgt op de ochtend dat die verloopt een herinnering.`;
      return overview(actor, 'mine', {}, notice, 'Good');
    });
  });

  onCardAction(app, 'action-done', async (context, _state, data) => {
    const parsed = actionRefSchema.safeParse(data);
    if (!parsed.success)
      return { text: 'Deze knop kwam niet goed door. Typ "openstaande acties" en probeer het daar opnieuw.' };
    const { caseId, actionId, scope, from } = parsed.data;
    return asActor(context, options, async (actor) => {
      const { caseRecord, action, already } = await cases.completeAction({ actor, caseId, actionId });
      logger.info({ event: 'action-done', caseId, actionId, already }, 'Closed an action');
      if (from === 'reminder')
        return {
          card: renderReminderCard({
            kind: 'due',
            pupilFirstName: caseRecord.pupilFirstName,
            caseId,
            action,
            calendars,
            schoolId: actor.schoolId,
            notice: already ? 'Deze actie was al afgevinkt.' : 'Gedaan — afgevinkt.',
          }),
        };
      return overview(
        actor,
        scope ?? (hasRole(actor, 'oco') ? 'school' : 'mine'),
        {},
        already ? 'Deze actie was al afgevinkt.' : `Afgevinkt: ${action.what}.`,
        'Good',
      );
    });
  });

  onCardAction(app, 'actions-open', async (context, _state, data) => {
    const parsed = actionsOpenSchema.safeParse(data ?? {});
    const filter = parsed.success ? parsed.data : {};
    return asActor(context, options, (actor) =>
      overview(actor, filter.scope ?? (hasRole(actor, 'oco') ? 'school' : 'mine'), {
        ...(filter.step && filter.step !== allValue ? { step: filter.step } : {}),
        ...(filter.mentorUserId && filter.mentorUserId !== allValue ? { mentorUserId: filter.mentorUserId } : {}),
        ...(filter.page ? { page: filter.page } : {}),
      }),
    );
  });

  onCardAction(app, 'actions-counts', async (context) =>
    asActor(context, options, async (actor) => ({
      card: renderCard('action-counts', actionCountsView({ actor, counts: await cases.countByMonth({ actor }) })),
    })),
  );

  onCardAction(app, 'reminder-snooze', async (context, _state, data) => {
    const parsed = actionRefSchema.safeParse(data);
    if (!parsed.success) return { text: 'Deze knop kwam niet goed door. Typ "mijn acties" voor wat er openstaat.' };
    return asActor(context, options, async (actor) => {
      const { actions } = await cases.listOpenActions({ actor, scope: 'mine' });
      const found = actions.find(
        ({ caseRecord, action }) => caseRecord.id === parsed.data.caseId && action.id === parsed.data.actionId,
      );
      if (!found)
        return { text: 'Deze actie staat niet (meer) open voor jou. Typ "mijn acties" voor wat er openstaat.' };
      const day = await reminders.snooze({ caseRecord: found.caseRecord, action: found.action });
      logger.info(
        { event: 'reminder-snooze', caseId: parsed.data.caseId, actionId: parsed.data.actionId },
        'Snoozed a reminder',
      );
      return {
        card: renderReminderCard({
          kind: 'snooze',
          pupilFirstName: found.caseRecord.pupilFirstName,
          caseId: found.caseRecord.id,
          action: found.action,
          calendars,
          schoolId: actor.schoolId,
          notice: `Ik herinner je op ${formatDay(day)} opnieuw.`,
        }),
      };
    });
  });
}

/**
 * The hook for a filed aanmeldformulier: closes "Aanmelden bij de jeugdarts" on the pupil's case and opens
 * the oco's next actions. It never fails the filing: a failure is logged, the form is filed regardless.
 */
export function createFormFiledHook({
  cases,
  reminders,
  logger,
}: Pick<CaseRouteOptions, 'cases' | 'reminders' | 'logger'>) {
  return async ({ actor, record }: { readonly actor: Actor; readonly record: DossierRecord }): Promise<void> => {
    if (record.recordType !== 'aanmeldformulier') return;
    try {
      // Retried for about half a minute, as the notification is: a form filed in a short outage still gets its actions.
      const change = await pRetry(() => cases.fileAanmelding({ actor, pupilName: record.title, recordId: record.id }), {
        retries: 5,
        minTimeout: 1000,
        maxTimeout: 8000,
        randomize: true,
        shouldRetry: ({ error }) => error instanceof StoreError && error.isRetryable,
      });
      if (change.added.length > 0) await reminders.schedule({ caseRecord: change.caseRecord, actions: change.added });
      logger.info(
        {
          event: 'case-aanmelding',
          caseId: change.caseRecord.id,
          recordId: record.id,
          added: change.added.map((action) => action.id),
          closed: change.closed.map((action) => action.id),
        },
        'Put a filed aanmeldformulier on its case',
      );
    } catch (error) {
      logger.warn(
        { event: 'case-aanmelding-failed', recordId: record.id, ...errorLogFields(error) },
        'Could not put a filed form on its case',
      );
    }
  };
}

/** The hook for a status change: an aanmeldformulier closed (terugkoppeling in) or withdrawn closes its actions. */
export function createFormStatusHook({ cases, logger }: Pick<CaseRouteOptions, 'cases' | 'logger'>) {
  return async ({ actor, record }: { readonly actor: Actor; readonly record: DossierRecord }): Promise<void> => {
    if (record.recordType !== 'aanmeldformulier' || (record.status !== 'afgerond' && record.status !== 'ingetrokken'))
      return;
    try {
      const closed = await cases.closeAanmelding({ actor, pupilName: record.title, recordId: record.id });
      logger.info(
        { event: 'case-aanmelding-close', recordId: record.id, closed: closed.map((action) => action.id) },
        'Closed the actions of a finished aanmelding',
      );
    } catch (error) {
      logger.warn(
        { event: 'case-aanmelding-close-failed', recordId: record.id, ...errorLogFields(error) },
        'Could not close the actions of a finished aanmelding',
      );
    }
  };
}
