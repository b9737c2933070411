import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { AccessDeniedError } from '../access/access-errors.js';
import { createSilentLogger } from '../logging/logger.js';
import { connectCosmos, type CosmosConnection } from '../storage/cosmos-connection.js';
import { createCosmosAuditTrail, type AuditTrail } from './audit-trail.js';
import { RecordNotFoundError, StaleRecordError } from './dossier-errors.js';
import { createDossierService, type DossierService } from './dossier-service.js';
import { createCosmosDossierStore } from './dossier-store.js';

const actor = (userId: string, schoolId: string, roles: Actor['roles']): Actor => ({
  userId,
  name: userId,
  schoolId,
  schoolName: schoolId,
  roles,
  demo: false,
});
const mentor = actor('mentor-a', 'school-a', ['mentor']);
const otherMentor = actor('mentor-b', 'school-a', ['mentor']);
const oco = actor('oco-a', 'school-a', ['oco']);
const coach = actor('coach-a', 'school-a', ['verzuimcoach-coordinator']);
const otherSchoolOco = actor('oco-z', 'school-z', ['oco']);

describe('createDossierService on Cosmos DB', () => {
  let connection: CosmosConnection;
  let dossier: DossierService;
  let audit: AuditTrail;

  beforeAll(async () => {
    connection = await connectCosmos({
      cosmos: { database: `dossier-${randomUUID().slice(0, 8)}` },
      logger: createSilentLogger(),
    });
    audit = createCosmosAuditTrail(connection.containers.audit);
    dossier = createDossierService({
      store: createCosmosDossierStore(connection.containers.dossier),
      audit,
      retentionDays: 10,
    });
  });
  afterAll(() => connection.close());

  const file = (
    who: Actor,
    recordType: 'aanmeldformulier' | 'verzuimcoach' | 'gespreksverslag' = 'aanmeldformulier',
    submissionId = randomUUID(),
  ) => dossier.fileRecord({ actor: who, recordType, submissionId, title: 'Leerling', content: { note: 'x' } });

  it('should file one record when the same submission is filed twice at once', async () => {
    const submissionId = randomUUID();
    const results = await Promise.all([
      file(mentor, 'aanmeldformulier', submissionId),
      file(mentor, 'aanmeldformulier', submissionId),
    ]);
    expect(results.filter((result) => result.created)).toHaveLength(1);
    expect(results[0]!.record.id).toBe(results[1]!.record.id);
    const { resources } = await connection.containers.dossier.items
      .query(
        { query: 'SELECT * FROM c WHERE c.submissionId = @s', parameters: [{ name: '@s', value: submissionId }] },
        { partitionKey: 'school-a' },
      )
      .fetchAll();
    expect(resources).toHaveLength(1);
  });

  it('should refuse a submission id already used by someone else', async () => {
    const submissionId = randomUUID();
    await file(mentor, 'aanmeldformulier', submissionId);
    await expect(file(otherMentor, 'aanmeldformulier', submissionId)).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('should show records to the one who filed them, the oco and coaches for referrals only', async () => {
    const { record: form } = await file(mentor);
    const { record: referral } = await file(mentor, 'verzuimcoach');
    await expect(dossier.getRecord({ actor: otherMentor, recordId: form.id })).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(dossier.getRecord({ actor: oco, recordId: form.id })).resolves.toMatchObject({ id: form.id });
    await expect(dossier.getRecord({ actor: coach, recordId: form.id })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(dossier.getRecord({ actor: coach, recordId: referral.id })).resolves.toMatchObject({
      id: referral.id,
    });
    await expect(dossier.getRecord({ actor: otherSchoolOco, recordId: form.id })).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    const coachList = await dossier.listRecords({ actor: coach });
    expect(coachList.every((record) => record.recordType === 'verzuimcoach')).toBe(true);
    expect(await dossier.listRecords({ actor: otherSchoolOco })).toHaveLength(0);
    const entries = await audit.list('school-a');
    expect(
      entries.some(
        (entry) => entry.outcome === 'refused' && entry.userId === otherMentor.userId && entry.recordId === form.id,
      ),
    ).toBe(true);
  });

  it('should refuse a change made on a stale etag and set a TTL when closed', async () => {
    const { record } = await file(mentor);
    const taken = await dossier.changeStatus({
      actor: oco,
      recordId: record.id,
      to: 'in-behandeling',
      etag: record.etag,
    });
    await expect(
      dossier.changeStatus({ actor: oco, recordId: record.id, to: 'ingetrokken', etag: record.etag }),
    ).rejects.toBeInstanceOf(StaleRecordError);
    const closed = await dossier.changeStatus({ actor: oco, recordId: record.id, to: 'afgerond', etag: taken.etag });
    expect(closed.ttl).toBe(10 * 86_400);
    expect(closed.history.map((change) => change.status)).toEqual(['ingediend', 'in-behandeling', 'afgerond']);
    await expect(
      dossier.changeStatus({ actor: mentor, recordId: record.id, to: 'ingetrokken', etag: closed.etag }),
    ).rejects.toThrow(/cannot change/);
  });

  it('should let an abandoned concept expire after the draft period, an open record after the open one', async () => {
    const drafts = createDossierService({
      store: createCosmosDossierStore(connection.containers.dossier),
      audit,
      retentionDays: 10,
      draftRetentionDays: 3,
      openRetentionDays: 20,
    });
    const submissionId = randomUUID();
    const request = {
      actor: mentor,
      recordType: 'aanmeldformulier' as const,
      submissionId,
      title: 'Leerling',
      content: { note: 'x' },
    };
    const { record: concept } = await drafts.fileRecord({ ...request, status: 'concept' });
    const raw = async () =>
      (await connection.containers.dossier.item(concept.id, 'school-a').read()).resource as {
        ttl?: number;
        status: string;
      };
    expect(await raw()).toMatchObject({ status: 'concept', ttl: 3 * 86_400 });
    await drafts.fileRecord({ ...request, status: 'concept', content: { note: 'y' } });
    expect((await raw()).ttl).toBe(3 * 86_400);
    await drafts.fileRecord({ ...request, status: 'ingediend' });
    const sent = await raw();
    expect(sent.status).toBe('ingediend');
    // An open record is kept for the open period after its last change, no longer forever.
    expect(sent.ttl).toBe(20 * 86_400);
  });
});
