import { createServer } from 'node:net';
import { Agent } from 'node:https';
import { CosmosClient } from '@azure/cosmos';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { StoreError } from '../storage/store-errors.js';
import { MemoryAuditTrail } from './audit-trail.js';
import { CreateNotSentError, CreateUnconfirmedError } from './dossier-errors.js';
import type { DossierDocument } from './dossier-record.js';
import { createDossierService } from './dossier-service.js';
import {
  createCosmosDossierStore,
  MemoryDossierStore,
  type DossierFilter,
  type DossierStore,
} from './dossier-store.js';

const mentor: Actor = {
  userId: 'mentor-a',
  name: 'Mentor A',
  schoolId: 'school-a',
  schoolName: 'School A',
  roles: ['mentor'],
  demo: false,
};
const unavailable = () => new StoreError('unavailable', true);

/** A store whose writes and reads fail the way a store in an outage does; the records live in `base`. */
class FailingStore implements DossierStore {
  createFails: 'no' | 'before-saving' | 'after-saving' | 'not-sent' = 'no';
  readFails = false;
  reads = 0;
  constructor(readonly base = new MemoryDossierStore()) {}
  create = async (document: DossierDocument) => {
    if (this.createFails === 'not-sent') throw new CreateNotSentError();
    if (this.createFails === 'before-saving') throw unavailable();
    const record = await this.base.create(document);
    if (this.createFails === 'after-saving') throw unavailable(); // saved; its answer lost
    return record;
  };
  read = async (schoolId: string, id: string) => {
    this.reads += 1;
    if (this.readFails) throw unavailable();
    return this.base.read(schoolId, id);
  };
  replace = (document: DossierDocument, etag: string) => this.base.replace(document, etag);
  list = (schoolId: string, filter: DossierFilter) => this.base.list(schoolId, filter);
}

function setup(configure: (store: FailingStore) => void) {
  const store = new FailingStore();
  const base = store.base;
  configure(store);
  const audit = new MemoryAuditTrail();
  const dossier = createDossierService({ store, audit });
  const file = (submissionId: string) =>
    dossier.fileRecord({
      actor: mentor,
      recordType: 'aanmeldformulier',
      submissionId,
      title: 'Leerling',
      content: { values: {} },
    });
  return { store, base, audit, dossier, file };
}

describe('filing a record while the store fails', () => {
  it('should answer filed when the record was saved but the answer was lost', async () => {
    const { base, audit, file } = setup((store) => (store.createFails = 'after-saving'));
    const { record, created } = await file('s-lost-answer');
    expect(created).toBe(true);
    expect(await base.read('school-a', record.id)).toBeDefined();
    expect(audit.entries.map((entry) => entry.action)).toEqual(['record-create-attempt', 'record-create']);
  });

  it('should say "not saved" (a plain StoreError) when the store answers that the record is not there', async () => {
    const { base, audit, file } = setup((store) => (store.createFails = 'before-saving'));
    const failure = await file('s-not-there').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure).not.toBeInstanceOf(CreateUnconfirmedError);
    expect(await base.list('school-a', {})).toHaveLength(0);
    // Audited as an attempt only: nothing claims a record was created.
    expect(audit.entries.map((entry) => entry.action)).toEqual(['record-create-attempt']);
  });

  it('should say it cannot tell when the store is still down for the read back', async () => {
    const { store, file } = setup((store) => {
      store.createFails = 'after-saving';
      store.readFails = true;
    });
    await expect(file('s-unknown')).rejects.toBeInstanceOf(CreateUnconfirmedError);
    // Pressed again once the store is back: exactly one record, and the create line completed.
    store.createFails = 'no';
    store.readFails = false;
    const again = await file('s-unknown');
    expect(again.created).toBe(false);
    // No earlier press was told it was saved, so this one says it was confirmed only now (for the oco's notice).
    expect(again.confirmedNow).toBe(true);
    expect((await file('s-unknown')).confirmedNow).toBeUndefined();
    expect(await store.list('school-a', {})).toHaveLength(1);
  });

  it('should say "not saved" without reading back when no attempt was sent (connection refused)', async () => {
    const { store, file } = setup((store) => {
      store.createFails = 'not-sent';
      store.readFails = true;
    });
    const failure = await file('s-refused').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CreateNotSentError);
    expect(failure).not.toBeInstanceOf(CreateUnconfirmedError);
    expect(store.reads).toBe(0);
  });

  it('should still answer filed when the audit line after a create fails (the attempt line stands)', async () => {
    const store = new MemoryDossierStore();
    const audit = new MemoryAuditTrail();
    const append = audit.append;
    audit.append = async (entry) => {
      if (entry.action === 'record-create') throw unavailable();
      return append(entry);
    };
    const dossier = createDossierService({ store, audit });
    const { created, record } = await dossier.fileRecord({
      actor: mentor,
      recordType: 'aanmeldformulier',
      submissionId: 's-audit-line',
      title: 'Leerling',
      content: {},
    });
    expect(created).toBe(true);
    expect(audit.entries).toMatchObject([{ action: 'record-create-attempt', recordId: record.id, outcome: 'allowed' }]);
  });
});

describe('createCosmosDossierStore when the connection is refused', () => {
  it('should reject a create with CreateNotSentError: nothing can have been saved', async () => {
    // A port that was free a moment ago and has nothing listening now.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port: free } = server.address() as { port: number };
        server.close(() => resolve(free));
      });
    });
    const client = new CosmosClient({
      endpoint: `https://127.0.0.1:${port}/`,
      key: Buffer.from('not-a-real-key-for-a-closed-port').toString('base64'),
      agent: new Agent({ rejectUnauthorized: false }),
      connectionPolicy: { enableEndpointDiscovery: false },
    });
    const store = createCosmosDossierStore(client.database('closed').container('dossier'), {
      retries: 1,
      minTimeout: 10,
      maxTimeout: 20,
    });
    const at = new Date().toISOString();
    const document: DossierDocument = {
      id: 'aanmeldformulier-refused',
      schoolId: 'school-a',
      docType: 'dossierRecord',
      recordType: 'aanmeldformulier',
      status: 'ingediend',
      submissionId: 'refused',
      title: 'Leerling',
      createdBy: { userId: mentor.userId, name: mentor.name },
      createdAt: at,
      updatedAt: at,
      history: [{ status: 'ingediend', at, by: { userId: mentor.userId, name: mentor.name } }],
      content: {},
    };
    await expect(store.create(document)).rejects.toBeInstanceOf(CreateNotSentError);
    client.dispose();
  }, 30_000);
});
