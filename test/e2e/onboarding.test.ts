import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ChatBot } from './helpers/chat-bot.js';
import type { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

/**
 * Onboarding's cards use `Action.Execute`: the press goes to the bot as Teams sends it (an
 * `adaptiveCard/action` invoke, with the card's inputs), and the card from the invoke response replaces
 * the pressed card in place.
 */
describe('local chat page: onboarding (Action.Execute)', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;

  useChatSession((session) => ({ bot, browser, chat } = session));

  it('should replace the pressed card in place with the first step', async () => {
    const startCard = await chat.ask('onboarding', 'Kies de cursus voor jouw rol');
    const count = await chat.activityCount();
    await startCard.getByRole('button', { name: 'Start: mentor' }).click();
    await startCard.getByText('stap 1 van 9').waitFor({ timeout: 20_000 });
    expect(await chat.activityCount()).toBe(count);
    expect(await startCard.getByText('Kies de cursus voor jouw rol').count()).toBe(0);
    await chat.screenshotOf(startCard, 'onboarding-step-1');
  });

  it('should send the chosen answers with the press and show the verdict', async () => {
    const card = chat.lastCard();
    await card.getByRole('radio', { name: 'Vijf' }).check();
    await card.getByRole('radio', { name: 'Het vergroten van de aanwezigheid' }).check();
    await card.getByRole('button', { name: 'Controleer antwoord' }).click();
    await card.getByText('Jouw antwoord: Vijf').waitFor({ timeout: 20_000 });
    await card.getByText('Jouw antwoord: Het vergroten van de aanwezigheid').waitFor();
    expect(await card.getByText('Goed!', { exact: true }).count()).toBe(2);
    await chat.screenshotOf(card, 'onboarding-answer-checked');
    expect(chat.consoleErrors).toEqual([]);
  });
});
