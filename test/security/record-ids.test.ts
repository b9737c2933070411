import { describe, expect, it } from 'vitest';
import type { LoopbackChannel } from '../helpers/loopback-channel.js';
import { personalConversationId } from '../helpers/teams-activity.js';
import { useTestBot, type TestBot } from '../helpers/test-bot.js';
import { auditEntries, execute, users } from '../forms-support.js';
import { writeTenantRolesFile } from './security-support.js';

/** Issue 17, attempt 6: a malformed record id is refused and audited, not reported as a store outage. */
describe('malformed record ids', () => {
  let bot: TestBot;
  let channel: LoopbackChannel;
  useTestBot(
    () => ({ env: { ROLES_FILE: writeTenantRolesFile() } }),
    (session) => ({ bot, channel } = session),
  );

  it.each([
    ['form-view', { recordId: '../../dbs/verzuimwijzer/colls/dossier' }],
    ['form-view', { recordId: 'aanmeldformulier-<img src=x>' }],
    ['form-status', { recordId: "aanmeldformulier-'; DROP", to: 'afgerond', etag: '"x"' }],
  ])('should refuse %s with %j politely and audit it', async (verb, data) => {
    const before = (await auditEntries(bot, 'school-a')).filter((entry) => entry.reason === 'malformedId').length;
    const result = await execute(
      bot,
      { serviceUrl: channel.serviceUrl, conversationId: personalConversationId(), from: users.oco },
      verb,
      data,
    );
    const shown = JSON.stringify(result.body);
    expect(shown).toContain('niet (meer) vinden');
    expect(shown).not.toContain('opslag is even niet bereikbaar');
    const refused = (await auditEntries(bot, 'school-a')).filter((entry) => entry.reason === 'malformedId');
    expect(refused.length).toBe(before + 1);
    expect(refused.at(-1)).toMatchObject({ userId: users.oco.aadObjectId, outcome: 'refused' });
  });
});
