import type { AdaptiveCardJson } from '../../../cards/render-card.js';
import { renderCard } from '../../../cards/render-card.js';
import { renderOnboardingStartCard, renderOnboardingStepCard, renderOnboardingSummaryCard } from '../../../cards/onboarding-cards.js';
import { renderAnswerCard } from '../../../bot/routes/protocol-questions.js';
import { renderSituationAdviceCard, renderSituationCard } from '../../../bot/routes/situations.js';
import { renderWelcomeCard } from '../../../bot/routes/welcome.js';
import type { Actor } from '../../../src/access/actor.js';
import { createAnswerService } from '../../../src/answers/index.js';
import { createDossierService, MemoryDossierStore } from '../../../src/dossier/index.js';
import { createFormService, formDefinitions, overzichtView, validateSubmission } from '../../../src/forms/index.js';
import { buildGespreksverslag, faqCardData, parsePreparation, preparationCardData, startSession, stepCardData, verslagCardData, type Preparation } from '../../../src/guide/index.js';
import { testGuide, validPreparation } from '../../../src/guide/guide-test-fixtures.js';
import { loadKnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { createOnboardingService, loadOnboardingCourse } from '../../../src/onboarding/index.js';
import { adviseSituation, parseSituation, type Advice } from '../../../src/rules/index.js';
import { validAanmeldformulier, validVerwijzing } from '../../forms-support.js';

export type GalleryCard = { readonly name: string; readonly card: AdaptiveCardJson };

const actor: Actor = { userId: 'u1', name: 'Mentor De Vries', schoolId: 'school-a', schoolName: 'Stedelijk College', roles: ['mentor', 'oco'], demo: false };
const now = () => new Date('2026-03-02T09:00:00Z');

/** One card of every kind the bot sends, rendered with the bot's own code and realistic data. */
export async function cardGallery(): Promise<GalleryCard[]> {
  const knowledge = loadKnowledgeBase();
  const cards: GalleryCard[] = [];
  const add = (name: string, card: AdaptiveCardJson) => cards.push({ name, card });

  add('welcome', renderWelcomeCard({ embeddedStore: true }));
  add('situatie', renderSituationCard(parseSituation('Lotte (13) is 3 keer ziek gemeld', { now }), 'In welke periode is Lotte 3 keer ziek gemeld?'));
  add('advies-te-laat', renderSituationAdviceCard(adviseSituation(parseSituation('Daan (14) is deze maand al 10x te laat, wat moet ik doen?', { now })) as Advice));
  add('advies-thuiszitter', renderSituationAdviceCard(adviseSituation(parseSituation('Jesse zit al 6 weken thuis en het plan van aanpak stagneert door een wachtlijst', { now })) as Advice));

  const answers = createAnswerService({ knowledge });
  add('antwoord-met-tegenspraak', renderAnswerCard(await answers.answer('Wie nodigt uit voor het preventief gesprek?'), knowledge));
  add('antwoord-jaarverslag', renderAnswerCard(await answers.answer('Wat doet een verzuimcoach?'), knowledge));

  const dossier = createDossierService({ store: new MemoryDossierStore() });
  const forms = createFormService({ dossier });
  add('aanmeldformulier', renderCard('aanmeldformulier', forms.openForm({ actor, formType: 'aanmeldformulier' })));
  const invalid = validateSubmission(formDefinitions.aanmeldformulier, { ...validAanmeldformulier({ parentPhone: '06-1234567', pupilName: '' }) }, { today: '2026-03-02' });
  if (!invalid.ok) add('aanmeldformulier-fouten', renderCard('aanmeldformulier', { ...forms.openForm({ actor, formType: 'aanmeldformulier' }), values: invalid.values, errors: Object.fromEntries(Object.keys(formDefinitions.aanmeldformulier.fields).map((key) => [key, invalid.errors[key] ?? ''])), formErrors: 'Nog niet ingediend: bekijk de meldingen bij de velden hieronder.' }));
  add('verzuimcoach-verwijzing', renderCard('verzuimcoach-verwijzing', forms.openForm({ actor, formType: 'verzuimcoach' })));
  const { verb: _verb, formType: _formType, submissionId: _id, ...aanmeldValues } = validAanmeldformulier();
  const { record } = await dossier.fileRecord({ actor, recordType: 'aanmeldformulier', submissionId: 'gallery-1', title: 'Aanmeldformulier Sanne de Boer', content: { values: aanmeldValues } });
  add('ingediend-aanmeldformulier', renderCard('form-summary', forms.summarize(actor, record)));
  const { verb: _v, formType: _f, submissionId: _s, ...coachValues } = validVerwijzing();
  const { record: coachRecord } = await dossier.fileRecord({ actor, recordType: 'verzuimcoach', submissionId: 'gallery-2', title: 'Verwijzing Daan Willems', content: { values: coachValues } });
  add('ingediend-verzuimcoach', renderCard('form-summary', forms.summarize(actor, coachRecord)));
  add('overzicht', renderCard('overzicht', overzichtView({ actor, records: await dossier.listRecords({ actor }), nextStatuses: (each) => dossier.nextStatuses(actor, each) })));

  const guide = testGuide();
  const preparation = (parsePreparation(validPreparation, guide.definition) as { value: Preparation }).value;
  const session = { ...startSession({ preparation, userId: 'u1', guideId: '0f8fad5b-d9cb-469f-a165-70867728950e', mentorName: 'Mentor De Vries', now: new Date('2026-11-27T10:00:00Z') }), notes: { 'zorgen-delen': 'Sanne schrok ervan' } };
  add('gespreksleidraad-voorbereiding', renderCard('guide-preparation', preparationCardData(guide, { guideId: session.guideId, today: '2026-11-27' })));
  add('gespreksleidraad-stap', renderCard('guide-step', stepCardData(guide, { ...session, step: 2 })));
  add('gespreksleidraad-faq', renderCard('guide-faq', faqCardData(guide, session)));
  add('gespreksverslag', renderCard('guide-verslag', verslagCardData(guide, buildGespreksverslag(guide.definition, session, new Date('2026-11-27T11:00:00Z')))));

  const course = loadOnboardingCourse({ knowledge });
  const onboarding = createOnboardingService({ course, now });
  const user = { id: 'u1', name: 'Mentor De Vries', schoolId: 'school-a' };
  add('onboarding-start', renderOnboardingStartCard(await onboarding.open({ user, suggestedRole: 'mentor' })));
  add('onboarding-stap', renderOnboardingStepCard(knowledge, await onboarding.start({ user, role: 'mentor' })));
  const steps = course.forRole('mentor').steps;
  for (const [index, each] of steps.entries()) {
    await onboarding.answer({ user, role: 'mentor', stepIndex: index, choices: Object.fromEntries(each.questions.map((entry) => [entry.id, entry.options.indexOf(entry.answer)])) });
    const view = await onboarding.next({ user, role: 'mentor', stepIndex: index });
    if (view.kind === 'summary') add('onboarding-samenvatting', renderOnboardingSummaryCard(view, new Map([['wat nu?', 'Wat nu?']])));
  }
  return cards;
}
