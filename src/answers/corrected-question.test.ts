import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('what a question asks for, read as corrected', () => {
  it('should find the amount asked near the thing counted when the thing was mistyped', () => {
    const typed = answers.answerExtractive(
      'Hoeveel dagen ondudelijk ziekteverzuim achter elkaar is reden om de jeugdarts in te schakelen?',
    );
    const spelled = answers.answerExtractive(
      'Hoeveel dagen onduidelijk ziekteverzuim achter elkaar is reden om de jeugdarts in te schakelen?',
    );
    expect(spelled.kind).toBe('knowledge');
    expect(typed.kind).toBe('knowledge');
    expect(typed.citations.map((citation) => citation.sectionId)).toEqual(
      spelled.citations.map((citation) => citation.sectionId),
    );
  });
});
