import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from '../helpers/loopback-channel.js';
import { personalConversationId, type TeamsUser } from '../helpers/teams-activity.js';
import { useTestBot, type TestBot } from '../helpers/test-bot.js';
import {
  dossierRecords,
  errorBeside,
  execute,
  install,
  users,
  validAanmeldformulier,
  type Conversation,
} from '../forms-support.js';
import { writeTenantRolesFile } from './security-support.js';

/** Markdown that would render as a link or an image where it is not escaped. */
const liveMarkdown = /(?<!\\)!?(?<!\\)\[[^\]]*(?<!\\)\]\(/;

/** Every text a card shows (TextBlock text, FactSet titles and values). */
function shownTexts(card: unknown): string[] {
  const texts: string[] = [];
  const walk = (node: any) => {
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'TextBlock' && typeof node.text === 'string') texts.push(node.text);
    if (node.type === 'FactSet')
      for (const fact of node.facts ?? []) texts.push(String(fact.title), String(fact.value));
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return texts;
}

/** Issue 17, attempts 3 (markup injection, bidi overrides, lone surrogates) and 6 (`__proto__`). */
describe('text is data', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  useTestBot(
    () => ({ env: { ROLES_FILE: writeTenantRolesFile() } }),
    (session) => ({ bot, channel } = session),
  );
  const chat = (from: TeamsUser): Conversation => ({
    serviceUrl: channel.serviceUrl,
    conversationId: personalConversationId(),
    from,
  });

  it(
    "should show a pupil name and an answer written as Markdown as typed, in the oco's notification, the " +
      'summary and the overzicht',
    async () => {
      const oco = chat(users.oco);
      await install(bot, oco);
      await channel.waitForActivities(1, { conversationId: oco.conversationId });
      const link = '[Klik hier voor het dossier](https://evil.example/dossier)';
      const pixel = '![x](https://evil.example/pixel.png)';
      const filed = await execute(
        bot,
        chat(users.mentor),
        'form-submit',
        validAanmeldformulier({ pupilName: link, q1Pattern: pixel }),
      );
      expect(JSON.stringify(filed.card)).toContain('Opgeslagen en ingediend.');
      const notification = (await channel.waitForActivities(2, { conversationId: oco.conversationId }))[1]!;
      const overzicht = await execute(bot, oco, 'overzicht-filter', { status: '' });
      for (const card of [filed.card, notification.attachments[0].content, overzicht.card]) {
        const texts = shownTexts(card);
        expect(texts.some((text) => text.includes('Klik hier voor het dossier'))).toBe(true);
        for (const text of texts) expect(text).not.toMatch(liveMarkdown);
      }
      // Stored as typed: escaping is for display only.
      expect((await dossierRecords(bot, 'school-a')).some((record) => record.title === link)).toBe(true);
    },
  );

  it("should show a colleague's name typed by the school admin as text in the roles card", async () => {
    const changed = await execute(bot, chat(users.admin), 'role-set', {
      userId: 'aad-new-colleague-0001',
      name: '[Klik hier](https://evil.example/rollen)',
      roles: 'mentor',
    });
    const texts = shownTexts(changed.card);
    expect(texts.some((text) => text.includes('Klik hier'))).toBe(true);
    for (const text of texts) expect(text).not.toMatch(liveMarkdown);
  });

  it.each([
    ['a right-to-left override', 'Sanne\u202Egnilreel'],
    ['a bidi isolate', 'Sanne\u2066de Boer\u2069'],
    ['a control character', 'Sanne\u0007de Boer'],
    ['a lone surrogate', 'Sanne \uD800de Boer'],
  ])('should refuse a pupil name with %s, in Dutch, and store nothing', async (_label, pupilName) => {
    const before = (await dossierRecords(bot, 'school-a')).length;
    const result = await execute(bot, chat(users.mentor), 'form-submit', validAanmeldformulier({ pupilName }));
    expect(errorBeside(result.card, 'pupilName')).toContain('onzichtbare tekens of stuurtekens');
    expect((await dossierRecords(bot, 'school-a')).length).toBe(before);
  });

  it('should give __proto__ and constructor keys the Dutch unknown-field error, and store nothing', async () => {
    const before = (await dossierRecords(bot, 'school-a')).length;
    const data = JSON.parse(
      JSON.stringify(validAanmeldformulier()).replace(/^\{/, '{"__proto__":{"status":"afgerond"},"constructor":"x",'),
    ) as Record<string, unknown>;
    expect(Object.hasOwn(data, '__proto__')).toBe(true);
    const result = await execute(bot, chat(users.mentor), 'form-submit', data);
    const shown = JSON.stringify(result.card);
    expect(shown).toContain('velden die ik niet ken');
    expect(shown).toContain('__proto__');
    const english = /\bExpected [a-z]|\bRequired\b|Invalid input|Unrecognized key/.exec(shown);
    expect(english ? shown.slice(english.index - 80, english.index + 40) : '').toBe('');
    expect((await dossierRecords(bot, 'school-a')).length).toBe(before);
  });
});
