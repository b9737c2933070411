import { z } from 'zod';
import { renderCard } from '../../cards/render-card.js';
import type { Logger } from '../../src/logging/logger.js';
import { situationSchema, type AdviceResult, type RulesEngine } from '../../src/rules/index.js';
import { situationAdviceView, situationCardView, unreadSituationCardView } from '../../src/rules/situation-view.js';
import { cardMessage, onCardAction } from '../card-actions.js';
import type { BotApplication } from '../bot-application.js';
import type { Assistant } from '../../src/assistant/respond.js';
import { situationCardDataSchema, situationFromCard } from '../situation-card-input.js';
import type { TurnUnderstanding } from '../understood-message.js';

export type SituationRouteOptions = {
  readonly logger: Logger;
  /** The assistant: the same advice as `npm run ask` gives, for the understanding made once this turn. */
  readonly assistant: Pick<Assistant, 'reply'>;
  readonly understood: TurnUnderstanding;
  /** The school's region's rules, for the Situatie card (the chat goes through the assistant, which has them too). */
  readonly rules: Pick<RulesEngine, 'adviseSituation'>;
};

const unreadQuestion =
  'Sommige velden kon ik niet lezen. Vul getallen in als cijfers (bijvoorbeeld 9 of 1,5); ' +
  'de rest van wat je invulde staat er nog.';

function replyCard(result: AdviceResult) {
  return result.kind === 'advice'
    ? renderCard('situation-advice', situationAdviceView(result))
    : renderCard('situation', situationCardView(result.situation, result.question));
}

function logAdvice(logger: Logger, source: 'message' | 'card', result: AdviceResult): void {
  // Step ids and missing field names only: never the text, the name or the numbers.
  logger.info(
    {
      event: 'situation-advise',
      source,
      kind: result.kind,
      steps: result.kind === 'advice' ? result.steps.map((step) => step.id) : [],
      missing: result.kind === 'needs-info' ? result.missingFields : [],
    },
    'Situation advised',
  );
}

/**
 * "Wat nu?": the plain command opens the "Situatie" card; a message describing a pupil's situation gets
 * the protocol's next steps; the card's submit (`situation-submit`) and "Situatie aanpassen" (`situation-edit`).
 */
export function registerSituationRoutes(
  app: BotApplication,
  { logger, assistant, understood, rules }: SituationRouteOptions,
): void {
  app.readOnlyMessage(understood.opens('wat-nu'), async (context) => {
    await context.sendActivity(cardMessage(renderCard('situation', situationCardView(undefined))));
  });
  app.readOnlyMessage(understood.is('situation'), async (context) => {
    const understanding = understood.of(context);
    if (understanding?.kind !== 'situation') return;
    const reply = await assistant.reply(context.activity.text, understanding);
    if (reply.kind !== 'rule') throw new Error(`A situation was answered as ${reply.kind}`);
    logAdvice(logger, 'message', reply.advice);
    await context.sendActivity(cardMessage(replyCard(reply.advice)));
  });
  onCardAction(app, 'situation-submit', async (_context, _state, data) => {
    const parsed = situationCardDataSchema.safeParse(data);
    if (!parsed.success) return { card: renderCard('situation', unreadSituationCardView(data, unreadQuestion)) };
    const result = rules.adviseSituation(situationFromCard(parsed.data));
    logAdvice(logger, 'card', result);
    return { card: replyCard(result) };
  });
  onCardAction(app, 'situation-edit', async (_context, _state, data) => {
    const parsed = z.object({ situation: situationSchema }).safeParse(data);
    return { card: renderCard('situation', situationCardView(parsed.success ? parsed.data.situation : undefined)) };
  });
}
