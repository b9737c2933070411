import type { AdaptiveCardJson } from '../../../cards/render-card.js';
import { renderCard } from '../../../cards/render-card.js';
import { answerView } from '../../../src/answers/answer-view.js';
import { renderWelcomeCard } from '../../../bot/routes/welcome.js';
import { renderDigestCard, renderReminderCard } from '../../../bot/case-reminders.js';
import {
  actionCountsView,
  createCaseService,
  fixedSchoolCalendars,
  openActionsView,
} from '../../../src/cases/index.js';
import type { Actor } from '../../../src/access/actor.js';
import type { AnswerCardReply } from '../../../src/assistant/respond.js';
import { createDossierService, MemoryDossierStore } from '../../../src/dossier/index.js';
import { createFormService, overzichtView } from '../../../src/forms/index.js';
import {
  buildGespreksverslag,
  faqCardData,
  parsePreparation,
  preparationCardData,
  startSession,
  stepCardData,
  verslagCardData,
  type Preparation,
} from '../../../src/guide/index.js';
import { testGuide, validPreparation } from '../../../src/guide/guide-test-fixtures.js';
import { loadKnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { createOnboardingService, loadOnboardingCourse } from '../../../src/onboarding/index.js';
import {
  onboardingStartCardData,
  onboardingStepCardData,
  onboardingSummaryCardData,
} from '../../../src/onboarding/onboarding-view.js';
import { adviseSituation, parseSituation, type Advice } from '../../../src/rules/index.js';
import { situationAdviceView, situationCardView } from '../../../src/rules/situation-view.js';
import { validAanmeldformulier, validVerwijzing } from '../../forms-support.js';

export type GalleryCard = { readonly name: string; readonly card: AdaptiveCardJson };

const actor: Actor = {
  userId: 'u1',
  name: 'Mentor De Vries',
  schoolId: 'school-a',
  schoolName: 'Stedelijk College',
  roles: ['mentor', 'oco'],
  demo: false,
};
const now = () => new Date('2026-03-02T09:00:00Z');
const renderSituationAdviceCard = (advice: Advice) => renderCard('situation-advice', situationAdviceView(advice));

const teLaat = {
  doc: 'Bossche protocol',
  section: 'Te laat komen',
  sectionId: 'bossche-protocol/bijlage-1/te-laat-komen',
};
const werkafspraken = {
  doc: 'Bossche protocol',
  section: 'Concrete werkafspraken',
  sectionId: 'bossche-protocol/deel-3/werkafspraken',
};
const answerReplies: Record<string, AnswerCardReply> = {
  'antwoord-met-tegenspraak': {
    kind: 'knowledge',
    answer:
      '- 8 t/m 11 keer te laat: school nodigt (de leerling en) ouders uit voor een preventief gesprek met leerplicht. Zie bijlage 3 voor een concept uitnodigingsbrief.\n\n- Afhankelijk van de criteria van te laat komen en/of spijbelen, nodigt de ondersteuningscoördinator leerling en ouders uit voor een preventief gesprek met de leerplichtambtenaar.',
    citations: [teLaat, werkafspraken],
    caveat: {
      contradictionId: 'preventief-gesprek-uitnodiging',
      text: 'Let op: het protocol is hier niet eenduidig: Wie voor het preventieve gesprek wordt uitgenodigd verschilt: leerling en ouders (Deel 3, Bijlage 1), alleen de leerling terwijl ouders geïnformeerd worden (Bijlage 7).',
      citations: [teLaat],
    },
    generated: false,
    confidence: 0.9,
    redactedQuestion: 'Wie nodigt uit voor het preventief gesprek?',
  },
  'antwoord-jaarverslag': {
    kind: 'knowledge',
    answer:
      '- Preventieve aanmeldingen kunnen leiden tot een korter begeleidingstraject. Er worden soms groep 8 leerlingen aangemeld, zinvol én goed dat het VO daar aan denkt.',
    citations: [
      {
        doc: 'Jaarverslag verzuimcoaches 2023',
        section: 'Hoe is het project verlopen?',
        sectionId: 'verzuimcoaches-jaarverslag-2023/verloop',
      },
    ],
    generated: false,
    confidence: 0.8,
    redactedQuestion: 'Kan ik een leerling preventief aanmelden?',
  },
  'antwoord-niet-gevonden': {
    kind: 'none',
    answer: 'Dat staat niet in het protocol. Vraag het je ondersteuningscoördinator (oco).',
    citations: [],
    closest: teLaat,
    generated: false,
    confidence: 0.1,
    redactedQuestion: 'Mag de leerling op vakantie?',
  },
};

/** One card of every kind the bot sends, rendered with the bot's own code and realistic data. */
export async function cardGallery(): Promise<GalleryCard[]> {
  const knowledge = loadKnowledgeBase();
  const cards: GalleryCard[] = [];
  const add = (name: string, card: AdaptiveCardJson) => cards.push({ name, card });

  add('welcome', renderWelcomeCard({ embeddedStore: true }));
  add(
    'situatie',
    renderCard(
      'situation',
      situationCardView(
        parseSituation('Lotte (13) is 3 keer ziek gemeld', { now }),
        'In welke periode is Lotte 3 keer ziek gemeld?',
      ),
    ),
  );
  add(
    'advies-te-laat',
    renderSituationAdviceCard(
      adviseSituation(parseSituation('Daan (14) is deze maand al 10x te laat, wat moet ik doen?', { now })) as Advice,
    ),
  );
  add(
    'advies-thuiszitter',
    renderSituationAdviceCard(
      adviseSituation(
        parseSituation('Jesse zit al 6 weken thuis en het plan van aanpak stagneert door een wachtlijst', { now }),
      ) as Advice,
    ),
  );

  // Fixed replies rather than the answer engine's: these tests are about the card, not about retrieval.
  for (const [name, reply] of Object.entries(answerReplies))
    add(name, renderCard('answer', answerView(reply, knowledge)));

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

  // Open actions: the overview with an overdue action, a reminder and the oco's digest.
  const clock = { now: new Date('2026-12-07T09:00:00Z') };
  const cases = createCaseService({ now: () => clock.now });
  await cases.planFromAdvice({
    actor,
    advice: adviseSituation(
      parseSituation('Sanne is in 2 maanden 3 keer een dag ziek gemeld', { now: () => clock.now }),
    ) as Advice,
  });
  await cases.fileAanmelding({ actor, pupilName: 'Sanne de Boer', recordId: 'aanmeldformulier-gallery1' });
  const { actions: open } = await cases.listOpenActions({ actor, scope: 'school' });
  const calendars = fixedSchoolCalendars([]);
  add(
    'openstaande-acties',
    renderCard(
      'open-actions',
      openActionsView({ actor, actions: open, scope: 'school', today: '2026-12-09', calendars }),
    ),
  );
  add(
    'herinnering',
    renderReminderCard({
      kind: 'overdue',
      pupilFirstName: 'Sanne',
      caseId: open[0]!.caseRecord.id,
      action: open[0]!.action,
      calendars,
      schoolId: actor.schoolId,
    }),
  );
  add(
    'acties-per-maand',
    renderCard('action-counts', actionCountsView({ actor, counts: await cases.countByMonth({ actor }) })),
  );
  add(
    'dagoverzicht-te-laat',
    renderDigestCard({
      items: open.map(({ caseRecord, action }) => ({
        caseId: caseRecord.id,
        pupilFirstName: caseRecord.pupilFirstName,
        action,
      })),
    }),
  );

  const guide = testGuide();
  const preparation = (parsePreparation(validPreparation, guide.definition) as { value: Preparation }).value;
  const session = {
    ...startSession({
      preparation,
      userId: 'u1',
      guideId: '0f8fad5b-d9cb-469f-a165-70867728950e',
      mentorName: 'Mentor De Vries',
      now: new Date('2026-11-27T10:00:00Z'),
    }),
    notes: { 'zorgen-delen': 'Sanne schrok ervan' },
  };
  add(
    'gespreksleidraad-voorbereiding',
    renderCard('guide-preparation', preparationCardData(guide, { guideId: session.guideId, today: '2026-11-27' })),
  );
  add('gespreksleidraad-stap', renderCard('guide-step', stepCardData(guide, { ...session, step: 2 })));
  add('gespreksleidraad-faq', renderCard('guide-faq', faqCardData(guide, session)));
  add(
    'gespreksverslag',
    renderCard(
      'guide-verslag',
      verslagCardData(guide, buildGespreksverslag(guide.definition, session, new Date('2026-11-27T11:00:00Z'))),
    ),
  );

  const course = loadOnboardingCourse({ knowledge });
  const onboarding = createOnboardingService({ course, now });
  const user = { id: 'u1', name: 'Mentor De Vries', schoolId: 'school-a' };
  add(
    'onboarding-start',
    renderCard('onboarding-start', onboardingStartCardData(await onboarding.open({ user, suggestedRole: 'mentor' }))),
  );
  add(
    'onboarding-stap',
    renderCard('onboarding-step', onboardingStepCardData(knowledge, await onboarding.start({ user, role: 'mentor' }))),
  );
  const steps = course.forRole('mentor').steps;
  for (const [index, each] of steps.entries()) {
    await onboarding.answer({
      user,
      role: 'mentor',
      stepIndex: index,
      choices: Object.fromEntries(each.questions.map((entry) => [entry.id, entry.options.indexOf(entry.answer)])),
    });
    const view = await onboarding.next({ user, role: 'mentor', stepIndex: index });
    if (view.kind === 'summary')
      add(
        'onboarding-samenvatting',
        renderCard('onboarding-summary', onboardingSummaryCardData(view, new Map([['wat nu?', 'Wat nu?']]))),
      );
  }
  return cards;
}
