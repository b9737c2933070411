import { describe, expect, it } from 'vitest';
import { createAssistant, type AnswerPort } from '../src/assistant/index.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';

/** The protocol answer service, not set up: it records the questions it gets and throws. */
function unsetAnswers(): AnswerPort & { readonly calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    answer: async (question) => {
      calls.push(question);
      throw new Error('answers not set up in this test');
    },
  };
}

describe('respond() with the "wat nu?" rules', () => {
  const knowledge = loadKnowledgeBase();

  it('should answer a situation with kind rule, the steps as text and citations that resolve', async () => {
    const answers = unsetAnswers();
    const reply = await createAssistant({ knowledge, answers }).respond('Sanne is 9 keer te laat gekomen, wat nu?');
    expect(reply.kind).toBe('rule');
    if (reply.kind !== 'rule') return;
    expect(reply.answer).toContain('Preventief gesprek met leerplicht');
    expect(reply.answer).toContain('Bron: Bossche protocol — Bijlage 1, Te laat komen');
    expect(reply.citations[0]).toEqual({
      doc: 'Bossche protocol',
      section: 'Te laat komen',
      sectionId: 'bossche-protocol/bijlage-1/te-laat-komen',
    });
    for (const citation of reply.citations) expect(knowledge.getSection(citation.sectionId)).toBeDefined();
    expect(answers.calls).toEqual([]);
  });

  it('should answer a situation missing an essential fact with the one question', async () => {
    const reply = await createAssistant({ knowledge, answers: unsetAnswers() }).respond(
      'Daan is 3 keer ziek gemeld, wat nu?',
    );
    expect(reply).toMatchObject({
      kind: 'rule',
      citations: [],
      advice: { kind: 'needs-info', missingFields: ['sickPeriod'] },
    });
    expect(reply.answer).toContain('In welke periode');
  });

  it.each(['wat is een thuiszitter?', 'wie is de jeugdarts?'])(
    'should pass the general question "%s" to the answer service',
    async (question) => {
      const answers = unsetAnswers();
      await expect(createAssistant({ knowledge, answers }).respond(question)).rejects.toThrow('not set up');
      expect(answers.calls).toEqual([question]);
    },
  );
});
