import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { buildKnowledgeIndex } from './knowledge-index.js';
import { verbFamily } from './concepts.js';

describe('verbFamily', () => {
  const index = buildKnowledgeIndex(loadKnowledgeBase());
  const inIndex = (token: string) => verbFamily(token, index).filter((form) => index.sectionsWith([form]).size > 0);

  it.each([
    // "vertellen" is not in the documents, "vertelt" is.
    [index.tokens('vertellen')[0]!, index.tokens('vertelt')[0]!],
    // A participle the documents never write, the infinitive they do.
    [index.tokens('geanalyseerd')[0]!, index.tokens('analyseren')[0]!],
  ])('should find %s under the form the knowledge base writes (%s)', (token, expected) => {
    expect(index.sectionsWith([token]).size).toBe(0);
    expect(inIndex(token)).toContain(expected);
  });

  it('should leave short words alone', () => {
    expect(verbFamily('gaat', index)).toEqual([]);
  });
});
