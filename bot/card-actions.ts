import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import type { AdaptiveCardJson } from '../cards/render-card.js';
import type { AppTurnState } from './turn-state.js';

/** What a card action answers: a card that replaces the pressed card, or a short text. */
export type CardActionResult = { readonly card: AdaptiveCardJson } | { readonly text: string };

export type CardActionHandler = (context: TurnContext, state: AppTurnState, data: unknown) => Promise<CardActionResult>;

/** An Adaptive Card as a message activity. */
export function cardMessage(card: AdaptiveCardJson) {
  return MessageFactory.attachment(CardFactory.adaptiveCard(card));
}

/**
 * Registers one handler for a card verb, for both ways a card action arrives:
 * - `Action.Execute` (Teams): an `adaptiveCard/action` invoke; the returned card replaces the card in place.
 * - `Action.Submit` (older clients, Web Chat): a message with `value.verb`; the pressed card is updated
 *   in place when the channel allows it, otherwise the result is sent as a new message.
 *
 * `data` is whatever the client sent: handlers parse it with zod before trusting it.
 * @example onCardAction(app, 'form-submit', async (context, state, data) => ({ card: renderSummary(data) }));
 */
export function onCardAction(app: Application<AppTurnState>, verb: string, handler: CardActionHandler): void {
  app.adaptiveCards.actionExecute(verb, async (context, state, data) => {
    const result = await handler(context, state, data);
    return 'card' in result ? (result.card as { type: 'AdaptiveCard' }) : result.text;
  });
  app.adaptiveCards.actionSubmit(verb, async (context, state, data) => {
    const result = await handler(context, state, data);
    if ('text' in result) {
      await context.sendActivity(result.text);
      return;
    }
    const replyToId = context.activity.replyToId;
    if (replyToId) {
      try {
        await context.updateActivity({ ...cardMessage(result.card), id: replyToId });
        return;
      } catch {
        // The channel cannot update messages: send the result as a new one.
      }
    }
    await context.sendActivity(cardMessage(result.card));
  });
}
