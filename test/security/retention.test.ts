import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from '../helpers/loopback-channel.js';
import { personalConversationId, type TeamsUser } from '../helpers/teams-activity.js';
import { useTestBot, type TestBot } from '../helpers/test-bot.js';
import {
  auditEntries,
  dossierRecords,
  execute,
  install,
  users,
  validAanmeldformulier,
  type Conversation,
} from '../forms-support.js';
import { writeTenantRolesFile } from './security-support.js';

const day = 86_400;

/** Issue 17, attempt 4: nothing that holds pupil data is kept forever. */
describe('retention', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  useTestBot(
    () => ({
      env: {
        ROLES_FILE: writeTenantRolesFile(),
        OPEN_RECORD_RETENTION_DAYS: '30',
        FORM_RETENTION_DAYS: '400',
        AUDIT_RETENTION_DAYS: '1000',
      },
    }),
    (session) => ({ bot, channel } = session),
  );
  const chat = (from: TeamsUser): Conversation => ({
    serviceUrl: channel.serviceUrl,
    conversationId: personalConversationId(),
    from,
  });

  it(
    'should give an open record a TTL, refresh it on each change, and switch to the closed ' + 'period when it closes',
    async () => {
      await execute(
        bot,
        chat(users.mentor),
        'form-submit',
        validAanmeldformulier({ pupilName: 'Leerling Bewaartermijn' }),
      );
      const filed = (await dossierRecords(bot, 'school-a')).find((record) => record.title === 'Leerling Bewaartermijn');
      expect(filed).toMatchObject({ status: 'ingediend', ttl: 30 * day });
      expect(Date.parse(filed.retainUntil) - Date.parse(filed.updatedAt)).toBe(30 * day * 1000);

      const oco = chat(users.oco);
      await new Promise((resolve) => setTimeout(resolve, 1100));
      const view = await execute(bot, oco, 'form-view', { recordId: filed.id });
      const take = view.card.actions.find((action: any) => action.data?.to === 'in-behandeling');
      const taken = await execute(bot, oco, 'form-status', take.data);
      // The oco sees on the card when an untouched record lapses.
      expect(JSON.stringify(taken.card)).toContain('Elke wijziging verlengt die termijn');
      const open = (await dossierRecords(bot, 'school-a')).find((record) => record.id === filed.id);
      expect(open).toMatchObject({ status: 'in-behandeling', ttl: 30 * day });
      // Cosmos DB counts the ttl from the last write: the change started the period again.
      expect(open._ts).toBeGreaterThan(filed._ts);
      expect(Date.parse(open.retainUntil)).toBeGreaterThan(Date.parse(filed.retainUntil));

      const close = taken.card.actions.find((action: any) => action.data?.to === 'afgerond');
      await execute(bot, oco, 'form-status', close.data);
      expect((await dossierRecords(bot, 'school-a')).find((record) => record.id === filed.id)).toMatchObject({
        status: 'afgerond',
        ttl: 400 * day,
      });
    },
  );

  it('should give every audit line and every conversation reference a TTL', async () => {
    const oco = chat(users.oco);
    await install(bot, oco);
    await channel.waitForActivities(1, { conversationId: oco.conversationId });
    const entries = await auditEntries(bot, 'school-a');
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry.ttl).toBe(1000 * day);
    const { resources } = await bot.store.containers.directory.items
      .query('SELECT * FROM c WHERE c.docType = "conversationReference"')
      .fetchAll();
    expect(resources.length).toBeGreaterThan(0);
    for (const reference of resources) expect(reference.ttl).toBeGreaterThan(0);
  });

  it('should have TTL on for every container, with a default where documents carry none', async () => {
    const ttl = async (name: keyof typeof bot.store.containers) =>
      (await bot.store.containers[name].read()).resource?.defaultTtl;
    for (const name of ['dossier', 'audit', 'directory'] as const) expect(await ttl(name)).toBe(-1);
    for (const name of ['answers', 'activities', 'progress', 'feedback'] as const)
      expect(await ttl(name)).toBeGreaterThan(0);
  });
});
