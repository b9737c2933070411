import type { TeamsAdapter } from '@microsoft/teams-ai';
import { describe, expect, it } from 'vitest';
import { validAanmeldformulier } from '../test/forms-support.js';
import type { Actor } from '../src/access/actor.js';
import { MemoryRoleDirectory } from '../src/access/role-directory.js';
import { MemoryAuditTrail, type AuditTrail } from '../src/dossier/audit-trail.js';
import { createDossierService } from '../src/dossier/dossier-service.js';
import { createFormService } from '../src/forms/form-service.js';
import { createSilentLogger } from '../src/logging/logger.js';
import { StoreError } from '../src/storage/store-errors.js';
import { createFormNotifier, type ConversationReferences } from './notifications.js';

const mentor: Actor = {
  userId: 'aad-mentor',
  name: 'Mentor',
  schoolId: 'school-a',
  schoolName: 'Testcollege A',
  roles: ['mentor'],
  demo: false,
};

async function setUp(audit: AuditTrail) {
  const directory = new MemoryRoleDirectory();
  await directory.putSchool({ schoolId: 'school-a', name: 'Testcollege A' });
  for (const [userId, roles] of [
    ['aad-mentor', ['mentor']],
    ['aad-oco', ['oco']],
  ] as const) {
    await directory.putMember({
      schoolId: 'school-a',
      userId,
      name: userId,
      roles,
      updatedAt: '2026-11-27T10:00:00Z',
      updatedBy: 'test',
    });
  }
  const forms = createFormService({ dossier: createDossierService() });
  const outcome = await forms.submitForm({
    actor: mentor,
    formType: 'aanmeldformulier',
    data: validAanmeldformulier(),
  });
  if (outcome.kind !== 'filed') throw new Error(`form not filed: ${outcome.kind}`);
  const sent: string[] = [];
  const adapter = {
    continueConversationAsync: async (
      _appId: string,
      _reference: unknown,
      logic: (context: { sendActivity: (activity: unknown) => Promise<void> }) => Promise<void>,
    ) => {
      await logic({ sendActivity: async (activity) => void sent.push(JSON.stringify(activity)) });
    },
  } as unknown as TeamsAdapter;
  const references: ConversationReferences = {
    save: async () => {},
    find: async () => ({
      serviceUrl: 'http://127.0.0.1:1/',
      conversation: { id: 'conversation-oco', isGroup: false, conversationType: 'personal', name: '' },
    }),
  };
  // No waiting between retries, where the notifier retries (an option being added alongside this test).
  const noDelay = { retry: { retries: 1, minTimeout: 1, maxTimeout: 1 } } as object;
  const notify = createFormNotifier({
    adapter,
    botAppId: 'app',
    references,
    directory,
    forms,
    audit,
    logger: createSilentLogger(),
    ...noDelay,
  });
  return { notify, record: outcome.record, sent };
}

describe('createFormNotifier', () => {
  it("should audit the oco's read before the message with the form goes out", async () => {
    const audit = new MemoryAuditTrail();
    const { notify, record, sent } = await setUp(audit);
    expect(await notify({ filer: mentor, record })).toBe(1);
    expect(sent).toHaveLength(1);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        userId: 'aad-oco',
        action: 'record-read',
        reason: 'notification',
        recordId: record.id,
      }),
    ]);
  });

  it('should send nothing when the audit line cannot be written', async () => {
    const audit: AuditTrail = {
      append: async () => {
        throw new StoreError('unavailable', true);
      },
      list: async () => [],
    };
    const { notify, record, sent } = await setUp(audit);
    expect(await notify({ filer: mentor, record })).toBe(0);
    expect(sent).toEqual([]);
  });
});
