import { describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import type { ChatBot } from './helpers/chat-bot.js';
import type { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

/** The gespreksleidraad from the preparation to the gespreksverslag, every card replaced in place. */
describe('local chat page: gespreksleidraad', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;
  let card: Locator;

  useChatSession((session) => ({ bot, browser, chat } = session));

  it('should prepare the conversation and start at step 1', async () => {
    card = await chat.ask('gespreksleidraad', 'voorbereiding');
    await card.getByLabel('Voornaam of initialen').fill('Sanne');
    await card.getByLabel('Leeftijd').fill('14');
    const texts = card.locator('textarea');
    await texts.nth(0).fill('Vijf ziekmeldingen in oktober, steeds op maandag');
    await texts.nth(1).fill('Vaak ziek op maandag');
    await chat.screenshotOf(card, 'gespreksleidraad-voorbereiding');
    const count = await chat.activityCount();
    await card.getByRole('button', { name: 'Start het gesprek' }).click();
    await card.getByText('Stap 1 van 8').waitFor({ timeout: 20_000 });
    expect(await chat.activityCount()).toBe(count);
    expect(await card.innerText()).toContain('Verzuimgesprek: Sanne');
    await chat.screenshotOf(card, 'gespreksleidraad-stap-1');
  });

  it('should walk every step with Volgende, keeping a note', async () => {
    await card.getByLabel('Notitie bij deze stap').fill('Sanne schrok ervan');
    for (let step = 2; step <= 8; step += 1) {
      await card.getByRole('button', { name: 'Volgende' }).click();
      await card.getByText(`Stap ${step} van 8`).waitFor({ timeout: 20_000 });
    }
    expect(await card.innerText()).toContain('Afspraken maken');
    await chat.screenshotOf(card, 'gespreksleidraad-stap-8');
  });

  it('should finish with the gespreksverslag, saved in the dossier in Cosmos DB', async () => {
    await card.getByLabel('Afspraak').first().fill('Moeder belt voor 8 uur de conciërge');
    await card.getByLabel('Wie').first().fill('Ouders');
    await card
      .getByRole('checkbox', { name: 'Meer dan 4 dagen ziek gemeld verspreid over de afgelopen maand.' })
      .check();
    await card.getByRole('button', { name: 'Afronden' }).click();
    await card.getByText('Gespreksverslag', { exact: true }).waitFor({ timeout: 20_000 });
    const text = await card.innerText();
    expect(text).toContain('Sanne schrok ervan');
    expect(text).toContain('Moeder belt voor 8 uur de conciërge');
    expect(text).toContain('Meer dan 4 dagen ziek gemeld verspreid over de afgelopen maand.');
    await card.getByRole('button', { name: 'Aanmeldformulier invullen' }).waitFor();
    await chat.screenshotOf(card, 'gespreksleidraad-verslag');

    const { userId } = await chat.session();
    const { resources } = await bot.store.containers.dossier.items
      .query({
        query: 'SELECT * FROM c WHERE c.recordType = @type',
        parameters: [{ name: '@type', value: 'gespreksverslag' }],
      })
      .fetchAll();
    const mine = resources.filter((record) => record.createdBy?.userId === userId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      schoolId: 'demo',
      content: { pupilName: 'Sanne', concern: 'Vaak ziek op maandag' },
    });
    expect(JSON.stringify(mine[0].content.agreements)).toContain('Moeder belt voor 8 uur de conciërge');
    expect(chat.consoleErrors).toEqual([]);
  });
});
