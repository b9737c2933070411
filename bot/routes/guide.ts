import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderCard } from '../../cards/render-card.js';
import {
  faqCardData,
  guideReferenceSchema,
  guideSlotId,
  guideStartSchema,
  parseStepAction,
  preparationCardData,
  preparationDraft,
  resumeCardData,
  stepCardData,
  stoppedCardData,
  verslagCardData,
  type GuideActor,
  type GuideService,
  type GuideSession,
  type PreparationDefaults,
  type ResolvedGuide,
  type StepAction,
} from '../../src/guide/index.js';
import type { Logger } from '../../src/logging/logger.js';
import { identityOf } from '../actor.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import { isUserFacing } from '../turn-errors.js';
import type { AppTurnState } from '../turn-state.js';
import { slotsOf, type TurnUnderstanding } from '../understood-message.js';

export type GuideRouteOptions = {
  readonly guides: GuideService;
  readonly guide: ResolvedGuide;
  readonly logger: Logger;
  /** @default () => new Date() */
  readonly now?: () => Date;
  /** Id of a new guide, put in the preparation card so that a double submit starts one guide. @default randomUUID */
  readonly generateId?: () => string;
  readonly understood: TurnUnderstanding;
};

/** Card verbs that only show a guide; the others change it. */
const readVerbs = new Set(['guide-start', 'guide-resume']);

function actorOf(context: TurnContext): GuideActor {
  const identity = identityOf(context);
  const { aadObjectId } = context.activity.from ?? {};
  return { ...identity, name: identity.name ?? '', ...(aadObjectId ? { aadObjectId } : {}) };
}

/** Today in the Netherlands, as `YYYY-MM-DD` (the default date of the conversation). */
function localDate(now: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Amsterdam' }).format(now);
}

function valuesOf(session: GuideSession): PreparationDefaults {
  return {
    pupilName: session.pupilName,
    age: session.age,
    participants: session.participants,
    parentsInformed: session.parentsInformed,
    conversationDate: session.conversationDate,
    absenceOverview: session.absenceOverview,
    concern: session.concern,
    criteria: session.criteria,
  };
}

/**
 * The gespreksleidraad in Teams: the command "gespreksleidraad", `guide-start` from the "wat nu?" card,
 * and the verbs of the guide's cards. Each card action answers with the next card, which replaces the
 * pressed card in place (Action.Execute). Notes are pupil data: only ids and steps are logged.
 */
export function registerGuideRoutes(
  app: Application<AppTurnState>,
  { guides, guide, logger, now = () => new Date(), generateId = randomUUID, understood }: GuideRouteOptions,
): void {
  const preparationCard = (values: PreparationDefaults = {}, errors: readonly string[] = [], guideId = generateId()) =>
    renderCard('guide-preparation', preparationCardData(guide, { guideId, values, errors, today: localDate(now()) }));
  const stepCard = (session: GuideSession, status = '') =>
    renderCard('guide-step', stepCardData(guide, session, { status }));
  const resumeCard = (sessions: readonly GuideSession[], message: string, allowDiscard = false) =>
    renderCard('guide-resume', resumeCardData(guide, sessions, { message, allowDiscard }));

  /** The opening card: the open guides to resume, or the preparation when there are none. */
  async function openingCard(actor: GuideActor) {
    const open = await guides.listOpen(actor.userId);
    if (open.length === 0) return preparationCard();
    const message =
      open.length === 1
        ? 'Je hebt nog een open gespreksleidraad. Ga verder waar je was, of bereid een nieuw gesprek voor.'
        : `Je hebt ${open.length} open gespreksleidraden. Ga verder waar je was, of bereid een nieuw gesprek voor.`;
    return resumeCard(open, message);
  }

  /**
   * Runs a handler once the directory allows this user the guide (audited: open guides hold pupil notes);
   * errors meant for the user become a short text instead of a failed turn.
   */
  const handle =
    (verb: string, handler: (context: TurnContext, data: unknown) => Promise<CardActionResult>) =>
    async (context: TurnContext, _state: AppTurnState, data: unknown): Promise<CardActionResult> => {
      try {
        const reference = guideReferenceSchema.safeParse(data);
        await guides.assertCanStart(actorOf(context), {
          action: readVerbs.has(verb) ? 'guide-read' : 'guide-write',
          ...(reference.success ? { guideId: reference.data.guideId } : {}),
        });
        return await handler(context, data);
      } catch (error) {
        if (!isUserFacing(error)) throw error;
        logger.info({ event: 'guide-refuse', verb, errorName: error.name }, 'Guide action refused');
        return { text: error.toReply() };
      }
    };

  const withStep = (verb: string, handler: (actor: GuideActor, action: StepAction) => Promise<CardActionResult>) =>
    handle(verb, async (context, data) => {
      const parsed = parseStepAction(data, guide.definition);
      if (!parsed.success)
        return {
          text: 'Deze knop hoort bij een kaart die ik niet kan lezen. Typ "gespreksleidraad" om verder te gaan.',
        };
      return handler(actorOf(context), parsed.value);
    });

  /** A guide for a named pupil: the open one for that pupil to resume, or the preparation prefilled. */
  const startFor = async (
    actor: GuideActor,
    {
      pupilFirstName,
      age,
      concern,
    }: {
      readonly pupilFirstName?: string | undefined;
      readonly age?: number | undefined;
      readonly concern?: string | undefined;
    },
  ) => {
    if (pupilFirstName) {
      const open = (await guides.listOpen(actor.userId)).filter(
        (session) => session.id === guideSlotId(pupilFirstName),
      );
      if (open.length > 0)
        return resumeCard(
          open,
          `Je hebt al een open gespreksleidraad voor ${pupilFirstName}. Ga verder waar je was, of begin opnieuw.`,
          true,
        );
    }
    return preparationCard({
      ...(pupilFirstName ? { pupilName: pupilFirstName } : {}),
      ...(age !== undefined ? { age } : {}),
      ...(concern ? { concern } : {}),
    });
  };

  app.message(understood.opens('gespreksleidraad'), async (context) => {
    const actor = actorOf(context);
    try {
      await guides.assertCanStart(actor, { action: 'guide-read' });
    } catch (error) {
      if (!isUserFacing(error)) throw error;
      logger.info({ event: 'guide-refuse', verb: 'command', errorName: error.name }, 'Guide refused');
      await context.sendActivity(error.toReply());
      return;
    }
    // "help me met het gesprek met Bram": straight to Bram's guide; the bare command lists open guides first.
    const { pupilFirstName, age } = slotsOf(understood, context);
    await context.sendActivity(
      cardMessage(pupilFirstName ? await startFor(actor, { pupilFirstName, age }) : await openingCard(actor)),
    );
    logger.info({ event: 'guide-open' }, 'Guide opened');
  });

  onCardAction(
    app,
    'guide-start',
    handle('guide-start', async (context, data) => {
      const actor = actorOf(context);
      return {
        card: await startFor(actor, guideStartSchema.parse(typeof data === 'object' && data !== null ? data : {})),
      };
    }),
  );

  onCardAction(
    app,
    'guide-prepare',
    handle('guide-prepare', async (context, data) => {
      const reference = guideReferenceSchema.safeParse(data);
      if (!reference.success) return { card: preparationCard() };
      const result = await guides.prepare({ actor: actorOf(context), guideId: reference.data.guideId, input: data });
      switch (result.kind) {
        case 'invalid':
          return {
            card: preparationCard(preparationDraft(data, guide.definition), result.errors, reference.data.guideId),
          };
        case 'started':
          logger.info({ event: 'guide-start', guideId: result.session.guideId }, 'Guide started');
          return { card: stepCard(result.session) };
        case 'exists':
          return {
            card: resumeCard(
              [result.session],
              `Je hebt al een open gespreksleidraad voor ${result.session.pupilName}. Ga verder waar je was, of begin opnieuw.`,
              true,
            ),
          };
      }
    }),
  );

  const navigate = (verb: string, delta: number) =>
    onCardAction(
      app,
      verb,
      withStep(verb, async (actor, { guideId, input }) => {
        const session = await guides.move(actor.userId, guideId, input, input.step + delta);
        logger.info({ event: 'guide-step', guideId, step: session.step }, 'Guide step');
        return { card: stepCard(session) };
      }),
    );
  navigate('guide-next', 1);
  navigate('guide-back', -1);

  onCardAction(
    app,
    'guide-note',
    withStep('guide-note', async (actor, { guideId, input }) => {
      const session = await guides.save(actor.userId, guideId, input);
      logger.info({ event: 'guide-note-save', guideId, step: session.step }, 'Guide note saved');
      return { card: stepCard(session, 'Notitie opgeslagen.') };
    }),
  );

  onCardAction(
    app,
    'guide-faq',
    withStep('guide-faq', async (actor, { guideId, input }) => {
      const session = await guides.save(actor.userId, guideId, input);
      return { card: renderCard('guide-faq', faqCardData(guide, session)) };
    }),
  );

  onCardAction(
    app,
    'guide-stop',
    withStep('guide-stop', async (actor, { guideId, input }) => {
      const session = await guides.save(actor.userId, guideId, input);
      logger.info({ event: 'guide-stop', guideId, step: session.step }, 'Guide stopped');
      return { card: renderCard('guide-stopped', stoppedCardData(guide, session)) };
    }),
  );

  onCardAction(
    app,
    'guide-resume',
    handle('guide-resume', async (context, data) => {
      const reference = guideReferenceSchema.safeParse(data);
      if (!reference.success) return { card: await openingCard(actorOf(context)) };
      const session = await guides.get(actorOf(context).userId, reference.data.guideId);
      logger.info({ event: 'guide-resume', guideId: session.guideId, step: session.step }, 'Guide resumed');
      return { card: stepCard(session) };
    }),
  );

  onCardAction(
    app,
    'guide-discard',
    handle('guide-discard', async (context, data) => {
      const reference = guideReferenceSchema.safeParse(data);
      if (!reference.success) return { card: await openingCard(actorOf(context)) };
      const session = await guides.discard(actorOf(context).userId, reference.data.guideId);
      logger.info({ event: 'guide-discard', guideId: session.guideId }, 'Guide discarded');
      return { card: preparationCard({ ...valuesOf(session), conversationDate: localDate(now()) }) };
    }),
  );

  onCardAction(
    app,
    'guide-finish',
    withStep('guide-finish', async (actor, { guideId, input }) => {
      const { verslag, recordId } = await guides.finish({ actor, guideId, input });
      logger.info(
        { event: 'guide-finish', guideId, recordId, criteriaMet: verslag.criteriaMet.length },
        'Guide finished, verslag saved',
      );
      return { card: renderCard('guide-verslag', verslagCardData(guide, verslag)) };
    }),
  );
}
