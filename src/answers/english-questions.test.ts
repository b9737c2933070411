import { describe, expect, it } from 'vitest';
import { createEnglishQuestions } from './english-questions.js';
import { normalizeQuestion } from './text-folding.js';

const inDutch = createEnglishQuestions();
const read = (question: string) => inDutch(normalizeQuestion(question));

describe('a protocol question asked in English', () => {
  it('should read what is asked and the documents words in Dutch', () => {
    expect(read('How long is the talk at the consultation hour?')).toBe('hoe lang is the gesprek at the spreekuur?');
    expect(read('What is the age range for the doorbraakoverleg?')).toBe(
      'wat is the leeftijd for the doorbraakoverleg?',
    );
  });

  it('should leave a question word that joins a clause in English, so it asks nothing', () => {
    expect(read('parents ask why they have to go to the GGD when they called in sick')).toBe(
      'ouders ask why they moeten naar the ggd when they ziek gemeld',
    );
  });

  it('should read a phrase of several English words in a Dutch question, but no single word', () => {
    expect(read('spreekuur gesprek, how long?')).toBe('spreekuur gesprek, hoe lang?');
    expect(read('wat is de goal van het plan?')).toBe('wat is de goal van het plan?');
  });

  it('should leave a Dutch question, and its own English loan words, as they are', () => {
    for (const question of [
      'wie is de lpa?',
      'hoe lang duurt het spreekuur?',
      'mag ik de feedback van de jeugdarts zien?',
    ])
      expect(read(question)).toBe(normalizeQuestion(question));
  });
});
