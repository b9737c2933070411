import { describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../access/access-errors.js';
import type { Actor } from '../access/actor.js';
import { MemoryRoleDirectory } from '../access/role-directory.js';
import { MemoryAuditTrail } from '../dossier/audit-trail.js';
import { adviseSituation, parseSituation, type Advice } from '../rules/index.js';
import { CaseConflictError } from './case-errors.js';
import { createCaseService } from './case-service.js';
import { fixedSchoolCalendars, type SchoolCalendar } from './school-calendar.js';

const mentor: Actor = {
  userId: 'mentor-1',
  name: 'Mentor De Vries',
  schoolId: 'school-a',
  schoolName: 'School A',
  roles: ['mentor'],
  demo: false,
};
const mentor2: Actor = { ...mentor, userId: 'mentor-2', name: 'Mentor Jansen' };
const oco: Actor = { ...mentor, userId: 'oco-1', name: 'Oco Bakker', roles: ['oco'] };
const coach: Actor = { ...mentor, userId: 'coach-1', name: 'Coach', roles: ['verzuimcoach-coordinator'] };
const christmas: SchoolCalendar = {
  id: 'school-a',
  name: 'Testcollege A',
  label: 'volgens de schoolkalender',
  holidays: [{ name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' }],
  studyDays: [],
};

function advice(text: string, now: Date): Advice {
  const result = adviseSituation(parseSituation(text, { now: () => now }));
  if (result.kind !== 'advice') throw new Error('expected advice');
  return result;
}

async function setup(at: string) {
  const clock = { now: new Date(at) };
  const directory = new MemoryRoleDirectory();
  const updatedAt = clock.now.toISOString();
  await directory.putMember({
    schoolId: 'school-a',
    userId: oco.userId,
    name: oco.name,
    roles: ['oco'],
    updatedAt,
    updatedBy: 'test',
  });
  const audit = new MemoryAuditTrail();
  const cases = createCaseService({
    audit,
    directory,
    calendars: fixedSchoolCalendars([christmas]),
    now: () => clock.now,
  });
  return { cases, audit, clock };
}

describe('createCaseService', () => {
  it(
    'should put the advice on the case with dates on the school calendar, once however ' + 'often it is pressed',
    async () => {
      // Friday 18 December 2026, the last school day before the Christmas holiday.
      const { cases } = await setup('2026-12-18T10:00:00Z');
      const situation = advice('Sanne is vandaag ziek gemeld', new Date('2026-12-18T10:00:00Z'));
      const first = await cases.planFromAdvice({ actor: mentor, advice: situation });
      expect(first.added.map((action) => [action.id, action.role, action.dueDay, action.assignee?.userId])).toEqual([
        ['ziekte/contact-mentor', 'mentor', '2027-01-06', 'mentor-1'],
      ]);
      expect(first.caseRecord.step).toBe('preventief');
      expect(first.caseRecord.ttl).toBe(365 * 86_400);
      const again = await cases.planFromAdvice({ actor: mentor, advice: situation });
      expect(again.added).toEqual([]);
      expect(again.caseRecord.actions).toHaveLength(1);
    },
  );

  it(
    'should close the aanmelding step when the form is filed and give the oco the jeugdarts ' + 'deadline of two weeks',
    async () => {
      const { cases } = await setup('2026-12-07T10:00:00Z');
      await cases.planFromAdvice({
        actor: mentor,
        advice: advice('Sanne is in 2 maanden 3 keer een dag ziek gemeld', new Date('2026-12-07T10:00:00Z')),
      });
      const filed = await cases.fileAanmelding({
        actor: mentor,
        pupilName: 'Sanne de Boer',
        recordId: 'aanmeldformulier-abc12345',
      });
      expect(filed.closed.map((action) => action.id)).toEqual(['ziekte/jeugdarts-aanmelden']);
      expect(filed.added.map((action) => [action.id, action.role, action.dueDay, action.assignee?.userId])).toEqual([
        ['aanmelding/versturen', 'oco', '2026-12-08', 'oco-1'],
        // 7 December + 14 days = 21 December, in the Christmas holiday: the first school day after it.
        ['aanmelding/terugkoppeling-jeugdarts', 'oco', '2027-01-04', 'oco-1'],
      ]);
      expect(filed.caseRecord.step).toBe('jeugdarts');
      expect(filed.caseRecord.pupilName).toBe('Sanne de Boer');
    },
  );

  it('should show a mentor only their own pupils, the oco the whole school, and nobody else anything', async () => {
    const { cases, audit } = await setup('2026-12-07T10:00:00Z');
    await cases.planFromAdvice({
      actor: mentor,
      advice: advice('Sanne is vandaag ziek gemeld', new Date('2026-12-07T10:00:00Z')),
    });
    await cases.planFromAdvice({
      actor: mentor2,
      advice: advice('Daan (14) is deze periode 9 keer te laat gekomen', new Date('2026-12-07T10:00:00Z')),
    });
    expect(
      (await cases.listOpenActions({ actor: mentor, scope: 'mine' })).actions.map(
        ({ caseRecord }) => caseRecord.pupilName,
      ),
    ).toEqual(['Sanne']);
    expect((await cases.listOpenActions({ actor: mentor, scope: 'school' })).scope).toBe('mine');
    expect(
      (await cases.listOpenActions({ actor: oco, scope: 'school' })).actions
        .map(({ caseRecord }) => caseRecord.pupilName)
        .sort(),
    ).toEqual(['Daan', 'Sanne']);
    await expect(cases.listOpenActions({ actor: coach, scope: 'mine' })).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      cases.planFromAdvice({
        actor: mentor2,
        advice: advice('Sanne is vandaag ziek gemeld', new Date('2026-12-07T10:00:00Z')),
      }),
    ).rejects.toBeInstanceOf(CaseConflictError);
    expect(JSON.stringify(audit.entries)).not.toMatch(/Sanne|Daan/);
    expect(audit.entries.some((entry) => entry.outcome === 'refused' && entry.reason === 'otherMentor')).toBe(true);
  });

  it("should let the mentor close their action but not the oco's, and close it once", async () => {
    const { cases } = await setup('2026-12-07T10:00:00Z');
    const { caseRecord } = await cases.planFromAdvice({
      actor: mentor,
      advice: advice('Daan (14) is deze periode 9 keer te laat gekomen', new Date('2026-12-07T10:00:00Z')),
    });
    const ocoAction = caseRecord.actions[0]!;
    expect(ocoAction.role).toBe('oco');
    await expect(
      cases.completeAction({ actor: mentor, caseId: caseRecord.id, actionId: ocoAction.id }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      cases.completeAction({ actor: mentor2, caseId: caseRecord.id, actionId: ocoAction.id }),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const done = await cases.completeAction({ actor: oco, caseId: caseRecord.id, actionId: ocoAction.id });
    expect([done.action.status, done.already]).toEqual(['done', false]);
    expect((await cases.completeAction({ actor: oco, caseId: caseRecord.id, actionId: ocoAction.id })).already).toBe(
      true,
    );
    const closed = await cases.closeCase({ actor: oco, caseId: caseRecord.id });
    expect([closed.step, closed.ttl]).toEqual(['afgesloten', 730 * 86_400]);
  });
});
