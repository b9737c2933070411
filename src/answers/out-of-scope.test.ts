import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('questions no document answers, however well their words are covered', () => {
  it.each([
    // Today's figures: the documents are reports of earlier years.
    'hoeveel leerlingen staan er momenteel op de wachtlijst van de verzuimcoaches?',
    'hoe lang is op dit moment de wachttijd bij de jeugdarts?',
    // The school's own software.
    'hoe verander ik in SOMtoday een absentie naar geoorloofd?',
    'hoe registreer je via het leerlingvolgsysteem een ziekmelding?',
  ])('should refuse "%s"', (question) => {
    expect(answers.answerExtractive(question).kind).toBe('none');
  });

  it('should still answer what the documents say about registering and waiting lists', () => {
    expect(answers.answerExtractive('moet de school het verzuim registreren?').kind).toBe('knowledge');
    expect(answers.answerExtractive('is er een wachtlijst bij de verzuimcoaches?').kind).toBe('knowledge');
  });
});
