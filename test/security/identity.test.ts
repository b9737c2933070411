import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from '../helpers/loopback-channel.js';
import {
  personalConversationId,
  teamsCardAction,
  teamsInstall,
  teamsMessage,
  type TeamsUser,
} from '../helpers/teams-activity.js';
import { useTestBot, type TestBot } from '../helpers/test-bot.js';
import { auditEntries, execute, install, users, validAanmeldformulier, type Conversation } from '../forms-support.js';
import { sleep, startAttackerRecorder, withoutTenant, writeTenantRolesFile } from './security-support.js';

/** Issue 17, attempts 1 (forged ids in production), 2 (redirected notifications) and 6 (no tenant, self-grant). */
describe('identity from Teams only', () => {
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

  const conversationReferenceCount = async () => {
    const { resources } = await bot.store.containers.directory.items
      .query('SELECT VALUE COUNT(1) FROM c WHERE c.docType = "conversationReference"')
      .fetchAll();
    return resources[0] as number;
  };

  it('should refuse pupil data to an activity without a tenant', async () => {
    const conversation = chat(users.oco);
    await execute(
      bot,
      chat(users.mentor),
      'form-submit',
      validAanmeldformulier({ pupilName: 'Leerling Zondertenant' }),
    );
    const response = await bot.post(
      withoutTenant(
        teamsCardAction({ ...conversation, verb: 'overzicht-filter', data: { verb: 'overzicht-filter', status: '' } }),
      ),
    );
    const shown = JSON.stringify(response.body);
    expect(shown).not.toContain('Leerling Zondertenant');
    expect(shown).toContain('bij welke organisatie je account hoort');
    const entries = await auditEntries(bot, 'school-a');
    expect(
      entries.some(
        (entry) => entry.action === 'actor-resolve' && entry.outcome === 'refused' && entry.reason === 'noTenant',
      ),
    ).toBe(true);
  });

  it(
    'should not keep a conversation reference from a forged install pointing elsewhere, so the next form goes ' +
      'to the real oco only',
    async () => {
      const attacker = await startAttackerRecorder();
      try {
        const real = chat(users.oco);
        await install(bot, real);
        await channel.waitForActivities(1, { conversationId: real.conversationId });
        // The forged install: the oco's object id, the right tenant, the attacker's service URL.
        await bot.post(
          teamsInstall({ serviceUrl: attacker.serviceUrl, conversationId: personalConversationId(), from: users.oco }),
        );
        // And one from another tenant, and one without a tenant, on the loopback channel.
        const otherTenant = teamsInstall({
          serviceUrl: channel.serviceUrl,
          conversationId: personalConversationId(),
          from: users.oco,
        });
        await bot.post({
          ...otherTenant,
          conversation: { ...otherTenant.conversation, tenantId: 'evil-tenant' },
          channelData: { tenant: { id: 'evil-tenant' } },
        });
        await bot.post(
          withoutTenant(
            teamsInstall({ serviceUrl: channel.serviceUrl, conversationId: personalConversationId(), from: users.oco }),
          ),
        );
        const before = channel.activities(real.conversationId).length;
        await execute(
          bot,
          chat(users.mentor),
          'form-submit',
          validAanmeldformulier({ pupilName: 'Leerling Omgeleid' }),
        );
        await channel.waitForActivities(before + 1, { conversationId: real.conversationId });
        await sleep(300);
        expect(attacker.bodies.join('\n')).not.toContain('Leerling Omgeleid');
        expect(JSON.stringify(channel.activities(real.conversationId))).toContain('Leerling Omgeleid');
      } finally {
        await attacker.close();
      }
    },
  );

  it('should keep no conversation reference for a user the directory does not know', async () => {
    const before = await conversationReferenceCount();
    await install(bot, chat(users.stranger));
    await sleep(200);
    expect(await conversationReferenceCount()).toBe(before);
  });

  it(
    'should refuse a school admin who gives themself the oco role, and one who hands out a ' + 'role they do not hold',
    async () => {
      const self = await execute(bot, chat(users.admin), 'role-set', {
        userId: users.admin.aadObjectId,
        roles: 'school-admin,oco',
      });
      expect(self.text).toContain('Je kunt jezelf geen rol geven');
      const other = await execute(bot, chat(users.admin), 'role-set', {
        userId: users.mentor2.aadObjectId,
        roles: 'mentor,oco',
      });
      expect(other.text).toContain('toegang tot dossiers van anderen');
      const overzicht = await execute(bot, chat(users.admin), 'overzicht-filter', { status: '' });
      expect(JSON.stringify(overzicht.body)).not.toContain('Leerling Omgeleid');
      const entries = await auditEntries(bot, 'school-a');
      expect(
        entries
          .filter((entry) => entry.action === 'role-change' && entry.outcome === 'refused')
          .map((entry) => entry.reason),
      ).toEqual(expect.arrayContaining(['selfGrant', 'grantAboveOwn']));
    },
  );
});

describe('forged identities with credentials set', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  useTestBot(
    () => ({
      env: {
        MicrosoftAppId: '00000000-0000-4000-8000-000000000017',
        MicrosoftAppPassword: 'not-a-real-secret',
        ROLES_FILE: writeTenantRolesFile(),
      },
    }),
    (session) => ({ bot, channel } = session),
  );

  it("should answer 401 to another school's oco id posted without a token, and never reach the bot", async () => {
    const response = await bot.post(
      teamsMessage({
        serviceUrl: channel.serviceUrl,
        conversationId: personalConversationId(),
        from: users.otherOco,
        text: 'overzicht',
      }),
    );
    expect(response.status).toBe(401);
    expect(response.body ?? '').toBe('');
    await sleep(200);
    expect(channel.requests).toHaveLength(0);
  });
});
