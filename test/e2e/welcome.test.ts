import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startChatBot, type ChatBot } from './helpers/chat-bot.js';
import type { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

describe('local chat page: welcome', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;

  useChatSession((session) => ({ bot, browser, chat } = session));

  it('should greet a new local user with the welcome card when the page opens', async () => {
    const card = chat.lastCard();
    await card.getByText('Welkom bij Verzuimwijzer').waitFor();
    await card.getByRole('button', { name: 'Aanmeldformulier' }).waitFor();
    await chat.screenshotOf(chat.activities.first(), 'welcome-on-open');
  });

  it('should answer "hallo" with the welcome card', async () => {
    const after = await chat.send('hallo');
    const reply = await chat.waitForBotReply({ after: after + 1, containing: 'Welkom bij Verzuimwijzer' });
    await reply.getByText('Wat je kunt vragen').waitFor();
    expect(
      await chat.page.locator('.webchat__adaptive-card-renderer').getByText('Welkom bij Verzuimwijzer').count(),
    ).toBe(2);
    await chat.screenshot('welcome-hallo');
  });

  it("should send a welcome card button as the user's own message, as Teams does with imBack", async () => {
    const before = await chat.activityCount();
    await chat.lastCard().getByRole('button', { name: 'Wat nu?' }).click();
    const userBubble = chat.activities.nth(before).locator('.webchat__bubble--from-user');
    await userBubble.getByText('wat nu?').waitFor();
    // "wat nu?" on its own opens the Situatie card.
    await chat.waitForBotReply({ after: before + 1, containing: 'Situatie' });
    await chat.screenshot('welcome-button-pressed');
  });

  it('should show the same conversation again after a reload', async () => {
    const before = await chat.session();
    const shown = await chat.activityCount();
    await chat.page.reload();
    await chat.waitForBotReply({ after: 0, containing: 'Welkom bij Verzuimwijzer' });
    await expect.poll(() => chat.activityCount(), { timeout: 10_000 }).toBe(shown);
    const after = await chat.session();
    expect(after).toEqual({
      userId: before.userId,
      conversationId: before.conversationId,
      resumed: true,
      cardActions: 'execute',
    });
    expect(chat.consoleErrors.filter((message) => !message.includes('favicon'))).toEqual([]);
    await chat.screenshot('welcome-after-reload');
  });

  it('should start a fresh conversation for the same user on "Nieuw gesprek"', async () => {
    const before = await chat.session();
    await Promise.all([
      chat.page.waitForEvent('load'),
      chat.page.getByRole('button', { name: 'Nieuw gesprek' }).click(),
    ]);
    await chat.waitForBotReply({ after: 0, containing: 'Welkom bij Verzuimwijzer' });
    const after = await chat.session();
    expect(after).toMatchObject({ userId: before.userId, resumed: false });
    expect(after.conversationId).not.toBe(before.conversationId);
    expect(await chat.activityCount()).toBe(1);
  });

  it('should say when the bot restarted, and start afresh on "Opnieuw verbinden"', async () => {
    const { port } = bot.server;
    await bot.close();
    bot = await startChatBot({ port });
    const notice = chat.page.locator('#notice');
    await notice.getByText('De verbinding met de bot is verbroken').waitFor({ timeout: 15_000 });
    await chat.screenshot('welcome-bot-restarted');
    const before = await chat.session();
    await Promise.all([
      chat.page.waitForEvent('load'),
      notice.getByRole('button', { name: 'Opnieuw verbinden' }).click(),
    ]);
    await chat.waitForBotReply({ after: 0, containing: 'Welkom bij Verzuimwijzer' });
    const after = await chat.session();
    expect(after.userId).toBe(before.userId);
    expect(after.conversationId).not.toBe(before.conversationId);
    expect(await notice.isHidden()).toBe(true);
  });
});
