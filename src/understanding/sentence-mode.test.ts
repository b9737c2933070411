import { describe, expect, it } from 'vitest';
import { wordsOf } from './fuzzy-words.js';
import { modeOfClause } from './sentence-mode.js';

describe('modeOfClause', () => {
  it.each([
    // A need with the subject left out is a request; with a possessive or demonstrative subject it is a question.
    ['moet levi aanmelden bij de ggd', 'request'],
    ['moet onze school het verzuimbeleid op de website zetten', 'question'],
    ['moet mijn mentorleerling naar de jeugdarts als hij vaak ziek is', 'question'],
    ['moet zijn vader daar toestemming voor geven', 'question'],
    ['moeten alle mentoren de cursus volgen', 'question'],
    ['kun je het formulier klaarzetten', 'request'],
    ['mag de school een leerling zelf aanmelden', 'question'],
    // Leave asked about any pupil is a question, whatever the verb: not a request to the bot.
    ['mag ik een leerling naar huis sturen als hij hoofdpijn heeft', 'question'],
    ['kan ik jesse aanmelden bij de jeugdarts', 'request'],
  ] as const)('should read "%s" as a %s', (clause, mode) => {
    expect(modeOfClause(wordsOf(clause))).toBe(mode);
  });
});
