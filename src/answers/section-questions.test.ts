import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleKnowledgeDirectory } from '../../test/fixtures/sample-knowledge.js';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';
import { createVocabulary } from './vocabulary.js';

const document = sampleDocument(
  `# Voorbeeld {#top}

## Spreekuur {#spreekuur}

Het preventieve spreekuur duurt een kwartier per leerling. De school zorgt voor een geschikte ruimte.

## Aanmelden {#aanmelden}

Aanmelden gaat via de verzuimcoach van de school. Het aanbod is bedoeld voor leerlingen die al in beweging zijn.
Sommige leerlingen komen er niet voor in aanmerking. Een contra-indicatie is externaliserend gedrag.
Het aanmeldformulier staat op de website van de school.

## Registratie {#registratie}

De school registreert het verzuim dagelijks in het leerlingvolgsysteem van de school.
`,
  { primary: true },
);

function knowledgeWithQuestions() {
  const directory = sampleKnowledgeDirectory(document, {
    'section-questions': {
      'sample.yaml':
        'spreekuur:\n  - hoeveel minuten heeft de lpa voor een gesprek?\n' +
        'aanmelden:\n  - question: voor welke leerlingen is het aanbod niet geschikt?\n' +
        '    quote: Een contra-indicatie is externaliserend gedrag\n',
    },
  });
  return loadKnowledgeBase(directory);
}

describe('section questions in answers', () => {
  const answers = createAnswerService({
    knowledge: knowledgeWithQuestions(),
    vocabulary: createVocabulary([]),
    contradictions: [],
  });

  it('should find a section through the questions it answers, and answer from its own text only', () => {
    const reply = answers.answerExtractive('hoeveel minuten heeft de lpa voor een gesprek');
    expect(reply.kind).toBe('knowledge');
    expect(reply.citations.map((citation) => citation.sectionId)).toContain('sample/spreekuur');
    expect(reply.answer).toContain('kwartier');
    expect(reply.answer).not.toContain('minuten heeft de lpa');
  });

  it("should answer first with the section's words that answer the nearest staff question", () => {
    // "niet geschikt" is in no sentence of the section; the staff question's quote says "contra-indicatie".
    const reply = answers.answerExtractive('voor welke leerlingen is dit aanbod niet geschikt?');
    expect(reply.kind).toBe('knowledge');
    expect(reply.answer.startsWith('Een contra-indicatie is externaliserend gedrag.')).toBe(true);
  });
});

describe('a date line that staff ask about', () => {
  const knowledge = loadKnowledgeBase();
  const answers = createAnswerService({ knowledge });
  it('should be searched when the documents hold staff questions for it, however short its text', () => {
    expect(answers.index.sectionIds).toContain('bossche-protocol/top');
    const answer = answers.answerExtractive('uit welk jaar is het bossche verzuimprotocol?');
    expect(answer.citations[0]?.sectionId).toBe('bossche-protocol/top');
    expect(answer.answer).toContain('Januari 2022');
  });
});
