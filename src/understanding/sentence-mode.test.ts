import { describe, expect, it } from 'vitest';
import { wordsOf } from './fuzzy-words.js';
import { clausesOf, modeOf, modeOfClause } from './sentence-mode.js';
import { asConfirmationQuestions } from './confirmation-questions.js';

describe('modeOfClause', () => {
  it.each([
    // A need with the subject left out is a request; with a possessive or demonstrative subject it is a question.
    ['moet levi aanmelden bij de ggd', 'request'],
    ['moet onze school het verzuimbeleid op de website zetten', 'question'],
    ['moet mijn mentorleerling naar de jeugdarts als hij vaak ziek is', 'question'],
    ['moet zijn vader daar toestemming voor geven', 'question'],
    ['moet ivy naar de jeugdarts', 'question'],
    // A need inside a question about something else, and a past told with a participle without "ge".
    ['wat is de stap die ik nu moet zetten', 'question'],
    ['ik heb het verzuimoverzicht nog niet bekeken', 'fragment'],
    ['moeten alle mentoren de cursus volgen', 'question'],
    ['kun je het formulier klaarzetten', 'request'],
    ['mag de school een leerling zelf aanmelden', 'question'],
    // Leave asked about any pupil is a question, whatever the verb: not a request to the bot.
    ['mag ik een leerling naar huis sturen als hij hoofdpijn heeft', 'question'],
    ['kan ik jesse aanmelden bij de jeugdarts', 'request'],
    // Asking to know or to have something looked up, with an indirect question after it, is a question.
    ['ik wil graag weten hoe lang een traject bij de coach duurt', 'question'],
    ['ik zou graag weten over welke onderwerpen ik afspraken met ouders maak', 'question'],
    ['ik zou graag willen weten binnen welke termijn ik ouders bel', 'question'],
    ['check even of een leerling van 17 zelf toestemming geeft', 'question'],
    ['zeg eens wanneer de ggd de ouders uitnodigt', 'question'],
    ['zoek ff op wie de lpa belt', 'question'],
    ['ga even na welke criteria er gelden', 'question'],
    ['check de aanmelding van sem', 'request'],
    ['ik wil weten', 'request'],
    // A search-box query: its subject, then what it asks, or the property it asks for.
    ['aanmelding leerplicht via wie', 'question'],
    ['casuistiekoverleg welke deelnemers', 'question'],
    ['criteria aanmelding ggd', 'question'],
    ['doorlooptijd traject coach', 'question'],
    ['aanmelding jeugdarts sem', 'fragment'],
    // What the documents say, asked; an assumption checked.
    ['geef me de afspraken die je volgens de leidraad kunt maken', 'question'],
    ['klopt het dat ik hem nu moet aanmelden', 'question'],
    // The questions as a thing to work with, not a question asked.
    ['begin maar met de vragen voor het gesprek met yusuf', 'request'],
    ['ik heb een paar vragen over de verwijzing', 'question'],
  ] as const)('should read "%s" as a %s', (clause, mode) => {
    expect(modeOfClause(wordsOf(clause))).toBe(mode);
  });
});

describe('modeOf', () => {
  const clauses = (text: string) => clausesOf(text).map(wordsOf);
  it.each([
    // A wish of the user's naming no action for the bot yields to a question of its own.
    'ik wil hem eerst zelf aanspreken op het spijbelen. Mag ik de ouders daar nog buiten houden?',
    'ik wil dat er iemand meekijkt. Heeft de jeugdarts een wachtlijst?',
    // A wish naming a capability yields to a question whether something may or must be done.
    'ik wil met zijn vader in gesprek. Moet de leerling daarbij zijn?',
  ])('should read "%s" as a question', (text) => {
    expect(modeOf(clauses(text), (clause) => clause.includes('gesprek'))).toBe('question');
  });
  it.each([
    // Asking how to do what the wish tells, a wish for a capability, or one the bot acts on, is a request.
    'ik wil Noor bij de jeugdarts aanmelden, hoe doe ik dat?',
    'ik wil het verzuimbeleid leren kennen, wat zijn de stappen?',
    'ik wil een gesprek met zijn vader, waar let ik op?',
    'ik wil er iemand van buiten bij. hoe?',
  ])('should read "%s" as a request', (text) => {
    expect(modeOf(clauses(text), (clause) => clause.includes('gesprek'))).toBe('request');
  });
});

describe('a plural verb before its subject', () => {
  it.each(['volgen we dan gewoon het protocol', 'krijgen ze daarna een brief van leerplicht'])(
    'should read "%s" as a question',
    (clause) => {
      expect(modeOfClause(wordsOf(clause))).toBe('question');
    },
  );
});

describe('a wish denied', () => {
  it.each(['ik wil het niet als controle laten voelen', 'we willen hem echt niet kwijt'])(
    'should read "%s" as asking for nothing',
    (clause) => {
      expect(modeOfClause(wordsOf(clause))).toBe('fragment');
    },
  );
});

describe('a yes/no question with an adverb before its subject', () => {
  it('should read "moet altijd de mentor …" as a question and "moet nog levi aanmelden" as a need', () => {
    expect(modeOfClause(wordsOf('moet altijd de mentor het verzuimgesprek voeren'))).toBe('question');
    expect(modeOfClause(wordsOf('moet nog levi aanmelden bij de ggd'))).toBe('request');
  });
});

describe('asked to explain how something goes', () => {
  it('should read "leg me uit hoe …" and "vertel me wat …" as questions, not commands to the bot', () => {
    expect(modeOfClause(wordsOf('leg me even uit hoe een aanmelding bij de verzuimcoaches loopt'))).toBe('question');
    expect(modeOfClause(wordsOf('vertel me wat de lpa doet'))).toBe('question');
  });
});

describe('a request put politely', () => {
  it('should read "mag ik u vragen … in te vullen" as a request, and "mag ik je vragen of …" as a question', () => {
    expect(modeOfClause(wordsOf('mag ik u vragen het aanmeldformulier met mij in te vullen'))).toBe('request');
    expect(modeOfClause(wordsOf('mag ik je vragen of dat mag'))).toBe('question');
    expect(modeOfClause(wordsOf('mag ik je iets vragen'))).toBe('question');
  });
});

describe('asConfirmationQuestions', () => {
  it.each([
    [
      'ik moet als mentor toch met een oplossing komen? anders',
      'klopt het dat ik moet als mentor toch met een oplossing komen? anders',
    ],
    ['hij is 15. ldos is toch alleen voor vo?', 'hij is 15. klopt het dat ldos is toch alleen voor vo?'],
  ])('should read "%s" as the assumption it checks', (typed, read) => {
    expect(asConfirmationQuestions(typed)).toBe(read);
  });
  it.each([
    // Already a question, a request to the bot, or no question mark.
    'moet ik toch nog bellen?',
    'kun je het formulier toch klaarzetten?',
    'ik moet sem toch nog aanmelden',
  ])('should leave "%s" as it is', (typed) => {
    expect(asConfirmationQuestions(typed)).toBe(typed);
  });
});

describe('asking to be explained or reminded', () => {
  it.each([
    'kun je dat toelichten',
    'leg je dat uit',
    'zou je het verschil kunnen uitleggen',
    'help me herinneren hoe lang een begeleiding duurt',
    'ik snap niet wanneer je een verzuimcoach inschakelt',
    'ik begrijp het niet goed wie er bij het gesprek moet zijn',
    // The other half of an alternative question.
    'of moet ik iets regelen met ouders',
  ])('should read "%s" as a question', (said) => {
    expect(modeOfClause(wordsOf(said))).toBe('question');
  });
  it('should read "help me herinneren:" as announcing, "kun je me het protocol uitleggen" as asking', () => {
    expect(modeOfClause(wordsOf('help me herinneren'))).toBe('fragment');
    expect(modeOfClause(wordsOf('kun je me het protocol uitleggen'))).toBe('request');
  });
});
