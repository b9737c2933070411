import { describe, expect, it } from 'vitest';
import type { KnowledgeIndex } from './knowledge-index.js';
import { nearTokensOf, slipTolerant } from './near-tokens.js';

const sections = new Map([
  ['grip', new Set(['grip', 'arrangement', 'onderwijszorgarrangement'])],
  ['handhaving', new Set(['straf', 'taakstraf', 'proces', 'verbal'])],
]);
const index = {
  sectionIds: [...sections.keys()],
  sectionTokens: (sectionId: string) => sections.get(sectionId) ?? new Set<string>(),
} as unknown as KnowledgeIndex;

describe('slipTolerant', () => {
  const near = nearTokensOf(index);
  it('should count a token a slip away from one the section holds', () => {
    expect(slipTolerant(sections.get('grip')!, near).has('arrangment')).toBe(true);
    expect(slipTolerant(sections.get('grip')!, near).has('arangement')).toBe(true);
  });
  it('should not count a short token, another first letter, or a token the section lacks', () => {
    expect(slipTolerant(sections.get('handhaving')!, near).has('stra')).toBe(false);
    expect(slipTolerant(sections.get('grip')!, near).has('brrangement')).toBe(false);
    expect(slipTolerant(sections.get('handhaving')!, near).has('arrangment')).toBe(false);
  });
});
