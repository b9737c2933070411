import type { TurnContext } from 'botbuilder';
import type { RouteSelector } from '@microsoft/teams-ai';
import { Application } from './teams-ai.js';
import type { AppTurnState } from './turn-state.js';

type MessageKeyword = string | RegExp | RouteSelector;
type MessageHandler = (context: TurnContext, state: AppTurnState) => Promise<void>;

function matches(keyword: MessageKeyword, context: TurnContext): Promise<boolean> | boolean {
  // As teams-ai matches `app.message` keywords: a selector is asked, a RegExp tests the text, a string is a substring.
  if (typeof keyword === 'function') return keyword(context);
  const text = context.activity.text;
  if (!text) return false;
  return keyword instanceof RegExp
    ? keyword.test(text)
    : text.toLocaleLowerCase().includes(keyword.toLocaleLowerCase());
}

/**
 * teams-ai's Application that knows which message routes only read. Routes are registered with
 * `message` (may change stored data: claimed once across instances before it runs) or `readOnlyMessage`
 * (only answers: a protocol question, "wat nu?", help). See `bot/delivery.ts` for why that matters.
 */
export class BotApplication extends Application<AppTurnState> {
  private readonly messageRoutes: { readonly keyword: MessageKeyword; readonly readOnly: boolean }[] = [];

  override message(keyword: MessageKeyword | MessageKeyword[], handler: MessageHandler): this {
    for (const each of Array.isArray(keyword) ? keyword : [keyword])
      this.messageRoutes.push({ keyword: each, readOnly: false });
    return super.message(keyword, handler);
  }

  /**
   * A message route that changes nothing stored: answering its message twice sends the same answer twice,
   * nothing more.
   */
  readOnlyMessage(keyword: MessageKeyword, handler: MessageHandler): this {
    this.messageRoutes.push({ keyword, readOnly: true });
    return super.message(keyword, handler);
  }

  /**
   * Whether a message goes to a read-only route: the first message route that matches it, in the order
   * they were registered (as teams-ai picks), or none (the fallback, which only answers). Card presses
   * (a message with a `value`) never are: they file forms and move guides.
   */
  async isReadOnlyMessage(context: TurnContext): Promise<boolean> {
    if (context.activity.type !== 'message' || context.activity.value !== undefined) return false;
    for (const route of this.messageRoutes) if (await matches(route.keyword, context)) return route.readOnly;
    return true;
  }
}
