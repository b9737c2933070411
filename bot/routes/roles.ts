import type { TurnContext } from 'botbuilder';
import type { Application } from '@microsoft/teams-ai';
import { renderCard } from '../../cards/render-card.js';
import type { RoleActions, RoleReply } from '../../src/access/role-actions.js';
import { identityOf } from '../actor.js';
import { cardMessage, onCardAction, type CardActionResult } from '../card-actions.js';
import type { AppTurnState } from '../turn-state.js';
import type { TurnUnderstanding } from '../understood-message.js';

export type RoleRoutesOptions = {
  /** Role management's use cases (`createRoleActions`). */
  readonly actions: RoleActions;
  readonly understood: TurnUnderstanding;
};

const toResult = (reply: RoleReply): CardActionResult =>
  'text' in reply ? { text: reply.text } : { card: renderCard(reply.card, reply.view) };

const requestOf = (context: TurnContext) => ({ identity: identityOf(context), activityId: context.activity.id });

/** A school admin's role management: "rollen" shows the school's members, `role-set` changes a colleague's roles. */
export function registerRoleRoutes(app: Application<AppTurnState>, { actions, understood }: RoleRoutesOptions): void {
  app.message(understood.opens('rollen'), async (context) => {
    const result = toResult(await actions.show(requestOf(context)));
    await context.sendActivity('card' in result ? cardMessage(result.card) : result.text);
  });
  onCardAction(app, 'role-set', async (context, _state, data) =>
    toResult(await actions.set({ ...requestOf(context), data })),
  );
}
