import { renderCard } from '../../../cards/render-card.js';
import { answerView } from '../../../src/answers/answer-view.js';
import type { AnswerCardReply } from '../../../src/assistant/respond.js';
import type { KnowledgeBase } from '../../../src/knowledge/knowledge-base.js';
import { adviseSituation, parseSituation, type Advice } from '../../../src/rules/index.js';
import { situationAdviceView, situationCardView } from '../../../src/rules/situation-view.js';
import { galleryCollector, now, type GalleryCard } from './gallery-common.js';

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
      '- 8 t/m 11 keer te laat: school nodigt (de leerling en) ouders uit voor een preventief gesprek met ' +
      'leerplicht. Zie bijlage 3 voor een concept uitnodigingsbrief.\n\n- Afhankelijk van de criteria van te laat ' +
      'komen en/of spijbelen, nodigt de ondersteuningscoördinator leerling en ouders uit voor een preventief ' +
      'gesprek met de leerplichtambtenaar.',
    citations: [teLaat, werkafspraken],
    caveat: {
      contradictionId: 'preventief-gesprek-uitnodiging',
      text:
        'Let op: het protocol is hier niet eenduidig: Wie voor het preventieve gesprek wordt uitgenodigd ' +
        'verschilt: leerling en ouders (Deel 3, Bijlage 1), alleen de leerling terwijl ouders geïnformeerd ' +
        'worden (Bijlage 7).',
      citations: [teLaat],
    },
    generated: false,
    confidence: 0.9,
    redactedQuestion: 'Wie nodigt uit voor het preventief gesprek?',
  },
  'antwoord-jaarverslag': {
    kind: 'knowledge',
    answer:
      '- Preventieve aanmeldingen kunnen leiden tot een korter begeleidingstraject. Er worden soms groep 8 ' +
      'leerlingen aangemeld, zinvol én goed dat het VO daar aan denkt.',
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

/** The Situatie card, advice cards, and answer cards of fixed replies (the card is under test, not retrieval). */
export async function situationAndAnswerCards(knowledge: KnowledgeBase): Promise<GalleryCard[]> {
  const { cards, add } = galleryCollector();

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
  return cards;
}
