import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { buildKnowledgeIndex } from './knowledge-index.js';
import { verbFamily } from './concepts.js';

const document = `---
id: sample
title: Voorbeeld
shortTitle: Voorbeeld
publisher: Iemand
date: 2022-01
region: ""
sourceFile: x.txt
primary: true
---

# Voorbeeld {#top}

## Gesprek {#gesprek}

De mentor vertelt de ouders wat school ziet. De oco gaat het verzuimoverzicht maandelijks analyseren.
`;

function sampleIndex() {
  const directory = mkdtempSync(join(tmpdir(), 'verb-family-'));
  mkdirSync(join(directory, 'documents'));
  writeFileSync(join(directory, 'documents', 'sample.md'), document);
  return buildKnowledgeIndex(loadKnowledgeBase(directory));
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
