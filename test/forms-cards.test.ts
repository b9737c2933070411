import { describe, expect, it } from 'vitest';
import { renderCard } from '../cards/render-card.js';
import type { Actor } from '../src/access/actor.js';
import { createDossierService, MemoryDossierStore, type DossierRecord } from '../src/dossier/index.js';
import {
  createFormService,
  formDefinitions,
  overzichtView,
  validateSubmission,
  type FormType,
} from '../src/forms/index.js';

const actor: Actor = {
  userId: 'u1',
  name: 'Mentor Met Een Heel Lange Naam',
  schoolId: 'school-a',
  schoolName: 'Stedelijk Gymnasium Met Een Lange Naam',
  roles: ['mentor', 'oco'],
  demo: false,
};
const maxTeamsBytes = 28_000;
const bytes = (card: unknown) => Buffer.byteLength(JSON.stringify(card));
const cardNames: Record<FormType, string> = {
  aanmeldformulier: 'aanmeldformulier',
  verzuimcoach: 'verzuimcoach-verwijzing',
};

/** Every action, at any depth, with its verb and fallback. */
function actions(card: unknown): any[] {
  const found: any[] = [];
  const walk = (node: any) => {
    if (node === null || typeof node !== 'object') return;
    if (typeof node.type === 'string' && node.type.startsWith('Action.') && node.type !== 'Action.Submit')
      found.push(node);
    for (const value of Object.values(node)) walk(value);
  };
  walk(card);
  return found;
}

describe('form cards', () => {
  it.each(['aanmeldformulier', 'verzuimcoach'] as const)(
    'should keep the %s card under 28 KB even with every field at its maximum and every error shown',
    (formType) => {
      const definition = formDefinitions[formType];
      // Dutch text: mostly one byte per character in UTF-8, with some diacritics (ë, é: two bytes).
      const dutch = (length: number) => 'Lorem ë '.repeat(Math.ceil(length / 8)).slice(0, length);
      const data = Object.fromEntries(
        Object.entries(definition.fields).map(([key, spec]) => [key, dutch(spec.max + 50)]),
      );
      const result = validateSubmission(
        definition,
        { ...data, formType, submissionId: 'c0ffee00-0000-4000-8000-000000000000' },
        { today: '2025-03-01' },
      );
      expect(result.ok).toBe(false);
      const service = createFormService({ dossier: createDossierService() });
      const empty = renderCard(cardNames[formType], service.openForm({ actor, formType }));
      if (result.ok) return;
      const full = renderCard(cardNames[formType], {
        ...service.openForm({ actor, formType }),
        values: result.values,
        errors: Object.fromEntries(
          Object.keys(definition.fields).map((key) => [
            key,
            'Dit is te lang: maximaal 1000 tekens. Ik laat de eerste 1000 tekens staan; controleer het einde.',
          ]),
        ),
        formErrors: 'Nog niet ingediend: bekijk de meldingen bij de velden hieronder.',
      });
      expect(bytes(empty)).toBeLessThan(16_000);
      expect(bytes(full)).toBeLessThan(maxTeamsBytes);
      console.info(`${formType}: empty ${bytes(empty)} B, worst case ${bytes(full)} B`);
    },
  );

  it.each(['aanmeldformulier', 'verzuimcoach'] as const)(
    'should give every %s action a verb and an Action.Submit fallback with the same data',
    (formType) => {
      const card = renderCard(
        cardNames[formType],
        createFormService({ dossier: createDossierService() }).openForm({ actor, formType }),
      );
      for (const action of actions(card)) {
        expect(action.verb).toMatch(/^[a-z]+-[a-z]+$/);
        expect(action.fallback).toMatchObject({ type: 'Action.Submit', data: action.data });
        expect(action.data.verb).toBe(action.verb);
      }
    },
  );

  it('should keep the overzicht with 50 records and the summary of a full form under 28 KB', async () => {
    const dossier = createDossierService({ store: new MemoryDossierStore() });
    const forms = createFormService({ dossier });
    const records: DossierRecord[] = [];
    for (let index = 0; index < 50; index += 1) {
      const { record } = await dossier.fileRecord({
        actor,
        recordType: 'aanmeldformulier',
        submissionId: `submission-${index.toString().padStart(4, '0')}`,
        title: 'Naam'.repeat(25),
        content: { values: {} },
      });
      records.push(record);
    }
    const overzicht = renderCard(
      'overzicht',
      overzichtView({ actor, records, nextStatuses: (record) => dossier.nextStatuses(actor, record) }),
    );
    expect(bytes(overzicht)).toBeLessThan(maxTeamsBytes);
    expect(JSON.stringify(overzicht)).toContain('De 15 nieuwste staan hierboven');
    for (const action of actions(overzicht)) expect(action.fallback?.type).toBe('Action.Submit');

    const definition = formDefinitions.aanmeldformulier;
    const values = Object.fromEntries(
      Object.entries(definition.fields).map(([key, spec]) => [
        key,
        'Lorem ë '.repeat(Math.ceil(spec.max / 8)).slice(0, spec.max),
      ]),
    );
    const { record } = await dossier.fileRecord({
      actor,
      recordType: 'aanmeldformulier',
      submissionId: 'submission-full',
      title: 'x',
      content: { values },
    });
    const summary = renderCard('form-summary', forms.summarize(actor, record));
    expect(bytes(summary)).toBeLessThan(maxTeamsBytes);
    console.info(`overzicht (50 records, 15 shown): ${bytes(overzicht)} B, summary worst case: ${bytes(summary)} B`);
  });
});
