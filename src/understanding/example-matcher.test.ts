import { describe, expect, it } from 'vitest';
import { createExampleMatcher, loadExamples } from './example-matcher.js';

describe('example matcher', () => {
  const examples = loadExamples();
  const matcher = createExampleMatcher(examples);

  it('should load the capability phrasings and the section questions as examples', () => {
    const labels = new Set(examples.map((example) => example.label));
    expect(labels).toContain('openstaande-acties');
    expect(labels).toContain('question');
    expect(examples.filter((example) => example.label === 'question').length).toBeGreaterThan(1000);
  });

  it('should find a protocol question most like the questions the documents answer', () => {
    expect(matcher.nearest('binnen hoeveel weken nodigt de jeugdarts de leerling uit?')?.label).toBe('question');
  });

  it('should find nothing for a message without any indexed word', () => {
    expect(matcher.nearest('xyzzy qwerty')).toBeUndefined();
  });

  it('should answer nothing without examples', () => {
    expect(createExampleMatcher([]).nearest('mijn to do lijstje')).toBeUndefined();
  });
});
