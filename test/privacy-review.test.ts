import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSilentLogger } from '../src/logging/logger.js';
import { createCosmosOnboardingProgressStore } from '../src/onboarding/progress-store.js';
import { connectCosmos } from '../src/storage/cosmos-connection.js';
import { containerDefinitions } from '../src/storage/containers.js';
import { startLoopbackChannel, type LoopbackChannel } from './helpers/loopback-channel.js';
import { personalConversationId, teamsMessage, type TeamsUser } from './helpers/teams-activity.js';
import { startTestBot, type TestBot } from './helpers/test-bot.js';
import { auditEntries, execute, findInput, users, writeRolesFile, type Conversation } from './forms-support.js';

/**
 * Privacy review: open gespreksleidraden hold pupil notes, so every use is checked against the directory and audited.
 */
/** A bot and a loopback channel for one describe block, started before its tests and closed after. */
function botPerSuite(env: () => Record<string, string> = () => ({})) {
  const running = {} as { bot: TestBot; channel: LoopbackChannel };
  beforeAll(async () => {
    running.channel = await startLoopbackChannel();
    running.bot = await startTestBot({ env: env() });
  });
  afterAll(async () => {
    await running.bot.close();
    await running.channel.close();
  });
  return running;
}

describe('open gespreksleidraad: role and school checked on every card action, and audited', () => {
  const running = botPerSuite(() => ({ ROLES_FILE: writeRolesFile() }));
  const chat = (from: TeamsUser): Conversation => ({
    serviceUrl: running.channel.serviceUrl,
    conversationId: personalConversationId(),
    from,
  });
  const guideId = '55555555-aaaa-4aaa-8aaa-000000000001';
  const pupilName = 'Vertrouwelijke Leerling';

  const guideDocument = async () => {
    const { resources } = await running.bot.store.containers.progress.items
      .query(
        {
          query: 'SELECT * FROM c WHERE c.userId = @userId AND c.guideId = @guideId',
          parameters: [
            { name: '@userId', value: users.mentor2.aadObjectId },
            { name: '@guideId', value: guideId },
          ],
        },
        { partitionKey: users.mentor2.aadObjectId },
      )
      .fetchAll();
    return resources[0];
  };

  it(
    'should audit reads and writes of a guide, and refuse its notes to a mentor whose ' + 'role was taken away',
    async () => {
      const mentor = chat(users.mentor2);
      const prepared = await execute(running.bot, mentor, 'guide-prepare', {
        guideId,
        pupilName,
        age: '14',
        participants: 'leerling-en-ouders',
        conversationDate: '2026-11-27',
        absenceOverview: '',
        concern: '',
        criteria: '',
      });
      expect(JSON.stringify(prepared.card)).toContain(pupilName);
      await execute(running.bot, mentor, 'guide-note', { guideId, step: 1, note: 'Thuis gaat het slecht' });
      const resumed = await execute(running.bot, mentor, 'guide-resume', { guideId });
      expect(JSON.stringify(resumed.card)).toContain('Thuis gaat het slecht');

      const guideLines = (await auditEntries(running.bot, 'school-a')).filter(
        (entry) => entry.userId === users.mentor2.aadObjectId && entry.guideId === guideId,
      );
      expect(guideLines.map((entry) => `${entry.action}:${entry.outcome}`)).toEqual(
        expect.arrayContaining(['guide-write:allowed', 'guide-read:allowed']),
      );
      expect(JSON.stringify(guideLines)).not.toContain(pupilName);

      // The school admin takes the mentor role away.
      const changed = await execute(running.bot, chat(users.admin), 'role-set', {
        userId: users.mentor2.aadObjectId,
        roles: '',
      });
      expect(JSON.stringify(changed.card)).toContain('geen rol');

      const refusedRead = await execute(running.bot, mentor, 'guide-resume', { guideId });
      expect(refusedRead.text).toContain('rollenlijst');
      expect(JSON.stringify(refusedRead.body)).not.toContain('Thuis gaat het slecht');
      const refusedWrite = await execute(running.bot, mentor, 'guide-note', { guideId, step: 1, note: 'Overschreven' });
      expect(refusedWrite.text).toContain('rollenlijst');
      const kept = JSON.stringify(await guideDocument());
      expect(kept).toContain('Thuis gaat het slecht');
      expect(kept).not.toContain('Overschreven');
      const refusals = (await auditEntries(running.bot, '_unknown')).filter(
        (entry) => entry.userId === users.mentor2.aadObjectId && entry.outcome === 'refused',
      );
      expect(refusals.length).toBeGreaterThanOrEqual(2);
    },
  );

  it('should refuse and audit a guide card action of staff whose role may not save a verslag', async () => {
    const refused = await execute(running.bot, chat(users.coach), 'guide-resume', { guideId });
    expect(refused.text).toContain('met jouw rol');
    const lines = (await auditEntries(running.bot, 'school-a')).filter(
      (entry) => entry.userId === users.coach.aadObjectId && entry.action === 'guide-read',
    );
    expect(lines).toEqual([expect.objectContaining({ outcome: 'refused', reason: 'notAllowed', guideId })]);
  });
});

describe('forms: refused before any pupil data is typed', () => {
  const running = botPerSuite(() => ({ ROLES_FILE: writeRolesFile() }));

  it('should not open an empty aanmeldformulier for a role that may not file it, and audit the refusal', async () => {
    const conversation = {
      serviceUrl: running.channel.serviceUrl,
      conversationId: personalConversationId(),
      from: users.coach,
    };
    const refused = await execute(running.bot, conversation, 'form-open', { formType: 'aanmeldformulier' });
    expect(refused.card).toBeUndefined();
    expect(refused.text).toContain('met jouw rol');
    const lines = (await auditEntries(running.bot, 'school-a')).filter(
      (entry) => entry.userId === users.coach.aadObjectId,
    );
    expect(lines).toEqual([
      expect.objectContaining({
        action: 'record-create',
        outcome: 'refused',
        reason: 'notAllowed',
        recordType: 'aanmeldformulier',
      }),
    ]);
    const allowed = await execute(running.bot, { ...conversation, from: users.mentor }, 'form-open', {
      formType: 'aanmeldformulier',
    });
    expect(findInput(allowed.card, 'pupilName')).toBeDefined();
  });
});

describe('retention of per-user progress', () => {
  it(
    'should switch TTL on for the progress container, so the ttl of a guide applies, and let ' +
      'remembered answers expire',
    () => {
      // -1: TTL on, only documents with their own `ttl` expire (guides); onboarding documents carry none.
      // On, with a year for documents without their own ttl (onboarding progress); a guide's own ttl still applies.
      expect(containerDefinitions.progress.defaultTtl).toBe(365 * 86_400);
      expect(containerDefinitions.answers.defaultTtl).toBe(30 * 86_400);
    },
  );

  it('should keep onboarding progress and completions (no pupil data) without a ttl', async () => {
    const connection = await connectCosmos({
      cosmos: { database: 'privacy-review-onboarding' },
      logger: createSilentLogger(),
    });
    try {
      const store = createCosmosOnboardingProgressStore(connection.containers.progress);
      await store.saveCompletion({
        userId: 'user-onboarding',
        role: 'mentor',
        userName: 'Mentor',
        schoolId: 'school-a',
        completedAt: '2026-11-27T10:00:00Z',
      });
      const { resources } = await connection.containers.progress.items
        .query(
          {
            query: 'SELECT * FROM c WHERE c.userId = @userId',
            parameters: [{ name: '@userId', value: 'user-onboarding' }],
          },
          { partitionKey: 'user-onboarding' },
        )
        .fetchAll();
      expect(resources).toHaveLength(1);
      expect(resources[0]).not.toHaveProperty('ttl');
    } finally {
      await connection.close();
    }
  });
});

describe('tenant check where Teams names the tenant only in channelData', () => {
  const running = botPerSuite(() => ({ ROLES_FILE: tenantRolesFile() }));
  const oco: TeamsUser = { id: '29:1-oco-tenant', aadObjectId: 'aad-oco-tenant-0001', name: 'Oco Tenant' };
  function tenantRolesFile(): string {
    const path = join(mkdtempSync(join(tmpdir(), 'tenant-roles-')), 'roles.yaml');
    writeFileSync(
      path,
      [
        'schools:',
        '  - id: tenant-school',
        '    name: Tenantcollege',
        '    tenantId: tenant-of-the-school',
        '    members:',
        `      - { userId: ${oco.aadObjectId}, name: ${oco.name}, roles: [oco] }`,
        '',
      ].join('\n'),
    );
    return path;
  }

  it("should refuse the school's onboarding overzicht to an account of another tenant, and audit it", async () => {
    const conversationId = personalConversationId();
    const activity = teamsMessage({
      serviceUrl: running.channel.serviceUrl,
      conversationId,
      text: 'onboarding overzicht',
      from: oco,
    });
    const { tenantId: _tenant, ...conversation } = activity.conversation;
    await running.bot.post({ ...activity, conversation, channelData: { tenant: { id: 'another-tenant' } } });
    const [reply] = await running.channel.waitForActivities(1, { conversationId });
    expect(JSON.stringify(reply)).toContain('Ik weet niet bij welke school je hoort');
    expect(
      (await auditEntries(running.bot, 'tenant-school')).filter((entry) => entry.reason === 'wrongTenant'),
    ).toHaveLength(1);
  });
});

describe('"wat nu?" card with input it cannot read', () => {
  const running = botPerSuite();

  it('should say what is wrong in Dutch and give back the card with everything that was typed', async () => {
    const conversation = {
      serviceUrl: running.channel.serviceUrl,
      conversationId: personalConversationId(),
      from: users.mentor,
    };
    const { card } = await execute(running.bot, conversation, 'situation-submit', {
      pupilFirstName: 'Sem',
      age: 'veertien',
      lateCount: '12',
      truancyHours: '3',
      preventiveTalkHeld: 'true',
    });
    expect(JSON.stringify(card)).toContain('Sommige velden kon ik niet lezen');
    expect(findInput(card, 'pupilFirstName').value).toBe('Sem');
    expect(findInput(card, 'age').value).toBe('veertien');
    // Number fields are text inputs: what was typed goes back as typed.
    expect(findInput(card, 'lateCount').value).toBe('12');
    expect(findInput(card, 'truancyHours').value).toBe('3');
    expect(findInput(card, 'preventiveTalkHeld').value).toBe('true');
  });
});
