import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('a question with a greeting, thanks or a salutation around it', () => {
  it.each([
    'Hoi! wat is de piramide van Kearney?',
    'Goedemorgen, wat is de piramide van Kearney? Alvast bedankt, mvg',
    'Beste collega, wat is de piramide van Kearney?',
  ])('should answer "%s" as the question alone', (question) => {
    const alone = answers.answerExtractive('wat is de piramide van Kearney?');
    const framed = answers.answerExtractive(question);
    expect(framed.kind).toBe('knowledge');
    expect(framed.citations[0]?.sectionId).toBe(alone.citations[0]?.sectionId);
  });
});
