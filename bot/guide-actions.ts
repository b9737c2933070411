import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import {
  guideReferenceSchema,
  parseStepAction,
  type GuideActor,
  type GuideService,
  type ResolvedGuide,
  type StepAction,
} from '../src/guide/index.js';
import type { Logger } from '../src/logging/logger.js';
import type { AdaptiveCardJson } from '../cards/render-card.js';
import { namedActorOf } from './actor.js';
import { onCardAction, type CardActionResult } from './card-actions.js';
import { replyingToUserErrors } from './turn-errors.js';
import type { AppTurnState } from './turn-state.js';

/** Card verbs that only show a guide; the others change it. */
const readVerbs = new Set(['guide-start', 'guide-resume']);
const unreadable = 'Deze knop hoort bij een kaart die ik niet kan lezen. Typ "gespreksleidraad" om verder te gaan.';
type Handler = (context: TurnContext, data: unknown) => Promise<CardActionResult>;

/**
 * How the guide's card verbs are registered: every one first asks the directory (audited), refusals
 * become the user's reply; a step verb gets the parsed step action, a guide verb the guide id.
 */
export function guideCardActions(
  app: Application<AppTurnState>,
  {
    guides,
    guide,
    logger,
    opening,
  }: {
    readonly guides: GuideService;
    readonly guide: ResolvedGuide;
    readonly logger: Logger;
    /** The opening card, for a guide verb whose guide id cannot be read. */
    readonly opening: (actor: GuideActor) => Promise<AdaptiveCardJson>;
  },
) {
  /** Runs a handler once the directory allows this user the guide (audited: open guides hold pupil notes). */
  const on = (verb: string, handler: Handler) =>
    onCardAction(app, verb, (context, _state, data) =>
      replyingToUserErrors(
        async () => {
          const reference = guideReferenceSchema.safeParse(data);
          await guides.assertCanStart(namedActorOf(context), {
            action: readVerbs.has(verb) ? 'guide-read' : 'guide-write',
            ...(reference.success ? { guideId: reference.data.guideId } : {}),
          });
          return handler(context, data);
        },
        { logger, event: 'guide-refuse', fields: { verb } },
      ),
    );
  const onStep = (verb: string, handler: (actor: GuideActor, action: StepAction) => Promise<CardActionResult>) =>
    on(verb, async (context, data) => {
      const parsed = parseStepAction(data, guide.definition);
      return parsed.success ? handler(namedActorOf(context), parsed.value) : { text: unreadable };
    });
  /** A card verb that names one of the user's guides: without a readable guide id, the opening card. */
  const onGuide = (verb: string, handler: (actor: GuideActor, guideId: string) => Promise<CardActionResult>) =>
    on(verb, async (context, data) => {
      const reference = guideReferenceSchema.safeParse(data);
      const actor = namedActorOf(context);
      return reference.success ? handler(actor, reference.data.guideId) : { card: await opening(actor) };
    });
  return { on, onStep, onGuide };
}
