import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('answers to contact questions', () => {
  it('should refuse a contact the documents do not hold, pointing to the closest section and the oco', () => {
    const reply = answers.answerExtractive('wat is het mailadres van de jeugdarts van onze school?');
    expect(reply.kind).toBe('none');
    expect(reply.answer).toContain('Dat staat niet in het protocol.');
    expect(reply.answer).toContain('ondersteuningscoördinator');
  });

  it('should answer a contact the documents do hold', () => {
    const reply = answers.answerExtractive('wat is het mailadres van Ouders & Onderwijs?');
    expect(reply.kind).toBe('knowledge');
    expect(reply.answer).toContain('vraag@oudersenonderwijs.nl');
  });

  it("should refuse a question for this school's own dates or counts, which no protocol holds", () => {
    expect(answers.answerExtractive('wanneer is de volgende zat vergadering bij ons op school?').kind).toBe('none');
    expect(answers.answerExtractive('hoeveel leerlingen heeft onze school vorig jaar bij duo gemeld?').kind).toBe(
      'none',
    );
  });

  it('should still answer what the protocol says every school does', () => {
    const reply = answers.answerExtractive('waar moeten ouders het verzuimprotocol van school kunnen vinden?');
    expect(reply.kind).toBe('knowledge');
  });

  it('should refuse how much something costs, or how many hours, when the passages hold no such amount', () => {
    // Each was answered with the nearest sentences before the check: a fine, a price, hours of a Halt sanction.
    expect(answers.answerExtractive('hoe hoog is de boete voor ouders bij luxeverzuim?').kind).toBe('none');
    expect(answers.answerExtractive('hoeveel kost een preventief gesprek bij leerplicht voor ouders?').kind).toBe(
      'none',
    );
    expect(answers.answerExtractive('hoeveel uur taakstraf krijgt een spijbelaar bij Halt?').kind).toBe('none');
  });

  it('should answer how many weeks when the passages hold the weeks, in words or digits', () => {
    const reply = answers.answerExtractive('binnen hoeveel weken nodigt de jeugdarts de leerling uit?');
    expect(reply.kind).toBe('knowledge');
    expect(reply.answer).toContain('twee weken');
  });

  it('should refuse a date when the passages hold none', () => {
    // Answered with the ZAT's working agreements before the check.
    expect(answers.answerExtractive('op welke datum is de volgende ZAT?').kind).toBe('none');
  });

  it('should refuse which app is used when the passages name no app', () => {
    expect(answers.answerExtractive('via welke app plant de jeugdarts haar afspraken met ouders?').kind).toBe('none');
  });
});
