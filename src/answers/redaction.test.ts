import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../knowledge/knowledge-base.js';
import { redactQuestion } from './redaction.js';
import { loadVocabulary } from './vocabulary.js';

const options = { knowledge: loadKnowledgeBase(), vocabulary: loadVocabulary() };
const redact = (text: string) => redactQuestion(text, options);

describe('redactQuestion', () => {
  it('should remove names but keep protocol terms and question words', () => {
    expect(redact('Sanne de Vries komt vaak te laat, moet ik de LPA of de GGD bellen?')).toBe(
      '[naam] komt vaak te laat, moet ik de LPA of de GGD bellen?',
    );
    expect(redact('Wat doet de Leerplichtambtenaar bij een DUO-melding?')).toBe(
      'Wat doet de Leerplichtambtenaar bij een DUO-melding?',
    );
    expect(redact('Mohammed El Amrani en Julia van den Berg spijbelen')).toBe('[naam] en [naam] spijbelen');
  });

  it("should keep the documents' own proper nouns, but not the names of the people they quote", () => {
    expect(redact('Zomeractie, wat was dat?')).toBe('Zomeractie, wat was dat?');
    expect(redact('Wat doet Halt bij Jesse?')).toBe('Wat doet Halt bij [naam]?');
    // "Consulent … Marjon Idema vertelt": a person in the documents is still a name in a question.
    expect(redact('Marjon Idema zegt dat Idema het weet')).toBe('[naam] zegt dat [naam] het weet');
  });

  it('should remove dates, ages, phone numbers, e-mail addresses and long numbers', () => {
    expect(redact('geboren 12-03-2011, nu 14 jaar, sinds 3 maart afwezig')).toBe(
      'geboren [datum], nu [leeftijd], sinds [datum] afwezig',
    );
    expect(redact('bel moeder op 06-12345678 of +31 6 1234 5678')).toBe(
      'bel moeder op [telefoonnummer] of [telefoonnummer]',
    );
    expect(redact('mail naar ouders.jansen@example.nl')).toBe('mail naar [e-mail]');
    expect(redact('leerlingnummer 20231234')).toBe('leerlingnummer [nummer]');
    expect(redact('een 15-jarige leerling')).toBe('een [leeftijd] leerling');
  });

  it('should keep the numbers a protocol question is about', () => {
    expect(redact('vanaf hoeveel keer te laat, 12 keer of 8 keer?')).toBe(
      'vanaf hoeveel keer te laat, 12 keer of 8 keer?',
    );
    expect(redact('16 uur in 4 weken')).toBe('16 uur in 4 weken');
  });

  it('should never let a capitalised unknown name through, whatever surrounds it', () => {
    const names = fc.constantFrom('Sanne', 'Daan', 'Bouchra', 'Xiomara', 'Kees', 'Jansen', 'Yilmaz', 'Öztürk');
    fc.assert(
      fc.property(
        names,
        fc.constantFrom('', 'Wat moet ik doen met ', 'mijn leerling ', 'Hoi, '),
        fc.constantFrom('', ' is ziek', ', 14 jaar', '?'),
        (name, before, after) => {
          expect(redact(`${before}${name}${after}`)).not.toContain(name);
        },
      ),
    );
  });
});

describe('a long question word with a slip', () => {
  it('should keep it, not take it for a name; a name one slip from a question word is still redacted', () => {
    expect(redact('warom moet ik de leerling zelf zo centraal zetten?')).toBe(
      'warom moet ik de leerling zelf zo centraal zetten?',
    );
    expect(redact('Wanneeer telt een leerling als thuiszitter?')).toBe('Wanneeer telt een leerling als thuiszitter?');
    expect(redact('Wilke mist veel, waarom?')).toBe('[naam] mist veel, waarom?');
  });
});
