import { describe, expect, it } from 'vitest';
import { looksLikeSituation } from './looks-like-situation.js';
import { withSentenceBreaks, withoutSignOff } from './message-frame.js';
import { parseSituation } from './parse-situation.js';
import { createRulesEngine } from './rules-engine.js';

const rules = createRulesEngine();

describe('a pupil away told without a count is a situation the rules ask about', () => {
  it.each([
    // Away said in other words than "afwezig".
    'Ik heb een leerling die soms weg is zonder afmelding. Moet ik dat melden?',
    'Noor: veel lesuren weg deze periode, ouders melden niet altijd af. wat nu?',
    'Een leerling van mij is er zelden het laatste uur. Wat moet ik doen?',
    'Daan komt niet altijd opdagen bij de eerste les. Moeten we iets?',
    'Staat er iets in het protocol over een leerling die nooit komt? Het gaat om Sem.',
    // A child of a class, and the next step asked for one pupil.
    'Kind komt al een tijdje niet naar school. Wat nu?',
    'Wat is de volgende stap bij een kind uit groep 6 dat steeds vaker ziek is?',
    'kind in groep 4 is regelmatig afwezig. welke stap?',
    // Whether it is time, or whether we must do something.
    'Is het al tijd voor de jeugdarts bij Fleur? Ze is er bijna nooit.',
    'Bram heeft best wat uurtjes gemist, niet geoorloofd. Hoe ver moet het gaan voor ik iets moet?',
    // Away in other words again: called in, kept home, fetched, not back, coming in late; and whether to act at all.
    'Vader van Sanne belt steeds vaker af. Moet ik hier iets mee?',
    // An mbo pupil is a "student"; one of the writer's own, in Dutch or English; coming less and less.
    'student van mij verschijnt steeds minder in de lessen, moet ik iets doen?',
    'One of my pupils keeps missing lessons. Do I need to report this?',
    'Moeder houdt Timo regelmatig thuis. Moeten we actie ondernemen?',
    'Kind uit groep 5 wordt vaak tussen de middag opgehaald. Moet iemand daar iets mee?',
    'Leerling uit 2a komt na de pauze regelmatig niet terug. Wat wordt er van mij verwacht?',
    'Ravi kwam weer binnen tijdens het derde uur. Moet ik nu iets in gang zetten?',
    // An amount that recurs now and then is no total: "soms een middag", "af en toe een uur".
    'Yasmin mist regelmatig het eerste uur en soms een middag. Welke stap hoort hierbij?',
    'Tess spijbelt af en toe een uur. wat nu?',
    // Lesson hours that recur: "regelmatig afwezig 3e en 4e uur", "mist steeds het 1e uur".
    'Noor is geregeld afwezig 3e en 4e uur. volgende stap?',
    'Daan mist vaak het 1e uur. wat nu?',
    // One amount told, and that it recurs.
    'Bram heeft vandaag een uur gespijbeld, dat doet hij wel vaker. Wat nu?',
  ])('%s', (text) => {
    expect(looksLikeSituation(text)).toBe(true);
    expect(rules.advise(text).kind).toBe('needs-info');
  });

  it('should read hours missed "niet geoorloofd" as truancy, as "ongeoorloofd" is', () => {
    expect(parseSituation('Koen heeft wat uurtjes gemist, niet geoorloofd').mentioned.truancy).toBe(true);
    expect(parseSituation('Koen heeft wat uurtjes gemist, geoorloofd').mentioned.truancy).toBeUndefined();
  });

  it.each([
    'Wat is de volgende stap na een preventief gesprek?',
    'ouders weigeren hun kind in te schrijven, wat kan leerplicht doen?',
    'Wat moet je doen als een kind niet naar school komt?',
    // A case told first, then a question about a topic of the documents, or about any pupil.
    'Bij Milan speelt thuis veel en hij zit steeds vaker thuis. Wat zegt de leidraad over het bespreken daarvan?',
    'Lina wordt steeds opgehaald omdat ze zich niet lekker voelt. Valt zoiets ook onder de criteria?',
    'De ouders van Ravi zien niet dat hij veel mist. Hoe maak ik in het gesprek duidelijk wat te veel is?',
    'Ik ben nieuw. Als een kind uit mijn klas vaak ziek is, wie moet daar dan als eerste iets mee doen?',
  ])('should leave the general question "%s" to the documents', (text) => {
    expect(looksLikeSituation(text)).toBe(false);
  });
});

describe('a message framed by a greeting and a sign-off', () => {
  it('should read the sign-off and the name signed as no part of the situation', () => {
    expect(withoutSignOff('Wie is de lpa? Groetjes, Anne')).toBe('Wie is de lpa?');
    expect(withoutSignOff('Sem is 3 dagen ziek. Thanks, mvg')).toBe('Sem is 3 dagen ziek.');
    // Thanks inside the message, or a greeting word asked about, stay.
    expect(withoutSignOff('Ik wil bedankt worden')).toBe('Ik wil bedankt worden');
    expect(withoutSignOff('wat is de groet van de lpa')).toBe('wat is de groet van de lpa');
  });

  it('should leave a protocol question signed with a name to the documents', () => {
    expect(looksLikeSituation('Hoeveel dagen ziek is reden om de jeugdarts in te schakelen? Groetjes, Anne')).toBe(
      false,
    );
  });
});

describe('a message typed without capitals', () => {
  it('should read a first name in lower case as a pupil', () => {
    expect(looksLikeSituation('het gaat om sil, 1x te laat sinds het gesprek. wat nu?')).toBe(true);
    expect(looksLikeSituation('kan iemand uitleggen wat ik doe als yara een halve dag spijbelt?')).toBe(true);
    expect(looksLikeSituation('hugo weer niet op school vandaag. wat nu?')).toBe(true);
  });

  it('should not take a word that is a name as often for one', () => {
    expect(looksLikeSituation('hoe lang mag een ll max thuiszitten zonder aanbod?')).toBe(false);
  });
});

describe('a message typed without full stops', () => {
  it('should start a sentence at a capitalised opener after a lower-case word', () => {
    expect(withSentenceBreaks('zijn niet verschenen Moeten we nu melden')).toBe(
      'zijn niet verschenen. Moeten we nu melden',
    );
    // A name, an abbreviation or a place keeps its place: "met Fatih", "bij de GGD", "in Den Bosch".
    expect(withSentenceBreaks('gesprek met Fatih bij de GGD in Den Bosch')).toBe(
      'gesprek met Fatih bij de GGD in Den Bosch',
    );
  });

  it('should start a sentence at a direct question begun in lower case, not at an indirect one', () => {
    expect(withSentenceBreaks('ouders melden kind om elk wissewasje ziek hoe bespreek ik dat')).toBe(
      'ouders melden kind om elk wissewasje ziek. hoe bespreek ik dat',
    );
    expect(withSentenceBreaks('niet bij de jeugdarts verschenen wie belt ze dan na')).toBe(
      'niet bij de jeugdarts verschenen. wie belt ze dan na',
    );
    expect(withSentenceBreaks('blauwe plekken enzo welke stappen volgen we dan')).toBe(
      'blauwe plekken enzo. welke stappen volgen we dan',
    );
    for (const indirect of [
      'ik weet niet hoe ik dat moet doen',
      'ze vraagt zich af hoe vaak ze mag missen',
      'hoe lang duurt het organiseren van een MDO',
      'bij wie moet ik zijn',
    ])
      expect(withSentenceBreaks(indirect)).toBe(indirect);
  });
});

describe('a situation told after a self-introduction', () => {
  it('should not count the writer, introduced, as the one the plan stalls with', () => {
    const text =
      'Ik ben mentor. Het plan van aanpak voor Sem loopt vast, hij is nog steeds maar 2 ochtenden op school.';
    const advice = createRulesEngine().advise(text);
    expect(advice.kind === 'advice' && advice.steps[0]?.id).toBe('stagnatie/analyse');
  });
});

describe('a pupil told of with a question of an amount about something else', () => {
  it('should ask the protocol, not the next step', () => {
    expect(
      looksLikeSituation('Een leerling van ons krijgt een Halt-straf voor spijbelen. Hoeveel uur taakstraf is dat?'),
    ).toBe(false);
    expect(looksLikeSituation('Een leerling van ons spijbelt soms. Wat nu?')).toBe(true);
  });
});

describe('a sickness in doubt', () => {
  it('should not read "ik weet niet of ze ziek was" as sick reports, and ask what kind of absence it was', () => {
    const text =
      'Vorige week was Lotte twee keer afwezig, ik weet niet of ze ziek was of gewoon niet kwam. Wat is de stap?';
    const situation = parseSituation(text);
    expect(situation.mentioned.sick).toBeFalsy();
    expect(situation.sickReports).toBeUndefined();
    expect(rules.advise(text).kind).toBe('needs-info');
  });
});
