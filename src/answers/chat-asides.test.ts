import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { createAnswerService } from './answer-service.js';

const answers = createAnswerService({ knowledge: loadKnowledgeBase() });

describe('questions with chat asides around what is asked', () => {
  it.each([
    // English mixed in: its function words and the words around them that no document holds are asides.
    ["wat is het doel van een verzuimgesprek? it's for one of my students, they are struggling", 'bossche-protocol'],
    ['binnen hoeveel tijd nodigt de jeugdarts de ouders uit? the parents are asking me', 'bossche-protocol'],
    // Dutch chat's "x" for "keer" and "lijkt me".
    ['hoeveel x te laat voordat ik het moet melden bij leerplicht? lijkt me veel', 'bossche-protocol'],
    // A remark after the question, with words no document holds: an aside, not something asked about.
    ['binnen hoeveel weken ziet de jeugdarts de leerling? superirritant, dat gewacht', 'bossche-protocol'],
    ['wat doet een verzuimcoach precies? superbenieuwd hihi', 'verzuimcoaches'],
  ])('should answer "%s" from %s', (question, document) => {
    const answer = answers.answerExtractive(question);
    expect(answer.kind).toBe('knowledge');
    expect(answer.citations[0]?.sectionId).toContain(document);
  });
});
