import { describe, expect, it } from 'vitest';
import { createAnswerService } from './answer-service.js';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { otherPlacesNamed } from './places.js';

describe('a place the documents never name', () => {
  const knowledge = loadKnowledgeBase();
  const answers = createAnswerService({ knowledge });

  it.each(['Hoe regelen ze het doorbraakoverleg in Eindhoven?', 'Werkt Groningen ook met verzuimcoaches?'])(
    'should refuse a question about another region: %s',
    async (question) => {
      expect((await answers.answer(question)).kind).toBe('none');
    },
  );

  it('should count only places no document names', () => {
    const documentsName = (word: string) => ['twente', 'alkmaar'].includes(word);
    expect(otherPlacesNamed('Doen ze dit in Twente of in Breda anders?', documentsName)).toBe(1);
    expect(otherPlacesNamed('Wat doet het doorbraakoverleg voor Sem?', documentsName)).toBe(0);
  });
});
