import type { TurnContext } from 'botbuilder';
import { renderCard } from '../../cards/render-card.js';
import { cardMessage } from '../card-actions.js';
import { commands } from '../commands.js';
import type { ActivityLedger } from '../../src/storage/activity-ledger.js';
import type { BotApplication } from '../bot-application.js';
import type { TurnUnderstanding } from '../understood-message.js';

export type WelcomeOptions = {
  /** Shown in the card when data lives in the embedded store and is lost at stop. */
  readonly embeddedStore: boolean;
};

export type WelcomeRouteOptions = WelcomeOptions & {
  /** Where "this conversation was greeted" is kept, so that it is greeted once, by whichever instance. */
  readonly ledger: ActivityLedger;
  readonly understood: TurnUnderstanding;
};

/** The welcome is claimed in the ledger like an activity, under this id, and kept this long. */
const welcomeActivityId = 'welcome';
const welcomeRetainSeconds = 180 * 86_400;

export function renderWelcomeCard({ embeddedStore }: WelcomeOptions) {
  return renderCard('welcome', {
    commands: commands.map(({ command, description }) => ({ command, description })),
    // Teams shows at most six actions on a card: the first six commands but help.
    buttons: commands
      .filter(({ command }) => command !== 'help')
      .slice(0, 6)
      .map(({ command, title }) => ({ command, title })),
    storageNotice: embeddedStore
      ? 'Let op: deze installatie draait lokaal zonder database. Wat je opslaat, verdwijnt als de bot stopt.'
      : '',
  });
}

async function sendWelcome(context: TurnContext, options: WelcomeOptions): Promise<void> {
  await context.sendActivity(cardMessage(renderWelcomeCard(options)));
}

/** The welcome card on install and when a message asks for help ("help", "wat kan ik je vragen?"). */
export function registerWelcomeRoutes(app: BotApplication, options: WelcomeRouteOptions): void {
  const { ledger, understood } = options;
  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient?.id;
    const humansAdded = (context.activity.membersAdded ?? []).filter((member) => member.id !== botId);
    const botAdded = (context.activity.membersAdded ?? []).some((member) => member.id === botId);
    // Personal chat: the user is added; team or group chat: the bot is added. Greet once per conversation.
    if (humansAdded.length === 0 && !botAdded) return;
    const welcome = { conversationId: context.activity.conversation.id, activityId: welcomeActivityId };
    if (!(await ledger.claim(welcome, { retainSeconds: welcomeRetainSeconds }))) return;
    try {
      await sendWelcome(context, options);
    } catch (error) {
      // Not greeted after all: a later event may try again.
      await ledger.release(welcome).catch(() => undefined);
      throw error;
    }
  });
  // Read-only: the help works without the store; noting that the conversation was greeted is best effort.
  app.readOnlyMessage(understood.opens('help'), async (context) => {
    await sendWelcome(context, options);
    // Asked for and shown: an install event that arrives later need not greet again.
    await ledger
      .claim(
        { conversationId: context.activity.conversation.id, activityId: welcomeActivityId },
        { retainSeconds: welcomeRetainSeconds },
      )
      .catch(() => undefined);
  });
}
