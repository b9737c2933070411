import { TurnContext, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { personalConversationId, teamsCardSubmit, teamsMessage } from './helpers/teams-activity.js';
import { useTestBot, type TestBot } from './helpers/test-bot.js';

/**
 * Which messages are claimed in the activity ledger before they run (they may change stored data) and
 * which only answer (see bot/delivery.ts): decided by the route teams-ai will pick.
 */
describe('read-only and claimed messages', () => {
  let bot: TestBot;
  useTestBot(
    () => ({}),
    (session) => ({ bot } = session),
  );

  const readOnly = (activity: object) =>
    bot.bot.app.isReadOnlyMessage(new TurnContext(bot.bot.adapter, activity as Partial<Activity>));
  const message = (text: string) =>
    teamsMessage({ serviceUrl: 'http://127.0.0.1:1/', conversationId: personalConversationId(), text });

  it('should let questions, situations, "wat nu?", help and unrouted messages answer without a claim', async () => {
    for (const text of [
      'Wat is een thuiszitter?',
      'Sanne is 9 keer te laat gekomen, wat nu?',
      'wat nu?',
      'hallo',
      'help',
      'aanmeldformulier invullen voor Sanne?',
    ]) {
      expect(await readOnly(message(text)), text).toBe(true);
    }
  });

  it('should claim commands that read or change stored data, and every card press', async () => {
    for (const text of [
      'aanmeldformulier',
      'verzuimcoach',
      'overzicht',
      'rollen',
      'gespreksleidraad',
      'onboarding',
      'onboarding overzicht',
    ]) {
      expect(await readOnly(message(text)), text).toBe(false);
    }
    const press = teamsCardSubmit({
      serviceUrl: 'http://127.0.0.1:1/',
      conversationId: personalConversationId(),
      data: { verb: 'situation-submit' },
    });
    expect(await readOnly(press)).toBe(false);
  });
});
