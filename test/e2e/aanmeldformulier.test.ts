import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import { launchChromium } from './helpers/browser.js';
import { startChatBot, type ChatBot } from './helpers/chat-bot.js';
import { ChatPage } from './helpers/chat-page.js';

/** A date `years` ago, as an `<input type="date">` takes it. */
function yearsAgo(years: number): string {
  const date = new Date();
  date.setFullYear(date.getFullYear() - years);
  return date.toISOString().slice(0, 10);
}

describe('local chat page: aanmeldformulier', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;
  let card: Locator;

  beforeAll(async () => {
    bot = await startChatBot();
    browser = await launchChromium();
    chat = await ChatPage.open(browser, bot.url);
  });
  afterAll(async () => {
    await chat?.close();
    await browser?.close();
    await bot?.close();
  });

  it('should open the form and keep it open while required fields are empty', async () => {
    card = await chat.ask('aanmeldformulier', 'Naam leerling');
    await card.getByRole('button', { name: 'Indienen' }).click();
    // Adaptive Cards checks isRequired in the page: nothing is sent, the fields say what is missing.
    await card.getByText('Naam leerling').first().waitFor();
    await chat.page.waitForTimeout(1000);
    expect(await card.innerText()).not.toContain('Opgeslagen en ingediend.');
    await chat.screenshotOf(card, 'aanmeldformulier-leeg-ingediend');
  });

  it('should file a filled-in form, show the summary in place and store the record in Cosmos DB', async () => {
    await card.getByRole('checkbox', { name: 'Dit formulier is met de ouders besproken' }).check();
    await card.getByLabel('Naam leerling').fill('Sanne de Boer');
    await card.getByLabel('Geboortedatum leerling').fill(yearsAgo(14));
    await card.getByLabel('Telefoonnummer ouder(s)').fill('06 12345678');
    await card.getByLabel('E-mailadres ouder(s)').fill('ouders.deboer@example.nl');
    await card.getByLabel('Naam school / groep (klas)').fill('Demoschool / 2B');
    await card.getByLabel('Naam leerkracht / IB-er / mentor').fill('Mentor De Vries');
    await card.getByRole('checkbox', { name: 'Meer dan 4 dagen ziek gemeld verspreid over de afgelopen maand.' }).check();
    await card.getByLabel('Verzuimoverzicht (data en aantal uren/dagen)').fill('Sept: 3 dagen ziek, okt: 2 keer 1 dag ziek.');
    await card.getByLabel('1. Zijn er eerdere ziekmeldingen geweest en is hier een patroon in te ontdekken?').fill('Vooral op maandag.');
    await card.getByLabel('2. Wat is volgens ouders de reden van de ziekmelding(en)?').fill('Buikpijn.');
    await card.getByLabel('3. Is de leerling onder controle van de huisarts/specialist?').selectOption({ label: 'Nee' });
    await card.getByLabel('4. Is er sprake van probleemgedrag en/of zijn er zorgen over de thuissituatie?').fill('Geen probleemgedrag bekend.');
    await card.getByLabel('5. Is het wijkteam betrokken bij de leerling/het gezin?').selectOption({ label: 'Nee' });
    await card.getByLabel('6. Zijn er andere vormen van verzuim (spijbelen, te laat komen)?').selectOption({ label: 'Nee' });
    await card.getByLabel('7. Welke acties zijn er door school ondernomen (graag met datum)?').fill('12-10 gesprek met ouders en leerling.');
    await card.getByRole('radio', { name: 'De ouders' }).check();
    await card.getByRole('checkbox', { name: 'Er is toestemming om deze gegevens te delen' }).check();
    await chat.screenshotOf(card, 'aanmeldformulier-ingevuld');

    const count = await chat.activityCount();
    await card.getByRole('button', { name: 'Indienen' }).click();
    await card.getByText('Opgeslagen en ingediend.').waitFor({ timeout: 20_000 });
    expect(await chat.activityCount()).toBe(count);
    expect(await card.innerText()).toContain('Sanne de Boer');
    expect(await card.getByLabel('Naam leerling').count()).toBe(0);
    // The labels "2. Wat is …" are Markdown lists starting at 2: the page keeps their numbers.
    const numbered = card.locator('ol', { hasText: 'Wat is volgens ouders de reden' });
    expect(await numbered.getAttribute('start')).toBe('2');
    await chat.screenshotOf(card, 'aanmeldformulier-ingediend');

    const { userId } = await chat.session();
    const { resources } = await bot.store.containers.dossier.items
      .query({ query: 'SELECT * FROM c WHERE c.recordType = @type', parameters: [{ name: '@type', value: 'aanmeldformulier' }] }, { partitionKey: 'demo' })
      .fetchAll();
    expect(resources).toHaveLength(1);
    expect(resources[0]).toMatchObject({ schoolId: 'demo', status: 'ingediend', createdBy: { userId } });
    expect(JSON.stringify(resources[0])).toContain('Sanne de Boer');
    expect(chat.consoleErrors).toEqual([]);
  });
});
