import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ChatBot } from './helpers/chat-bot.js';
import type { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

describe('local chat page: wat nu?', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;

  useChatSession((session) => ({ bot, browser, chat } = session));

  it(
    'should answer 9 keer te laat with the preventief gesprek met leerplicht as the ' + 'first step, with sources',
    async () => {
      const card = await chat.ask('Sanne is 9 keer te laat gekomen, wat nu?', 'Wat nu? Sanne');
      // Web Chat renders the step titles ("1. …") as a Markdown ordered list: read the first list item.
      const firstStep = card.locator('.ac-container .ac-textBlock li').first();
      // Bossche protocol, Bijlage 1: 8 t/m 11 keer te laat → preventief gesprek met leerplicht.
      expect(await firstStep.innerText()).toBe('Preventief gesprek met leerplicht');
      expect(await card.locator('ol').first().getAttribute('start')).toBeNull();
      const text = await card.innerText();
      expect(text).toContain('8 t/m 11 keer te laat');
      expect(text).toMatch(/Bron: .*Bijlage 1, Te laat komen/);
      await card.getByRole('button', { name: 'Situatie aanpassen' }).waitFor();
      await chat.screenshotOf(card, 'wat-nu-9-keer-te-laat');
    },
  );

  it('should open the Situatie card in place to change the facts (Action.Execute)', async () => {
    const card = await chat.waitForBotReply({ after: 0, containing: 'Wat nu? Sanne' });
    const count = await chat.activityCount();
    await card.getByRole('button', { name: 'Situatie aanpassen' }).click();
    await card.locator('input').first().waitFor({ timeout: 20_000 });
    expect(await chat.activityCount()).toBe(count);
    expect(await card.innerText()).not.toContain('1. Preventief gesprek met leerplicht');
    await chat.screenshotOf(card, 'wat-nu-situatie-aanpassen');
    expect(chat.consoleErrors).toEqual([]);
  });

  it('should start the gespreksleidraad from the advice, prepared for Sanne', async () => {
    const advice = await chat.ask('Sanne is 9 keer te laat gekomen, wat nu?', 'Wat nu? Sanne');
    await advice.getByRole('button', { name: 'Gespreksleidraad starten' }).click();
    await advice.getByText('voorbereiding', { exact: false }).first().waitFor({ timeout: 20_000 });
    expect(await advice.getByLabel('Voornaam of initialen').inputValue()).toBe('Sanne');
    expect(await advice.getByLabel('Reden van zorg').inputValue()).toContain('Te laat: 9 keer');
    await chat.screenshotOf(advice, 'wat-nu-naar-gespreksleidraad');
  });

  it(
    'should send the Situatie card half-filled: only a first name and one count, the ' + 'other numbers left empty',
    async () => {
      const card = await chat.ask('wat nu?', 'Situatie');
      const count = await chat.activityCount();
      await card.getByLabel('Voornaam leerling (optioneel)').fill('Lotte');
      await card.getByLabel('Aantal keer te laat').fill('9');
      await card.getByRole('button', { name: 'Wat nu?' }).click();
      // The card is replaced in place by the advice: empty fields were read as unknown, not as 0 or invalid.
      await card.getByText('Wat nu? Lotte').waitFor({ timeout: 20_000 });
      expect(await chat.activityCount()).toBe(count);
      const text = await card.innerText();
      expect(text).toContain('Preventief gesprek met leerplicht');
      expect(text).not.toContain('thuiszitter');
      await chat.screenshotOf(card, 'wat-nu-situatie-half-ingevuld');
      expect(chat.consoleErrors).toEqual([]);
    },
  );
});
