import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderCard } from '../../cards/render-card.js';
import type { Identity } from '../../src/access/index.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import type { Logger } from '../../src/logging/logger.js';
import {
  onboardingOverviewCardData,
  onboardingStartCardData,
  onboardingStepCardData,
  onboardingStoppedCardData,
  onboardingSummaryCardData,
  startRoleFromCard,
  stepActionFromCard,
  type OnboardingService,
  type StepView,
  type SummaryView,
} from '../../src/onboarding/index.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import { commandTitles } from '../commands.js';
import { onboardingActors, overviewRefusal, type OnboardingActor } from '../onboarding-actors.js';
import { replyingToUserErrors } from '../turn-errors.js';
import type { AppTurnState } from '../turn-state.js';
import type { TurnUnderstanding } from '../understood-message.js';

export type OnboardingRouteOptions = {
  readonly onboarding: OnboardingService;
  readonly knowledge: KnowledgeBase;
  /**
   * The role directory (`src/access`): the user's school and roles. Without it, or for a user it does not
   * know, the course still works but completions carry no school and the overview is unavailable.
   */
  readonly resolveActor?: (identity: Identity) => Promise<OnboardingActor>;
  readonly logger?: Logger;
  readonly understood: TurnUnderstanding;
};

const unreadable: CardActionResult = { text: 'Deze knop kon ik niet lezen. Typ "onboarding" om verder te gaan.' };

/** The "onboarding" command, its card verbs, and "onboarding overzicht" for the zorgcoördinator. */
export function registerOnboardingRoutes(
  app: Application<AppTurnState>,
  { onboarding, knowledge, resolveActor, logger, understood }: OnboardingRouteOptions,
): void {
  const { actorOf, userOf, openFor } = onboardingActors(resolveActor);
  const show = (view: StepView | SummaryView): CardActionResult => {
    if (view.kind !== 'summary')
      return { card: renderCard('onboarding-step', onboardingStepCardData(knowledge, view)) };
    logger?.info({ event: 'onboarding-complete', role: view.role }, 'Onboarding completed');
    return { card: renderCard('onboarding-summary', onboardingSummaryCardData(view, commandTitles)) };
  };
  /** Card data as an object; stale cards (another device moved on, the course restarted) get a Dutch reply. */
  const guarded =
    (handler: (context: TurnContext, data: Record<string, unknown>) => Promise<CardActionResult>) =>
    (context: TurnContext, _state: AppTurnState, data: unknown) =>
      replyingToUserErrors(() =>
        handler(context, (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>),
      );
  const stepAction = async (context: TurnContext, data: Record<string, unknown>) => {
    const action = stepActionFromCard(data);
    return action ? { user: await userOf(context), ...action } : undefined;
  };

  app.message(understood.opens('onboarding-overzicht'), async (context) => {
    const actor = await actorOf(context);
    if (!actor || !actor.roles.includes('oco')) return void (await context.sendActivity(overviewRefusal(actor)));
    const staff = await onboarding.finishedStaff(actor.schoolId);
    const data = onboardingOverviewCardData({ schoolName: actor.schoolName, staff });
    await context.sendActivity(cardMessage(renderCard('onboarding-overview', data)));
  });

  app.message(understood.opens('onboarding'), async (context) => {
    const view = await onboarding.open(await openFor(context));
    await context.sendActivity(cardMessage(renderCard('onboarding-start', onboardingStartCardData(view))));
  });

  onCardAction(
    app,
    'onboarding-start',
    guarded(async (context, data) => {
      const role = startRoleFromCard(data);
      return role ? show(await onboarding.start({ user: await userOf(context), role })) : unreadable;
    }),
  );
  onCardAction(
    app,
    'onboarding-resume',
    guarded(async (context) => {
      const view = await onboarding.resume({ user: await userOf(context) });
      return view.kind === 'start'
        ? { card: renderCard('onboarding-start', onboardingStartCardData(view)) }
        : show(view);
    }),
  );
  const stepVerbs = {
    'onboarding-answer': onboarding.answer,
    'onboarding-next': onboarding.next,
    'onboarding-previous': onboarding.previous,
  } as const;
  for (const [verb, move] of Object.entries(stepVerbs)) {
    onCardAction(
      app,
      verb,
      guarded(async (context, data) => {
        const action = await stepAction(context, data);
        return action ? show(await move(action)) : unreadable;
      }),
    );
  }
  onCardAction(
    app,
    'onboarding-stop',
    guarded(async (context, data) => {
      const action = await stepAction(context, data);
      if (!action) return unreadable;
      return { card: renderCard('onboarding-stopped', onboardingStoppedCardData(await onboarding.stop(action))) };
    }),
  );
}
