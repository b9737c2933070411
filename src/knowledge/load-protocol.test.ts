import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KnowledgeFormatError } from './knowledge-error.js';
import { loadKnowledgeBase } from './knowledge-base.js';
import { checkProtocolSources, defaultProtocolsDirectory, loadProtocol } from './load-protocol.js';

/** A copy of the Bossche region named `broken`, with one file's text changed. */
function brokenRegion(fileName: string, change: (text: string) => string): string {
  const directory = mkdtempSync(join(tmpdir(), 'protocols-'));
  cpSync(join(defaultProtocolsDirectory, 'bossche'), join(directory, 'broken'), { recursive: true });
  const file = join(directory, 'broken', fileName);
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  return directory;
}

describe('loadProtocol', () => {
  it('should load the Bossche region with its numbers filled into the wording', () => {
    const protocol = loadProtocol();
    expect(protocol).toMatchObject({ id: 'bossche', region: 'bossche', contradictions: 'contradictions.yaml' });
    expect(protocol.thresholds.teLaat).toEqual({ talkUpTo: 7, preventiveUpTo: 11 });
    expect(protocol.steps['te-laat/preventief-gesprek'].what).toMatch(/^8 t\/m 11 keer te laat: /);
    expect(protocol.texts.spijbelen.preventiveDays).toBe('1 tot 1,5 dag spijbelen');
    // What the advice fills in stays a placeholder.
    expect(protocol.texts.questions.lateCount).toBe('Hoe vaak is {name} te laat gekomen?');
  });

  it('should name the file and the field of a threshold that is not a number', () => {
    const directory = brokenRegion('protocol.yaml', (text) => text.replace('talkUpTo: 7', 'talkUpTo: zeven'));
    expect(() => loadProtocol({ region: 'broken', directory })).toThrow(KnowledgeFormatError);
    expect(() => loadProtocol({ region: 'broken', directory })).toThrow(
      /^protocols\/broken\/protocol\.yaml: thresholds\.teLaat\.talkUpTo Expected number/,
    );
  });

  it('should name the file and the field of a step that lacks its wording', () => {
    const directory = brokenRegion('steps.yaml', (text) =>
      text.replace(/(stagnatie\/analyse:\n(?:.*\n)*?)\s+title: Stagnatie analyseren\n/, '$1\n'),
    );
    expect(() => loadProtocol({ region: 'broken', directory })).toThrow(
      /^protocols\/broken\/steps\.yaml: stagnatie\/analyse\.title Required/,
    );
  });

  it('should name a source key a step cites that the region does not define', () => {
    const directory = brokenRegion('steps.yaml', (text) => text.replace('sources: [ swvPo ]', 'sources: [ swvP0 ]'));
    expect(() => loadProtocol({ region: 'broken', directory })).toThrow(
      /protocols\/broken\/steps\.yaml: thuiszitten\/breed-overleg-po\.sources\.0 Invalid enum value/,
    );
  });

  it('should name the field of a placeholder that is neither a threshold nor filled in by the advice', () => {
    const directory = brokenRegion('texts.yaml', (text) => text.replace('{teLaat.preventiveUpTo+1}', '{teLaat.max}'));
    expect(() => loadProtocol({ region: 'broken', directory })).toThrow(
      /^protocols\/broken\/texts\.yaml\.notes\.teLaatLaw\.text: unknown placeholder \{teLaat\.max\}/,
    );
  });

  it('should accept the Bossche sources and name a source that is not in the knowledge base', () => {
    const knowledge = loadKnowledgeBase();
    expect(() => checkProtocolSources(loadProtocol(), knowledge)).not.toThrow();
    const fixtures = fileURLToPath(new URL('../../test/fixtures/protocols/', import.meta.url));
    expect(() => checkProtocolSources(loadProtocol({ region: 'mazl', directory: fixtures }), knowledge)).toThrow(
      /^protocols\/mazl\/protocol\.yaml: sources\.teLaat\.sectionId mazl-voorbeeld\/te-laat is not a section/,
    );
  });

  it('should say which region folder is missing', () => {
    expect(() => loadProtocol({ region: 'nergens' })).toThrow(/^protocols\/nergens\/protocol\.yaml: cannot read it/);
    expect(() => loadProtocol({ region: '../bossche' })).toThrow(/is not a folder name/);
  });
});
