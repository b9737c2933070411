import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('a part of a document named in the question', () => {
  it.each([
    ['wat levert deel 2 op als resultaat?', 'bossche-protocol/deel-2/resultaat'],
    ['wat is het resultaat van deel 3?', 'bossche-protocol/deel-3/resultaat'],
  ])('should answer "%s" from that part (%s)', (question, sectionId) => {
    const reply = answers.answerExtractive(question);
    expect(reply.kind).toBe('knowledge');
    expect(reply.citations[0]?.sectionId).toBe(sectionId);
  });
});
