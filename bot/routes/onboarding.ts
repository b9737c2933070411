import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { z } from 'zod';
import {
  answerInputPrefix,
  renderOnboardingOverviewCard,
  renderOnboardingStartCard,
  renderOnboardingStepCard,
  renderOnboardingStoppedCard,
  renderOnboardingSummaryCard,
} from '../../cards/onboarding-cards.js';
import { AccessDeniedError, type Actor, type Identity, type Role } from '../../src/access/index.js';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.js';
import type { Logger } from '../../src/logging/logger.js';
import {
  OnboardingStaleActionError,
  onboardingRoleSchema,
  type OnboardingRole,
  type OnboardingService,
  type OnboardingUser,
  type StepView,
  type SummaryView,
} from '../../src/onboarding/index.js';
import { identityOf } from '../actor.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import { commands } from '../commands.js';
import type { AppTurnState } from '../turn-state.js';
import type { TurnUnderstanding } from '../understood-message.js';

/** Who the directory says the user is: only what onboarding needs. */
export type OnboardingActor = Pick<Actor, 'schoolId' | 'schoolName' | 'roles'>;

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

/** Directory role → the course offered first. */
const suggestedCourse: Readonly<Partial<Record<Role, OnboardingRole>>> = { mentor: 'mentor', oco: 'zorgcoordinator' };

const stepActionSchema = z
  .object({ role: onboardingRoleSchema, step: z.coerce.number().int().min(0).max(100) })
  .passthrough();
const startActionSchema = z.object({ role: onboardingRoleSchema }).passthrough();

/** Chosen options from the card's inputs (`answer-<question id>`: option index as text). */
function choicesOf(data: Record<string, unknown>): Record<string, number> {
  const choices: Record<string, number> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!key.startsWith(answerInputPrefix)) continue;
    const index = z.coerce.number().int().min(0).max(9).safeParse(value);
    if (index.success && value !== '' && value !== undefined) choices[key.slice(answerInputPrefix.length)] = index.data;
  }
  return choices;
}

const commandTitles = new Map<string, string>(commands.map(({ command, title }) => [command, title]));

/** The "onboarding" command, its card verbs, and "onboarding overzicht" for the zorgcoördinator. */
export function registerOnboardingRoutes(
  app: Application<AppTurnState>,
  { onboarding, knowledge, resolveActor, logger, understood }: OnboardingRouteOptions,
): void {
  const actorOf = async (context: TurnContext): Promise<OnboardingActor | undefined> => {
    if (!resolveActor) return undefined;
    try {
      return await resolveActor(identityOf(context));
    } catch (error) {
      // Staff not (yet) in the directory may still follow the course; the refusal is audited by access.
      if (error instanceof AccessDeniedError) return undefined;
      throw error;
    }
  };
  const userOf = async (context: TurnContext): Promise<OnboardingUser> => {
    const identity = identityOf(context);
    const actor = await actorOf(context);
    return { id: identity.userId, name: identity.name ?? 'Onbekend', ...(actor ? { schoolId: actor.schoolId } : {}) };
  };
  const show = (view: StepView | SummaryView): CardActionResult => {
    if (view.kind === 'summary') {
      logger?.info({ event: 'onboarding-complete', role: view.role }, 'Onboarding completed');
      return { card: renderOnboardingSummaryCard(view, commandTitles) };
    }
    return { card: renderOnboardingStepCard(knowledge, view) };
  };
  /** Stale cards (another device moved on, or the course was restarted) get a short Dutch reply. */
  const guarded =
    (handler: (context: TurnContext, data: Record<string, unknown>) => Promise<CardActionResult>) =>
    async (context: TurnContext, _state: AppTurnState, data: unknown) => {
      try {
        return await handler(
          context,
          (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>,
        );
      } catch (error) {
        if (error instanceof OnboardingStaleActionError) return { text: error.toReply() };
        throw error;
      }
    };
  const stepAction = async (context: TurnContext, data: Record<string, unknown>) => {
    const parsed = stepActionSchema.safeParse(data);
    if (!parsed.success) return undefined;
    return {
      user: await userOf(context),
      role: parsed.data.role,
      stepIndex: parsed.data.step,
      choices: choicesOf(data),
    };
  };
  const unreadable: CardActionResult = { text: 'Deze knop kon ik niet lezen. Typ "onboarding" om verder te gaan.' };

  app.message(understood.opens('onboarding-overzicht'), async (context) => {
    const actor = await actorOf(context);
    if (!actor) {
      await context.sendActivity(
        'Ik weet niet bij welke school je hoort, dus ik kan geen overzicht tonen. Vraag je schoolbeheerder om je toe te voegen.',
      );
      return;
    }
    if (!actor.roles.includes('oco')) {
      await context.sendActivity(
        'Alleen een zorgcoördinator kan zien wie van de school de onboarding heeft afgerond. Typ "onboarding" om zelf de cursus te volgen.',
      );
      return;
    }
    const staff = await onboarding.finishedStaff(actor.schoolId);
    await context.sendActivity(cardMessage(renderOnboardingOverviewCard({ schoolName: actor.schoolName, staff })));
  });

  app.message(understood.opens('onboarding'), async (context) => {
    const identity = identityOf(context);
    const actor = await actorOf(context);
    const suggestedRole = actor?.roles.map((role) => suggestedCourse[role]).find((role) => role !== undefined);
    const view = await onboarding.open({
      user: { id: identity.userId, name: identity.name ?? 'Onbekend' },
      ...(suggestedRole ? { suggestedRole } : {}),
    });
    await context.sendActivity(cardMessage(renderOnboardingStartCard(view)));
  });

  onCardAction(
    app,
    'onboarding-start',
    guarded(async (context, data) => {
      const parsed = startActionSchema.safeParse(data);
      if (!parsed.success) return unreadable;
      return show(await onboarding.start({ user: await userOf(context), role: parsed.data.role }));
    }),
  );
  onCardAction(
    app,
    'onboarding-resume',
    guarded(async (context) => {
      const view = await onboarding.resume({ user: await userOf(context) });
      return view.kind === 'start' ? { card: renderOnboardingStartCard(view) } : show(view);
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
      return action ? { card: renderOnboardingStoppedCard(await onboarding.stop(action)) } : unreadable;
    }),
  );
}
