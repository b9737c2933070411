import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { Template } from 'adaptivecards-templating';
import { renderCard, withSubmitFallbacks, type AdaptiveCardJson } from '../../cards/render-card.js';
import type { FormActions, FormReply } from '../../src/forms/form-actions.js';
import type { FormCatalog } from '../../src/forms/form-catalog.js';
import { identityOf } from '../actor.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import type { AppTurnState } from '../turn-state.js';
import { slotsOf, type TurnUnderstanding } from '../understood-message.js';

export type FormRoutesOptions = {
  /** The forms' use cases (`createFormActions`). */
  readonly actions: FormActions;
  /** The forms whose commands and names open them. */
  readonly catalog: FormCatalog;
  readonly understood: TurnUnderstanding;
};

/** Prepared templates of forms that bring their own (not a name in `cards/`). */
const prepared = new WeakMap<object, Template>();

/** Binds a reply's view to its template: a card in `cards/` by name, or a form's own template. */
function render(card: string | object, view: object): AdaptiveCardJson {
  if (typeof card === 'string') return renderCard(card, view);
  let template = prepared.get(card);
  if (!template) prepared.set(card, (template = new Template(card)));
  return withSubmitFallbacks(template.expand({ $root: view })) as AdaptiveCardJson;
}

/** A card press's answer: the card in place of the pressed one, or the text; `below`: the card as a new message. */
async function answer(context: TurnContext, reply: Promise<FormReply>): Promise<CardActionResult> {
  const result = await reply;
  if ('text' in result) return { text: result.text };
  const card = render(result.card, result.view);
  if (!result.below) return { card };
  await context.sendActivity(cardMessage(card));
  return { text: result.below };
}

/** A typed message's answer: the card or the text as a new message. */
async function send(context: TurnContext, reply: Promise<FormReply>): Promise<void> {
  const result = await reply;
  await context.sendActivity('text' in result ? result.text : cardMessage(render(result.card, result.view)));
}

const requestOf = (context: TurnContext) => ({ identity: identityOf(context), activityId: context.activity.id });

/**
 * Every form of the catalog (opened by its command, its names or the understanding's intent; filed,
 * viewed and moved along its statuses by card verbs) and the overzicht. The use cases are in
 * `src/forms/form-actions.ts`; this file only carries activities to them and their views back as cards.
 */
export function registerFormRoutes(
  app: Application<AppTurnState>,
  { actions, catalog, understood }: FormRoutesOptions,
) {
  for (const definition of catalog.definitions) {
    const { intent } = definition.names;
    // The understanding's intent when it knows the form; the command or an exact name typed alone otherwise.
    const opens = async (context: TurnContext) =>
      (intent !== undefined && (await understood.opens(intent)(context))) ||
      catalog.byText(context.activity.text ?? '') === definition;
    app.message(opens, (context) =>
      send(
        context,
        actions.openFromMessage({
          ...requestOf(context),
          formType: definition.formType,
          slots: slotsOf(understood, context),
        }),
      ),
    );
  }
  app.message(understood.opens('overzicht'), (context) => send(context, actions.overzicht(requestOf(context))));

  onCardAction(app, 'form-open', (context, _state, data) =>
    answer(context, actions.openFromCard({ ...requestOf(context), data })),
  );
  onCardAction(app, 'form-submit', (context, _state, data) =>
    answer(context, actions.submit({ ...requestOf(context), data })),
  );
  onCardAction(app, 'form-view', (context, _state, data) =>
    answer(context, actions.view({ ...requestOf(context), data })),
  );
  onCardAction(app, 'form-status', (context, _state, data) =>
    answer(context, actions.changeStatus({ ...requestOf(context), data })),
  );
  for (const verb of ['overzicht-open', 'overzicht-filter'])
    onCardAction(app, verb, (context, _state, data) =>
      answer(context, actions.overzicht({ ...requestOf(context), data })),
    );
}
