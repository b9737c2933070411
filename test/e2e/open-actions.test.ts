import { describe, expect, it } from 'vitest';
import type { ChatPage } from './helpers/chat-page.js';
import { useChatSession } from './helpers/chat-session.js';

describe('local chat page: from "wat nu?" to a closed action', () => {
  let chat: ChatPage;

  useChatSession((session) => ({ chat } = session));

  it(
    "should put the advice's steps on the case with their dates, show them under their step, and " +
      'close one with "Gedaan"',
    async () => {
      const advice = await chat.ask('Sanne is in 2 maanden 3 keer een dag ziek gemeld', 'Wat nu? Sanne');
      await advice.getByRole('button', { name: 'Zet deze stappen klaar' }).click();
      // The card is replaced in place by the actions of the case, each with its date and how it was counted.
      await advice.getByText('Klaargezet:', { exact: false }).waitFor({ timeout: 20_000 });
      const planned = await advice.innerText();
      expect(planned).toContain('Aanmelden bij de jeugdarts');
      expect(planned).toContain('Contact houden tijdens het verzuim');
      expect(planned).toContain('gerekend met weekdagen');
      await chat.screenshotOf(advice, 'open-actions-klaargezet');

      const overview = await chat.ask('openstaande acties', 'Openstaande acties');
      const text = await overview.innerText();
      expect(text).toMatch(/Preventief \(school\) \(1\)[\s\S]*Jeugdarts \(1\)/);
      await chat.screenshotOf(overview, 'open-actions-overzicht');

      await overview.getByRole('button', { name: 'Gedaan' }).first().click();
      await overview.getByText('Afgevinkt:', { exact: false }).waitFor({ timeout: 20_000 });
      expect(await overview.innerText()).toContain('1 actie open');
      await chat.screenshotOf(overview, 'open-actions-gedaan');
      expect(chat.consoleErrors).toEqual([]);
    },
  );
});
