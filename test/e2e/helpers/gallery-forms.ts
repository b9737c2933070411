import { renderCard } from '../../../cards/render-card.js';
import { createDossierService, MemoryDossierStore } from '../../../src/dossier/index.js';
import { createFormService, overzichtView } from '../../../src/forms/index.js';
import { validAanmeldformulier, validVerwijzing } from '../../forms-support.js';
import { actor, galleryCollector, type GalleryCard } from './gallery-common.js';

/** The forms, their errors, their summaries once filed, and the overview of filed forms. */
export async function formCards(): Promise<GalleryCard[]> {
  const { cards, add } = galleryCollector();
  const dossier = createDossierService({ store: new MemoryDossierStore() });
  const forms = createFormService({ dossier });
  add('aanmeldformulier', renderCard('aanmeldformulier', forms.openForm({ actor, formType: 'aanmeldformulier' })));
  const refused = await forms.submitForm({
    actor,
    formType: 'aanmeldformulier',
    data: validAanmeldformulier({ parentPhone: '06-1234567', pupilName: '' }),
  });
  add('aanmeldformulier-fouten', renderCard('aanmeldformulier', refused.view));
  add(
    'verzuimcoach-verwijzing',
    renderCard('verzuimcoach-verwijzing', forms.openForm({ actor, formType: 'verzuimcoach' })),
  );
  const { verb: _verb, formType: _formType, submissionId: _id, ...aanmeldValues } = validAanmeldformulier();
  const { record } = await dossier.fileRecord({
    actor,
    recordType: 'aanmeldformulier',
    submissionId: 'gallery-1',
    title: 'Aanmeldformulier Sanne de Boer',
    content: { values: aanmeldValues },
  });
  add('ingediend-aanmeldformulier', renderCard('form-summary', forms.summarize(actor, record)));
  const { verb: _v, formType: _f, submissionId: _s, ...coachValues } = validVerwijzing();
  const { record: coachRecord } = await dossier.fileRecord({
    actor,
    recordType: 'verzuimcoach',
    submissionId: 'gallery-2',
    title: 'Verwijzing Daan Willems',
    content: { values: coachValues },
  });
  add('ingediend-verzuimcoach', renderCard('form-summary', forms.summarize(actor, coachRecord)));
  add(
    'overzicht',
    renderCard(
      'overzicht',
      overzichtView({
        actor,
        records: await dossier.listRecords({ actor }),
        nextStatuses: (each) => dossier.nextStatuses(actor, each),
      }),
    ),
  );
  return cards;
}
