import { describe, expect, it } from 'vitest';
import type { Actor } from '../access/actor.js';
import { createDossierService, MemoryAuditTrail, MemoryDossierStore } from '../dossier/index.js';
import { createFormService } from './form-service.js';
import { formView } from './form-views.js';
const aanmeldformulier = formDefinitions.aanmeldformulier;
import { formDefinitions } from './form-views.js';

const mentor: Actor = {
  userId: 'mentor',
  name: 'Mentor',
  schoolId: 'school-a',
  schoolName: 'School A',
  roles: ['mentor'],
  demo: false,
};
const oco: Actor = { ...mentor, userId: 'oco', name: 'Oco', roles: ['oco'] };
const now = () => new Date('2025-03-10T10:00:00Z');

function setup() {
  const dossier = createDossierService({ store: new MemoryDossierStore(), audit: new MemoryAuditTrail(now), now });
  return { dossier, forms: createFormService({ dossier, now, newId: () => 'c0ffee00-0000-4000-8000-000000000001' }) };
}

const complete = {
  formType: 'aanmeldformulier',
  submissionId: 'c0ffee00-0000-4000-8000-00000000000a',
  discussedWithParents: 'true',
  pupilName: 'Sanne',
  birthDate: '2011-05-01',
  parentPhone: '+31 6 12345678',
  parentEmail: 'ouders@example.nl',
  schoolGroup: '2B',
  staffName: 'Mentor',
  formDate: '2025-03-10',
  reasons: 'anders-opvallend',
  absenceOverview: 'overzicht',
  q1Pattern: 'ja',
  q2ParentReason: 'hoofdpijn',
  q3UnderCare: 'ja',
  q3CareWho: 'huisarts',
  q4Concerns: 'nee',
  q5Wijkteam: 'onbekend',
  q6OtherAbsence: 'ja',
  q6Which: 'te laat komen',
  q6Leerplicht: 'nee',
  q7Actions: 'gesprek 3-3',
  consentBy: 'ouders',
  consentGiven: 'true',
};

describe('createFormService', () => {
  it('should save a concept only its writer sees, then file the same submission as one record', async () => {
    const { dossier, forms } = setup();
    const draft = await forms.submitForm({
      actor: mentor,
      formType: 'aanmeldformulier',
      data: { formType: 'aanmeldformulier', submissionId: complete.submissionId, pupilName: 'Sanne' },
      mode: 'draft',
    });
    expect(draft.kind).toBe('draft');
    expect(await dossier.listRecords({ actor: oco })).toHaveLength(0);
    const filed = await forms.submitForm({ actor: mentor, formType: 'aanmeldformulier', data: complete });
    expect(filed.kind).toBe('filed');
    if (filed.kind !== 'filed') return;
    expect(filed.record.history.map((change) => change.status)).toEqual(['concept', 'ingediend']);
    expect(await dossier.listRecords({ actor: oco })).toHaveLength(1);
  });

  it('should ask for the sub-questions that a "ja" makes necessary', async () => {
    const { forms } = setup();
    const outcome = await forms.submitForm({
      actor: mentor,
      formType: 'aanmeldformulier',
      data: { ...complete, q3CareWho: '', q6Which: '', q6Leerplicht: '' },
    });
    expect(outcome.kind).toBe('invalid');
    if (outcome.kind !== 'invalid') return;
    expect(outcome.view.errors.q3CareWho).toMatch(/bij wie/);
    expect(outcome.view.errors.q6Which).toMatch(/welke/);
    expect(outcome.view.errors.q6Leerplicht).toMatch(/keuze/);
  });

  it('should accept Dutch and international phone numbers and refuse the rest', async () => {
    const { forms } = setup();
    for (const phone of [
      '0612345678',
      '06-12345678',
      '073 123 45 67',
      '+31 (0)6 12345678'.replace('(0)', ''),
      '0031612345678',
      '+32 470 12 34 56',
    ]) {
      const outcome = await forms.submitForm({
        actor: mentor,
        formType: 'aanmeldformulier',
        data: {
          ...complete,
          submissionId: `c0ffee00-0000-4000-8000-${phone.replace(/\D/g, '').padStart(12, '0').slice(-12)}`,
          parentPhone: phone,
        },
      });
      expect(outcome.kind, phone).toBe('filed');
    }
    for (const phone of ['12345', '06123', '+31 6 1234', 'bel me', '0012345678901234567']) {
      const outcome = await forms.submitForm({
        actor: mentor,
        formType: 'aanmeldformulier',
        data: { ...complete, parentPhone: phone },
      });
      expect(outcome.kind, phone).toBe('invalid');
    }
  });

  it('should show a gespreksverslag filed by the guide with its own facts', async () => {
    const { dossier, forms } = setup();
    const { record } = await dossier.fileRecord({
      actor: mentor,
      recordType: 'gespreksverslag',
      submissionId: 'guide-0000-0001',
      title: 'Gespreksverslag Sanne',
      content: {
        conversationDate: '2025-03-01',
        participants: ['Mentor', 'Ouders'],
        concern: 'veel ziek',
        phases: [{ id: 'p', title: 'Zorgen delen', note: 'gedeeld' }],
        agreements: [],
      },
    });
    const view = forms.summarize(oco, record);
    expect(view.facts).toContainEqual({ title: 'Datum gesprek', value: '1-3-2025' });
    expect(view.facts).toContainEqual({ title: 'Zorgen delen', value: 'gedeeld' });
  });

  it('should give every field a value and an error in the card data, so no template expression is left unbound', () => {
    const view = formView({
      definition: aanmeldformulier,
      actor: mentor,
      submissionId: 'x',
      values: {},
      today: '2025-03-10',
    });
    expect(Object.keys(view.values)).toEqual(Object.keys(aanmeldformulier.fields));
    expect(Object.values(view.errors).every((error) => error === '')).toBe(true);
  });
});
