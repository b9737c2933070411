import type { Application } from '@microsoft/teams-ai';
import {
  guideOpening,
  guideOpeningFor,
  guideReferenceSchema,
  guideStartSchema,
  preparationDefaultsOf,
  preparationDraft,
  pupilGuideOpen,
  type GuideActor,
  type GuidePupil,
  type GuideService,
  type ResolvedGuide,
} from '../../src/guide/index.js';
import type { Logger } from '../../src/logging/logger.js';
import { namedActorOf } from '../actor.js';
import { cardMessage } from '../card-actions.js';
import { guideCardActions } from '../guide-actions.js';
import { createGuideCards, type GuideCardOptions } from '../guide-cards.js';
import { replyingToUserErrors } from '../turn-errors.js';
import type { AppTurnState } from '../turn-state.js';
import { slotsOf, type TurnUnderstanding } from '../understood-message.js';

export type GuideRouteOptions = Omit<GuideCardOptions, 'guide'> & {
  readonly guides: GuideService;
  readonly guide: ResolvedGuide;
  readonly logger: Logger;
  readonly understood: TurnUnderstanding;
};

/**
 * The gespreksleidraad in Teams: the command "gespreksleidraad", `guide-start` from the "wat nu?" card,
 * and the verbs of the guide's cards. Each card action answers with the next card, which replaces the
 * pressed card in place (Action.Execute). Notes are pupil data: only ids and steps are logged.
 */
export function registerGuideRoutes(app: Application<AppTurnState>, options: GuideRouteOptions): void {
  const { guides, guide, logger, understood } = options;
  const cards = createGuideCards(options);
  const opening = async (actor: GuideActor, pupil?: GuidePupil) =>
    cards.opening(
      pupil?.pupilFirstName
        ? guideOpeningFor(await guides.listOpen(actor.userId), pupil)
        : pupil
          ? guideOpeningFor([], pupil)
          : guideOpening(await guides.listOpen(actor.userId)),
    );
  const { on, onStep, onGuide } = guideCardActions(app, { guides, guide, logger, opening });

  app.message(understood.opens('gespreksleidraad'), async (context) => {
    const actor = namedActorOf(context);
    // "help me met het gesprek met Bram": straight to Bram's guide; the bare command lists open guides first.
    const { pupilFirstName, age } = slotsOf(understood, context);
    const reply = await replyingToUserErrors(
      async () => {
        await guides.assertCanStart(actor, { action: 'guide-read' });
        return { card: await opening(actor, pupilFirstName ? { pupilFirstName, age } : undefined) };
      },
      { logger, event: 'guide-refuse', fields: { verb: 'command' } },
    );
    await context.sendActivity('card' in reply ? cardMessage(reply.card) : reply.text);
    if ('card' in reply) logger.info({ event: 'guide-open' }, 'Guide opened');
  });

  on('guide-start', async (context, data) => ({
    card: await opening(
      namedActorOf(context),
      guideStartSchema.parse(typeof data === 'object' && data !== null ? data : {}),
    ),
  }));
  on('guide-prepare', async (context, data) => {
    const reference = guideReferenceSchema.safeParse(data);
    if (!reference.success) return { card: cards.preparation() };
    const { guideId } = reference.data;
    const result = await guides.prepare({ actor: namedActorOf(context), guideId, input: data });
    if (result.kind === 'invalid')
      return { card: cards.preparation(preparationDraft(data, guide.definition), result.errors, guideId) };
    if (result.kind === 'exists') return { card: cards.opening(pupilGuideOpen(result.session)) };
    logger.info({ event: 'guide-start', guideId: result.session.guideId }, 'Guide started');
    return { card: cards.step(result.session) };
  });
  for (const [verb, delta] of [
    ['guide-next', 1],
    ['guide-back', -1],
  ] as const)
    onStep(verb, async (actor, { guideId, input }) => {
      const session = await guides.move(actor.userId, guideId, input, input.step + delta);
      logger.info({ event: 'guide-step', guideId, step: session.step }, 'Guide step');
      return { card: cards.step(session) };
    });
  onStep('guide-note', async (actor, { guideId, input }) => {
    const session = await guides.save(actor.userId, guideId, input);
    logger.info({ event: 'guide-note-save', guideId, step: session.step }, 'Guide note saved');
    return { card: cards.step(session, 'Notitie opgeslagen.') };
  });
  onStep('guide-faq', async (actor, { guideId, input }) => ({
    card: cards.faq(await guides.save(actor.userId, guideId, input)),
  }));
  onStep('guide-stop', async (actor, { guideId, input }) => {
    const session = await guides.save(actor.userId, guideId, input);
    logger.info({ event: 'guide-stop', guideId, step: session.step }, 'Guide stopped');
    return { card: cards.stopped(session) };
  });
  onGuide('guide-resume', async (actor, guideId) => {
    const session = await guides.get(actor.userId, guideId);
    logger.info({ event: 'guide-resume', guideId: session.guideId, step: session.step }, 'Guide resumed');
    return { card: cards.step(session) };
  });
  onGuide('guide-discard', async (actor, guideId) => {
    const session = await guides.discard(actor.userId, guideId);
    logger.info({ event: 'guide-discard', guideId: session.guideId }, 'Guide discarded');
    return { card: cards.preparation({ ...preparationDefaultsOf(session), conversationDate: cards.today() }) };
  });
  onStep('guide-finish', async (actor, { guideId, input }) => {
    const { verslag, recordId } = await guides.finish({ actor, guideId, input });
    const criteriaMet = verslag.criteriaMet.length;
    logger.info({ event: 'guide-finish', guideId, recordId, criteriaMet }, 'Guide finished, verslag saved');
    return { card: cards.verslag(verslag) };
  });
}
