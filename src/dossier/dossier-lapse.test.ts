import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { MemoryAuditTrail } from './audit-trail.js';
import type { DossierRecord } from './dossier-record.js';
import { createDossierService } from './dossier-service.js';
import { MemoryDossierStore } from './dossier-store.js';

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
const otherSchoolOco = actor('oco-z', 'school-z', ['oco']);

describe('createDossierService: lapsing records and the change hook', () => {
  const setup = () => {
    const clock = { now: new Date('2026-12-07T09:00:00Z') };
    const audit = new MemoryAuditTrail();
    const changes: DossierRecord[] = [];
    const dossier = createDossierService({
      store: new MemoryDossierStore(),
      audit,
      now: () => clock.now,
      openRetentionDays: 30,
      onRecordChange: async (record) => void changes.push(record),
    });
    const file = (by: Actor, status: 'concept' | 'ingediend' = 'ingediend') =>
      dossier.fileRecord({
        actor: by,
        recordType: 'aanmeldformulier',
        submissionId: randomUUID(),
        title: 'Leerling',
        content: {},
        status,
      });
    return { clock, audit, changes, dossier, file };
  };

  it('should call the hook after every saved change with the refreshed retention date', async () => {
    const { clock, changes, dossier, file } = setup();
    const { record } = await file(mentor);
    clock.now = new Date('2026-12-20T09:00:00Z');
    await dossier.changeStatus({ actor: oco, recordId: record.id, to: 'in-behandeling', etag: record.etag });
    expect(changes.map((change) => [change.status, change.retainUntil])).toEqual([
      ['ingediend', '2027-01-06T09:00:00.000Z'],
      ['in-behandeling', '2027-01-19T09:00:00.000Z'],
    ]);
  });

  it('should keep the change when the hook fails', async () => {
    const dossier = createDossierService({ onRecordChange: async () => Promise.reject(new Error('store down')) });
    const { created } = await dossier.fileRecord({
      actor: mentor,
      recordType: 'aanmeldformulier',
      submissionId: randomUUID(),
      title: 'Leerling',
      content: {},
    });
    expect(created).toBe(true);
  });

  it('should list only open records the actor may read that lapse before the date, audited', async () => {
    const { audit, dossier, file } = setup();
    const open = (await file(mentor)).record;
    await file(mentor, 'concept');
    const closed = (await file(otherMentor)).record;
    const taken = await dossier.changeStatus({
      actor: oco,
      recordId: closed.id,
      to: 'in-behandeling',
      etag: closed.etag,
    });
    await dossier.changeStatus({ actor: oco, recordId: closed.id, to: 'afgerond', etag: taken.etag });
    await file(otherSchoolOco);
    const before = new Date('2027-01-07T00:00:00Z');
    expect((await dossier.listLapsing({ actor: oco, before })).map((record) => record.id)).toEqual([open.id]);
    expect((await dossier.listLapsing({ actor: otherMentor, before })).map((record) => record.id)).toEqual([]);
    expect(
      (await dossier.listLapsing({ actor: oco, before: new Date('2027-01-06T00:00:00Z') })).map((record) => record.id),
    ).toEqual([]);
    const lines = (await audit.list('school-a')).filter((entry) => entry.reason === 'lapseWarning');
    expect(lines.map((entry) => [entry.action, entry.userId, entry.recordIds])).toEqual([
      ['record-list', 'oco-a', [open.id]],
    ]);
  });
});
