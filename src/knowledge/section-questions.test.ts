import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleKnowledgeDirectory } from '../../test/fixtures/sample-knowledge.js';
import { KnowledgeFormatError, loadKnowledgeBase } from './knowledge-base.js';

const sample = sampleDocument('# Voorbeeld {#top}\n\n## Deel {#deel}\n\nTekst van het deel.\n');

function knowledgeDirectory(questionsYaml?: string, fileName = 'sample.yaml'): string {
  return sampleKnowledgeDirectory(
    sample,
    questionsYaml === undefined ? {} : { 'section-questions': { [fileName]: questionsYaml } },
  );
}

describe('loadSectionQuestions', () => {
  it('should give each section its questions, by whole or document-relative id', () => {
    const knowledge = loadKnowledgeBase(
      knowledgeDirectory('sample/deel:\n  - wat staat er in het deel?\ntop:\n  - waar gaat het over?\n'),
    );
    expect(knowledge.questionsOf('sample/deel')).toEqual(['wat staat er in het deel?']);
    expect(knowledge.questionsOf('sample/top')).toEqual(['waar gaat het over?']);
  });

  it('should keep the words of the section that answer a question beside it', () => {
    const knowledge = loadKnowledgeBase(
      knowledgeDirectory(
        'deel:\n  - question: wat staat er in het deel?\n' + '    quote: Tekst van het deel\n  - en verder?\n',
      ),
    );
    expect(knowledge.sectionQuestionsOf('sample/deel')).toEqual([
      { question: 'wat staat er in het deel?', quote: 'Tekst van het deel' },
      { question: 'en verder?' },
    ]);
    expect(knowledge.questionsOf('sample/deel')).toEqual(['wat staat er in het deel?', 'en verder?']);
  });

  it("should add the passages' questions after the section's own", () => {
    const directory = sampleKnowledgeDirectory(sample, {
      'section-questions': { 'sample.yaml': 'deel:\n  - wat staat er in het deel?\n' },
      'passage-questions': {
        'sample.yaml': 'sample/deel:\n  - question: welke tekst heeft het deel?\n    quote: Tekst van het deel\n',
      },
    });
    const knowledge = loadKnowledgeBase(directory);
    expect(knowledge.questionsOf('sample/deel')).toEqual(['wat staat er in het deel?', 'welke tekst heeft het deel?']);
    expect(knowledge.sectionQuestionsOf('sample/deel')[1]).toEqual({
      question: 'welke tekst heeft het deel?',
      quote: 'Tekst van het deel',
    });
  });

  it('should refuse a quote that is not in the text of its section', () => {
    expect(() =>
      loadKnowledgeBase(knowledgeDirectory('deel:\n  - question: wat staat er?\n    quote: Iets heel anders\n')),
    ).toThrow(/not in the text of sample\/deel/);
  });

  it('should give no questions when the folder is missing', () => {
    expect(loadKnowledgeBase(knowledgeDirectory()).questionsOf('sample/deel')).toEqual([]);
  });

  it('should refuse an unknown section id', () => {
    expect(() => loadKnowledgeBase(knowledgeDirectory('sample/bestaat-niet:\n  - vraag?\n'))).toThrow(
      KnowledgeFormatError,
    );
  });

  it('should refuse a file named after no document', () => {
    expect(() => loadKnowledgeBase(knowledgeDirectory('deel:\n  - vraag?\n', 'onbekend.yaml'))).toThrow(
      /no document "onbekend"/,
    );
  });

  it('should refuse a value that is not a list of questions', () => {
    expect(() => loadKnowledgeBase(knowledgeDirectory('deel:\n  vraag: antwoord\n'))).toThrow(KnowledgeFormatError);
  });
});
