import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('answers to questions about a capability', () => {
  const question = 'mag ik de gespreksleidraad ook bij ouders gebruiken?';

  it('should answer from a lower confidence when the question names a capability of the protocol', async () => {
    const plain = await answers.answer(question);
    const onTopic = await answers.answer(question, { onTopic: true });
    expect(onTopic.confidence).toBe(plain.confidence);
    expect(plain.kind).toBe('none');
    expect(onTopic.kind).toBe('knowledge');
    expect(onTopic.citations.length).toBeGreaterThan(0);
  });

  it('should still refuse a question on topic whose words the documents do not hold', async () => {
    const reply = await answers.answer('welke kleur heeft het aanmeldformulier in magister?', { onTopic: true });
    expect(reply.kind).toBe('none');
  });
});
