import { describe, expect, it } from 'vitest';
import type { Browser, Locator } from 'playwright-core';
import type { ChatBot } from './helpers/chat-bot.js';
import { fillAanmeldformulier } from './helpers/aanmeldformulier.js';
import { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

describe('local chat page: aanmeldformulier', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;
  let card: Locator;

  useChatSession((session) => ({ bot, browser, chat } = session));

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
    await fillAanmeldformulier(card, { pupilName: 'Sanne de Boer' });
    await chat.screenshotOf(card, 'aanmeldformulier-ingevuld');

    const count = await chat.activityCount();
    await card.getByRole('button', { name: 'Indienen' }).click();
    await card.getByText('Opgeslagen en ingediend.').last().waitFor({ timeout: 20_000 });
    expect(await chat.activityCount()).toBe(count);
    expect(await card.innerText()).toContain('Sanne de Boer');
    expect(await card.getByLabel('Naam leerling').count()).toBe(0);
    // The labels "2. Wat is …" are Markdown lists starting at 2: the page keeps their numbers.
    const numbered = card.locator('ol', { hasText: 'Wat is volgens ouders de reden' });
    expect(await numbered.getAttribute('start')).toBe('2');
    await chat.screenshotOf(card, 'aanmeldformulier-ingediend');

    const { userId } = await chat.session();
    const { resources } = await bot.store.containers.dossier.items
      .query(
        {
          query: 'SELECT * FROM c WHERE c.recordType = @type',
          parameters: [{ name: '@type', value: 'aanmeldformulier' }],
        },
        { partitionKey: 'demo' },
      )
      .fetchAll();
    const mine = resources.filter((record) => record.createdBy?.userId === userId);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ schoolId: 'demo', status: 'ingediend', createdBy: { userId } });
    expect(JSON.stringify(mine[0])).toContain('Sanne de Boer');
    expect(chat.consoleErrors).toEqual([]);
  });

  it('should list the filed form in the overzicht of the zorgcoördinator (every role in the demo school)', async () => {
    const overzicht = await chat.ask('overzicht', 'Sanne de Boer');
    expect(await overzicht.innerText()).toContain('Ingediend');
    await chat.screenshotOf(overzicht, 'aanmeldformulier-overzicht');
  });

  it(
    'should file the form through the Action.Submit fallback too, updating the card in ' + 'place (updateActivity)',
    async () => {
      // A second local user whose page behaves like a Teams client without Action.Execute.
      const older = await ChatPage.open(browser, bot.url, '?kaartacties=submit');
      try {
        expect((await older.session()).cardActions).toBe('submit');
        const form = await older.ask('aanmeldformulier', 'Naam leerling');
        await fillAanmeldformulier(form, { pupilName: 'Daan Jansen' });
        const count = await older.activityCount();
        await form.getByRole('button', { name: 'Indienen' }).click();
        await form.getByText('Opgeslagen en ingediend.').last().waitFor({ timeout: 20_000 });
        expect(await older.activityCount()).toBe(count);
        await older.screenshotOf(form, 'aanmeldformulier-submit-fallback');

        const { userId } = await older.session();
        const { resources } = await bot.store.containers.dossier.items
          .query(
            {
              query: 'SELECT * FROM c WHERE c.recordType = @type',
              parameters: [{ name: '@type', value: 'aanmeldformulier' }],
            },
            { partitionKey: 'demo' },
          )
          .fetchAll();
        const mine = resources.filter((record) => record.createdBy?.userId === userId);
        expect(mine).toHaveLength(1);
        expect(JSON.stringify(mine[0])).toContain('Daan Jansen');
        expect(older.consoleErrors).toEqual([]);
      } finally {
        await older.close();
      }
    },
  );
});
