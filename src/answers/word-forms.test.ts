import { describe, expect, it } from 'vitest';
import { sampleDocument, sampleKnowledgeDirectory } from '../../test/fixtures/sample-knowledge.js';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { buildKnowledgeIndex } from './knowledge-index.js';
import { compoundsEndingIn, verbFamily } from './word-forms.js';

const document = sampleDocument(
  `# Voorbeeld {#top}

## Gesprek {#gesprek}

De mentor vertelt de ouders wat school ziet. De oco gaat het verzuimoverzicht maandelijks analyseren.
Ook diverse zorgaanbieders sluiten aan.
`,
  { primary: true },
);

function sampleIndex() {
  return buildKnowledgeIndex(loadKnowledgeBase(sampleKnowledgeDirectory(document)));
}

describe('verbFamily', () => {
  const index = sampleIndex();
  const inIndex = (token: string) => verbFamily(token, index).filter((form) => index.sectionsWith([form]).size > 0);
  const tokenOf = (word: string) => index.tokens(word)[0]!;

  it.each([
    // The text writes "vertelt", the question "vertellen".
    ['vertellen', 'vertelt'],
    // The text writes the infinitive, the question a participle.
    ['geanalyseerd', 'analyseren'],
  ])('should find "%s" under the form the text writes ("%s")', (asked, written) => {
    expect(index.sectionsWith([tokenOf(asked)]).size).toBe(0);
    expect(inIndex(tokenOf(asked))).toContain(tokenOf(written));
  });

  it('should leave short words alone', () => {
    expect(verbFamily('gaat', index)).toEqual([]);
  });
});

describe('compoundsEndingIn', () => {
  const index = sampleIndex();
  const tokenOf = (word: string) => index.tokens(word)[0]!;

  it('should find the compound a word the text never writes alone is the last part of', () => {
    expect(index.sectionsWith([tokenOf('aanbieder')]).size).toBe(0);
    expect(compoundsEndingIn(tokenOf('aanbieder'), index)).toContain(tokenOf('zorgaanbieders'));
  });

  it('should not take a short word for a compound part', () => {
    expect(compoundsEndingIn(tokenOf('ouder'), index)).toEqual([]);
  });
});
