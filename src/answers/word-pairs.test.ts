import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { buildKnowledgeIndex } from './knowledge-index.js';
import { wordPairsOf } from './word-pairs.js';

const knowledge = loadKnowledgeBase();
const index = buildKnowledgeIndex(knowledge);
const pairs = wordPairsOf(index, knowledge);

describe('word pairs', () => {
  it('reads a question as pairs of neighbouring words the knowledge base writes together', () => {
    expect(pairs.pairsOf('met wie stel je het plan van aanpak op?')).toEqual(['plan aanpak']);
    // Words the knowledge base never writes side by side make no pair.
    expect(pairs.pairsOf('wifi wachtwoord school')).toEqual([]);
  });

  it('gives a section the share of the pairs it holds, weighted by rarity', () => {
    const asked = pairs.pairsOf('plan van aanpak bij de leerplichtambtenaar');
    const holders = index.sectionIds.filter((id) => pairs.shareIn(asked, id) > 0);
    expect(holders).toContain('bossche-protocol/deel-4/algemene-werkafspraken');
    expect(holders.length).toBeLessThan(index.sectionIds.length / 4);
    for (const id of index.sectionIds) expect(pairs.shareIn(asked, id)).toBeLessThanOrEqual(1);
    expect(pairs.shareIn([], 'bossche-protocol/deel-4/algemene-werkafspraken')).toBe(0);
  });
});
