import type { TeamsAdapter } from '@microsoft/teams-ai';
import { describe, expect, it } from 'vitest';
import { createFormNotifier, type ConversationReferences } from '../bot/notifications.js';
import type { Actor } from '../src/access/actor.js';
import { MemoryRoleDirectory } from '../src/access/role-directory.js';
import { createDossierService, MemoryAuditTrail, MemoryDossierStore } from '../src/dossier/index.js';
import { createFormService } from '../src/forms/form-service.js';
import { createSilentLogger } from '../src/logging/logger.js';
import { StoreError } from '../src/storage/store-errors.js';

const mentor: Actor = {
  userId: 'mentor-1',
  name: 'Mentor',
  schoolId: 'school-a',
  schoolName: 'School A',
  roles: ['mentor'],
  demo: false,
};

/** A notifier whose store (conversation references) and channel fail `failures` times before working. */
async function setup({ referenceFailures = 0, sendFailures = 0, retries = 4 }) {
  const directory = new MemoryRoleDirectory();
  const updatedAt = new Date().toISOString();
  await directory.putSchool({ schoolId: 'school-a', name: 'School A' });
  await directory.putMember({
    schoolId: 'school-a',
    userId: mentor.userId,
    name: mentor.name,
    roles: ['mentor'],
    updatedAt,
    updatedBy: 'test',
  });
  await directory.putMember({
    schoolId: 'school-a',
    userId: 'oco-1',
    name: 'Oco',
    roles: ['oco'],
    updatedAt,
    updatedBy: 'test',
  });
  const audit = new MemoryAuditTrail();
  const dossier = createDossierService({ store: new MemoryDossierStore(), audit });
  const forms = createFormService({ dossier });
  const { record } = await dossier.fileRecord({
    actor: mentor,
    recordType: 'aanmeldformulier',
    submissionId: 'notify-0001',
    title: 'Leerling',
    content: { values: {} },
  });
  let referenceCalls = 0;
  const references: ConversationReferences = {
    save: async () => undefined,
    find: async () => {
      referenceCalls += 1;
      if (referenceCalls <= referenceFailures) throw new StoreError('unavailable', true);
      return { serviceUrl: 'http://127.0.0.1:1/', conversation: { id: 'a:oco' } as never };
    },
  };
  const delivered: unknown[] = [];
  let sendCalls = 0;
  const adapter = {
    continueConversationAsync: async (
      _appId: string,
      _reference: unknown,
      logic: (context: { sendActivity: (activity: unknown) => Promise<void> }) => Promise<void>,
    ) => {
      sendCalls += 1;
      if (sendCalls <= sendFailures) throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
      await logic({ sendActivity: async (activity) => void delivered.push(activity) });
    },
  } as unknown as TeamsAdapter;
  const notify = createFormNotifier({
    adapter,
    botAppId: 'app',
    references,
    directory,
    forms,
    audit,
    logger: createSilentLogger(),
    retry: { retries, minTimeout: 5, maxTimeout: 20 },
  });
  return { notify: () => notify({ filer: mentor, record }), delivered, audit, record };
}

describe('notifying the oco of a filed form', () => {
  it('should retry while the store or the channel fails, and deliver once with one audit line', async () => {
    const { notify, delivered, audit, record } = await setup({ referenceFailures: 2, sendFailures: 1 });
    expect(await notify()).toBe(1);
    expect(delivered).toHaveLength(1);
    expect(
      audit.entries.filter((entry) => entry.reason === 'notification' && entry.recordId === record.id),
    ).toHaveLength(1);
  });

  it('should give up after its retries without throwing, and report nothing sent', async () => {
    const { notify, delivered } = await setup({ sendFailures: 100, retries: 2 });
    expect(await notify()).toBe(0);
    expect(delivered).toHaveLength(0);
  });
});
