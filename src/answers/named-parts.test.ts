import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';
import { ordinalOf } from './ordinal-parts.js';
import { retrieve } from './retrieval.js';
import { loadVocabulary } from './vocabulary.js';

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

describe('a document named as the source ("volgens de praktijkkaart")', () => {
  it.each([
    [
      'welke leerlingen moeten volgens de praktijkkaart in beeld blijven?',
      'praktijkkaart-thuiszitters/stap-1/leerlingen-in-beeld',
    ],
    ['wat moet de mentor volgens de praktijkkaart doen?', 'praktijkkaart-thuiszitters/stap-2/mentor'],
  ])('should answer "%s" from what that document says (%s), not from its name', (question, sectionId) => {
    const reply = answers.answerExtractive(question);
    expect(reply.kind).toBe('knowledge');
    expect(reply.citations[0]?.sectionId).toBe(sectionId);
  });
});

const leidraad = 'bossche-protocol/bijlage-2/leidraad';

describe('a part named by its number ("de tweede vraag van de leidraad")', () => {
  it.each([
    ['wat is de eerste stap in de leidraad voor het verzuimgesprek?', `${leidraad}/zorgen-delen`],
    ['welke 3e vraag stelt de leidraad van het verzuimgesprek', `${leidraad}/rol-van-school`],
  ])('should answer "%s" from that part (%s)', (question, sectionId) => {
    const reply = answers.answerExtractive(question);
    expect(reply.kind).toBe('knowledge');
    expect(reply.citations[0]?.sectionId).toBe(sectionId);
  });

  it.each([
    ['de tweede vraag', 2],
    ['2e stap', 2],
    ['het laatste onderdeel', -1],
    ['de eerste keer te laat', undefined],
    ['de tweede helft', undefined],
  ])('should read the part named in "%s" as %s', (text, number) => {
    expect(ordinalOf(text)).toBe(number);
  });
});

describe('a part named as the source', () => {
  it('should not be a word the section must hold ("volgens deel 3")', () => {
    const { concepts } = retrieve({
      question: 'Naar wie verwijst de oco een leerling volgens deel 3?',
      index: answers.index,
      knowledge: loadKnowledgeBase(),
      vocabulary: loadVocabulary(),
    });
    const partTokens = answers.index.tokens('deel');
    expect(concepts.length).toBeGreaterThan(0);
    expect(concepts.some((concept) => concept.alternatives.some((tokens) => tokens.includes(partTokens[0]!)))).toBe(
      false,
    );
  });
});

describe("chat's fillers", () => {
  it('should not keep a question from being answered ("oke dus eh")', () => {
    const answer = answers.answerExtractive('oke dus eh, wanneer is een leerling nou officieel een thuiszitter?');
    expect(answer.kind).toBe('knowledge');
    expect(answer.citations[0]?.sectionId).toBe('leerplicht-jaarverslag-2021-2022/thuiszitters');
  });
});

describe('a question told with context', () => {
  it.each([
    [
      "Een aanbieder biedt ons een programma tegen schoolweigering aan. Hoe check ik of zo'n interventie deugt?",
      'praktijkkaart-thuiszitters/stap-4/goede-interventie',
    ],
    [
      'Mijn collega zegt dat het niet hoeft en ik twijfel nu. Moet ik ouders dezelfde dag bellen als hun kind ziek is?',
      'bossche-protocol/deel-3/werkafspraken',
    ],
  ])('should answer the sentence that asks: "%s"', (question, sectionId) => {
    const answer = answers.answerExtractive(question);
    expect(answer.kind).toBe('knowledge');
    expect(answer.citations[0]?.sectionId).toBe(sectionId);
  });
  it('should answer the sentence that opens with a question word when no question mark is typed', () => {
    const question =
      'Mijn collega zegt dat het niet hoeft en ik twijfel nu. Moet ik ouders dezelfde dag bellen als hun kind ziek is';
    expect(answers.answerExtractive(question).citations[0]?.sectionId).toBe('bossche-protocol/deel-3/werkafspraken');
  });
  it('should still refuse what no document answers, context or not', () => {
    const question = 'We zitten met de roosters. Via welke app plant de GGD haar afspraken met leerlingen?';
    expect(answers.answerExtractive(question).kind).toBe('none');
  });
});
