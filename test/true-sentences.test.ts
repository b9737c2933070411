import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCard } from '../cards/render-card.js';
import type { Actor } from '../src/access/actor.js';
import { createDossierService, MemoryDossierStore } from '../src/dossier/index.js';
import { createFormService } from '../src/forms/index.js';
import { validAanmeldformulier, validVerwijzing } from './forms-support.js';

const school: Actor = {
  userId: 'u1',
  name: 'Mentor De Vries',
  schoolId: 'school-a',
  schoolName: 'Stedelijk College',
  roles: ['mentor', 'oco'],
  demo: false,
};
const demo: Actor = { ...school, schoolId: 'demo', schoolName: 'Demoschool', demo: true };
const claimsDelivery = /(heeft|hebben) (een )?bericht (gekregen|ontvangen)/i;

async function filedSummary(actor: Actor, formType: 'aanmeldformulier' | 'verzuimcoach') {
  const dossier = createDossierService({ store: new MemoryDossierStore() });
  const forms = createFormService({ dossier });
  const {
    verb: _verb,
    formType: _formType,
    submissionId: _id,
    ...values
  } = formType === 'aanmeldformulier' ? validAanmeldformulier() : validVerwijzing();
  const { record } = await dossier.fileRecord({
    actor,
    recordType: formType,
    submissionId: randomUUID(),
    title: 'Leerling',
    content: { values },
  });
  return JSON.stringify(renderCard('form-summary', forms.summarize(actor, record)));
}

describe('cards say only what happened', () => {
  it.each(['aanmeldformulier', 'verzuimcoach'] as const)(
    'should not claim a delivered notification on a filed %s, and say in the demo school that none was sent',
    async (formType) => {
      const real = await filedSummary(school, formType);
      expect(real).not.toMatch(claimsDelivery);
      expect(real).toContain('Ik stuur');
      const inDemo = await filedSummary(demo, formType);
      expect(inDemo).not.toMatch(claimsDelivery);
      expect(inDemo).toContain('Er is geen bericht verstuurd');
    },
  );

  it('should have no card template that claims a notification was received', () => {
    for (const file of readdirSync(new URL('../cards/', import.meta.url)).filter((name) => name.endsWith('.json'))) {
      expect(readFileSync(new URL(`../cards/${file}`, import.meta.url), 'utf8'), file).not.toMatch(claimsDelivery);
    }
  });

  it(
    'should say on the verzuimcoach card what the bot does and what the user still does ' + 'at the onderwijsloket',
    async () => {
      const forms = createFormService({ dossier: createDossierService({ store: new MemoryDossierStore() }) });
      const card = JSON.stringify(
        renderCard('verzuimcoach-verwijzing', forms.openForm({ actor: school, formType: 'verzuimcoach' })),
      );
      expect(card).toContain('Wat ik doe:');
      expect(card).toMatch(/Wat jij \(of de oco\) nog doet: de leerling aanmelden bij het onderwijsloket/);
      expect(card).not.toContain('De verwijzing loopt via het onderwijsloket');
      expect(await filedSummary(school, 'verzuimcoach')).toContain('Ik stuur niets naar het onderwijsloket');
    },
  );
});
