import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { ChatBot } from './helpers/chat-bot.js';
import type { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

describe('local chat page: protocol questions', () => {
  let bot: ChatBot;
  let browser: Browser;
  let chat: ChatPage;

  useChatSession((session) => ({ bot, browser, chat } = session));

  it('should answer a protocol question with the answer and its source ("Bron")', async () => {
    const answer = await chat.ask('vanaf hoeveel keer te laat een duo melding?', 'Vanaf 12 keer te laat');
    const text = await answer.innerText();
    expect(text).toMatch(/Bron( \[1\])?: Bossche protocol — .*Te laat komen/);
    await chat.screenshotOf(answer, 'protocolvraag-antwoord');
  });

  it('should open the full section behind the answer (Action.ShowCard)', async () => {
    const answer = await chat.waitForBotReply({ after: 0, containing: 'Vanaf 12 keer te laat' });
    const show = answer.getByRole('button', { name: /^Toon/ }).first();
    await show.click();
    await answer.getByText('8 t/m 11 keer te laat', { exact: false }).first().waitFor({ timeout: 10_000 });
    await chat.screenshotOf(answer, 'protocolvraag-sectie');
  });

  it("should store a 👎 on the answer, as Teams' feedback loop does", async () => {
    const answer = await chat.waitForBotReply({ after: 0, containing: 'Vanaf 12 keer te laat' });
    const buttons = answer.locator('.webchat__thumb-button');
    expect(await buttons.count()).toBe(2);
    await buttons.nth(1).click();
    await chat.screenshotOf(answer, 'protocolvraag-duim-omlaag');
    const stored = async () =>
      (await bot.store.containers.feedback.items.query('SELECT * FROM c').fetchAll()).resources;
    const deadline = Date.now() + 10_000;
    while ((await stored()).length === 0 && Date.now() < deadline) await chat.page.waitForTimeout(200);
    const [feedback] = await stored();
    expect(feedback).toMatchObject({ reaction: 'dislike', hasComment: false });
    expect(feedback.question).toContain('duo melding');
    expect(feedback.sectionIds.length).toBeGreaterThan(0);
  });

  it('should say honestly when the protocol has no answer', async () => {
    const answer = await chat.ask('wat is het wifi wachtwoord op school', 'Dat staat niet in het protocol.');
    expect(await answer.innerText()).toContain('ondersteuningscoördinator (oco)');
    await chat.screenshotOf(answer, 'protocolvraag-geen-antwoord');
    expect(chat.consoleErrors).toEqual([]);
  });
});
