import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../test/fixtures/sample-knowledge.js';
import { KnowledgeFormatError, loadKnowledgeBase, parseKnowledgeDocument } from './knowledge-base.js';

const sample = sampleDocument(`# Voorbeeld {#top}

Intro.

## Deel {#deel}

### Sub {#deel/sub}

Tekst van sub.
`);

describe('parseKnowledgeDocument', () => {
  it('should split a document into sections with ids, titles, parents and bodies', () => {
    const { document, sections } = parseKnowledgeDocument(sample);
    expect(document).toMatchObject({
      id: 'sample',
      date: '2022-01',
      sectionIds: ['sample/top', 'sample/deel', 'sample/deel/sub'],
    });
    expect(sections[2]).toEqual({
      id: 'sample/deel/sub',
      documentId: 'sample',
      title: 'Sub',
      level: 3,
      parentTitles: ['Deel'],
      body: 'Tekst van sub.',
    });
    expect(sections[1]!.body).toBe('');
  });

  it('should refuse a heading without an anchor', () => {
    expect(() => parseKnowledgeDocument(sample.replace('## Deel {#deel}', '## Deel'))).toThrow(KnowledgeFormatError);
  });

  it('should refuse a duplicate anchor', () => {
    expect(() => parseKnowledgeDocument(sample.replace('{#deel/sub}', '{#deel}'))).toThrow(/duplicate section id/);
  });
});

describe('loadKnowledgeBase', () => {
  it('should load the five source documents with the sections other code relies on', () => {
    const knowledge = loadKnowledgeBase();
    expect([...knowledge.documents.keys()].sort()).toEqual([
      'bossche-protocol',
      'leerplicht-jaarverslag-2021-2022',
      'praktijkkaart-thuiszitters',
      'verzuimcoaches-interview',
      'verzuimcoaches-jaarverslag-2023',
    ]);
    for (const id of [
      'bossche-protocol/bijlage-1/te-laat-komen',
      'bossche-protocol/bijlage-1/spijbelen',
      'bossche-protocol/bijlage-1/ziekteverzuim',
      'bossche-protocol/bijlage-3',
      'leerplicht-jaarverslag-2021-2022/thuiszitters',
    ]) {
      expect(knowledge.getSection(id)?.body.length, id).toBeGreaterThan(20);
    }
  });
});
