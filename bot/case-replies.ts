import type { TurnContext } from 'botbuilder';
import { renderCard } from '../cards/render-card.js';
import type { AccessService } from '../src/access/access-service.js';
import type { Actor } from '../src/access/actor.js';
import {
  amsterdamDay,
  openActionsView,
  type CaseService,
  type OpenActionsFilter,
  type SchoolCalendars,
} from '../src/cases/index.js';
import type { Logger } from '../src/logging/logger.js';
import type { CardActionResult } from './card-actions.js';
import { identityOf } from './actor.js';
import { replyingToUserErrors } from './turn-errors.js';

export type CaseReplyOptions = {
  readonly access: AccessService;
  readonly cases: CaseService;
  readonly calendars: SchoolCalendars;
  readonly logger: Logger;
  readonly now: () => Date;
};

/** What the case routes answer with: a handler run as the turn's actor, and the open-actions card. */
export function caseReplies({ access, cases, calendars, logger, now }: CaseReplyOptions) {
  /** Runs a handler for the actor behind the turn; refusals and store failures become the user's reply. */
  const asActor = (context: TurnContext, handler: (actor: Actor) => Promise<CardActionResult>) =>
    replyingToUserErrors(async () => handler(await access.resolveActor(identityOf(context))), {
      logger,
      event: 'case-refuse',
      fields: { activityId: context.activity.id },
      storeFailures: true,
    });
  const overview = async (actor: Actor, scope: 'school' | 'mine', filter: OpenActionsFilter = {}, notice = '') => {
    const { actions, scope: shown } = await cases.listOpenActions({ actor, scope });
    const today = amsterdamDay(now());
    const noticeColor = notice ? ('Good' as const) : ('Default' as const);
    const view = openActionsView({ actor, actions, scope: shown, today, calendars, filter, notice, noticeColor });
    return { card: renderCard('open-actions', view) };
  };
  return { asActor, overview };
}
