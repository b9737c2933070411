import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { yearsAgo } from './helpers/aanmeldformulier.js';
import type { ChatBot } from './helpers/chat-bot.js';
import type { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

describe('local chat page: verwijzing naar de verzuimcoach', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;

  useChatSession((session) => ({ bot, browser, chat } = session));

  it('should file a referral and store it in Cosmos DB', async () => {
    const card = await chat.ask('verzuimcoach', 'Soort verwijzing');
    await card.getByLabel('Naam leerling').fill('Daan Jansen');
    await card.getByLabel('Geboortedatum leerling').fill(yearsAgo(15));
    await card.getByLabel('Niveau').selectOption({ label: 'Havo' });
    await card.getByLabel('Leerjaar').selectOption({ label: '3' });
    await card.getByLabel('Verzuim sinds').fill(new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10));
    await card.getByLabel('Hoeveel verzuim (bijv. 3 van de 5 dagen, of percentage lessen)').fill('3 van de 5 dagen');
    await card.getByRole('radio', { name: 'Preventief: de leerling gaat nog (deels) naar school' }).check();
    await card.getByLabel('Wat heeft school gedaan (met data)?').fill('12-10 verzuimgesprek met ouders.');
    await card.getByLabel("Welke hulpverlening is betrokken? (schrijf 'geen' als er geen is)").fill('geen');
    await card.getByRole('radio', { name: 'De ouders' }).check();
    await card.getByRole('checkbox', { name: 'Er is toestemming om deze gegevens te delen' }).check();
    await card.getByLabel('Naam contactpersoon').fill('Mentor De Vries');
    await card.getByLabel('Telefoonnummer').fill('06 12345678');
    await card.getByLabel('E-mailadres').fill('mentor@example.nl');
    await chat.screenshotOf(card, 'verzuimcoach-ingevuld');

    const count = await chat.activityCount();
    await card.getByRole('button', { name: 'Indienen' }).click();
    await card.getByText('Opgeslagen en ingediend.').last().waitFor({ timeout: 20_000 });
    expect(await chat.activityCount()).toBe(count);
    await chat.screenshotOf(card, 'verzuimcoach-ingediend');

    const { userId } = await chat.session();
    const { resources } = await bot.store.containers.dossier.items
      .query(
        { query: 'SELECT * FROM c WHERE c.recordType = @type', parameters: [{ name: '@type', value: 'verzuimcoach' }] },
        { partitionKey: 'demo' },
      )
      .fetchAll();
    expect(resources.filter((record) => record.createdBy?.userId === userId)).toHaveLength(1);
    expect(chat.consoleErrors).toEqual([]);
  });
});
