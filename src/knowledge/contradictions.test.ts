import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContradictions } from './contradictions.js';
import { KnowledgeFormatError } from './knowledge-error.js';
import { loadKnowledgeBase } from './knowledge-base.js';

describe('loadContradictions', () => {
  it('should read knowledge/contradictions.yaml, each reading citing a section that exists', () => {
    const knowledge = loadKnowledgeBase();
    const contradictions = loadContradictions();
    expect(contradictions.length).toBeGreaterThan(10);
    for (const contradiction of contradictions)
      for (const reading of contradiction.readings) expect(knowledge.getSection(reading.sectionId)).toBeDefined();
  });

  it('should name the file and the field of a contradiction with one reading', () => {
    const directory = mkdtempSync(join(tmpdir(), 'contradictions-'));
    writeFileSync(
      join(directory, 'contradictions.yaml'),
      '- id: een\n  topic: t\n  summary: s\n  readings:\n    - { text: alleen, sectionId: a/b }\n',
    );
    expect(() => loadContradictions(directory)).toThrow(KnowledgeFormatError);
    expect(() => loadContradictions(directory)).toThrow(/^contradictions\.yaml: 0\.readings /);
  });
});
