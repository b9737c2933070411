import { describe, expect, it } from 'vitest';
import { wordsOf } from './fuzzy-words.js';
import { modeOfClause } from './sentence-mode.js';
import { createUnderstander, type Intent } from './understand.js';

const { understand } = createUnderstander({ now: () => new Date('2026-03-02T09:00:00Z') });
const opened = (text: string) => {
  const understanding = understand(text);
  return understanding.kind === 'intent' ? understanding.intent : understanding.kind;
};

describe('a need told with the subject after its verb', () => {
  it.each([
    ['voor noor wil ik de verwijzing naar de verzuimcoach doen', 'request'],
    ['morgen moet ik het aanmeldformulier voor sem invullen', 'request'],
    // A question word before the verb, or a verb-first question, still asks.
    ['voor wie moet ik het aanmeldformulier invullen', 'question'],
    ['mag dat en moet ik de ouders inlichten', 'question'],
  ] as const)('should read "%s" as a %s', (clause, mode) => {
    expect(modeOfClause(wordsOf(clause))).toBe(mode);
  });

  it('should open the form a need names for the pupil before it', () => {
    const understanding = understand('Voor Lotte wil ik de aanmelding bij de jeugdarts invullen, ouders weten ervan.');
    expect(understanding).toMatchObject({ kind: 'intent', intent: 'aanmeldformulier' });
    expect(understanding.kind === 'intent' && understanding.slots.pupilFirstName).toBe('Lotte');
  });
});

describe('a request asked indirectly', () => {
  it.each<[string, Intent, string | undefined]>([
    ['Is er een manier om Wessel via deze assistent bij de verzuimcoaches aan te melden?', 'verwijzing', 'Wessel'],
    [
      'Ik vroeg me af of we samen het formulier voor de jeugdarts voor Jens kunnen invullen.',
      'aanmeldformulier',
      'Jens',
    ],
    ['Zou het kunnen dat je de gespreksstappen met mij doorloopt?', 'gespreksleidraad', undefined],
    ['is er een mogelijkheid om de leidraad voor het gesprek met Sem te openen?', 'gespreksleidraad', 'Sem'],
  ])('should open "%s" as %s', (text, intent, name) => {
    const understanding = understand(text);
    expect(understanding).toMatchObject({ kind: 'intent', intent });
    expect(understanding.kind === 'intent' ? understanding.slots.pupilFirstName : 'not opened').toBe(name);
  });

  it.each([
    'is er een manier om te zien of een leerling al bij de jeugdarts is geweest?',
    'ik vroeg me af of we leerlingen uit groep 8 al bij de verzuimcoach mogen aanmelden',
  ])('should keep "%s" a question', (text) => {
    expect(understand(text).kind).toBe('question');
  });
});

describe('open actions and roles in other words', () => {
  it.each<[string, Intent]>([
    // What runs out, what is still open (not the records I hold), the plural to-do's, overdue in English.
    ['wat verloopt er deze week?', 'openstaande-acties'],
    ['wat staat er nog open?', 'openstaande-acties'],
    ["todo's voor Mila?", 'openstaande-acties'],
    // The records by everyday names: papers, forms in English.
    ['ik wil zien welke papieren we al hebben doorgestuurd', 'overzicht'],
    ['laat alle ingevulde forms zien', 'overzicht'],
    // What waits for the user.
    ['kun je laten zien wat er nog op mij wacht?', 'mijn-acties'],
    ['wat ligt er nog voor me klaar?', 'mijn-acties'],
    ['anything overdue for me?', 'mijn-acties'],
    // Teaching the protocol: "aanleren".
    ['kun je mij het verzuimprotocol aanleren?', 'onboarding'],
    // A teamleider is a role title too.
    ['maak Joris teamleider in de bot', 'rollen'],
  ])('should open "%s" as %s', (text, intent) => {
    expect(opened(text)).toBe(intent);
  });

  it('should keep the records I hold as the overzicht', () => {
    expect(opened('wat staat er nog open bij mij')).toBe('overzicht');
  });
});

describe('questions typed in other words', () => {
  it('should split a question word typed together with the next word', () => {
    expect(wordsOf('in welkemaand kwamen de meeste aanmeldingen')).toEqual([
      'in',
      'welke',
      'maand',
      'kwamen',
      'de',
      'meeste',
      'aanmeldingen',
    ]);
    expect(wordsOf('hoeveelheid')).toEqual(['hoeveelheid']);
  });

  it.each([
    ['heb je tips voor het gesprek met ouders', 'question'],
    ['tips voor een verzuimgesprek met een leerling', 'question'],
    ['geef me tips voor het gesprek', 'request'],
  ] as const)('should read advice asked, "%s", as a %s', (clause, mode) => {
    expect(modeOfClause(wordsOf(clause))).toBe(mode);
  });
});

describe('whether a record was filed for a pupil', () => {
  it.each([
    'heeft iemand Kyan al doorverwezen?',
    'is Sem al aangemeld bij de jeugdarts?',
    'wie heeft Bram aangemeld bij de verzuimcoach?',
    'is er voor Daan al een verwijzing gedaan?',
    'staat de verwijzing van Lotte er al in?',
  ])('should open the overzicht for "%s"', (text) => {
    expect(opened(text)).toBe('overzicht');
  });

  it('should leave who files in general to the documents', () => {
    expect(opened('wie meldt een leerling aan bij de jeugdarts?')).toBe('question');
  });
});

describe('a message framed by an announcement or a self-introduction', () => {
  it('should read "ff vraagje:" as announcing what follows, not as the question', () => {
    expect(opened('ff vraagje: verzuimcoach inschakelen voor Fleur')).toBe('verwijzing');
    expect(modeOfClause(wordsOf('ff vraagje'))).toBe('fragment');
    expect(modeOfClause(wordsOf('ik heb een vraag over het aanmeldformulier'))).toBe('question');
  });
});

describe('"Quick question:" before a request', () => {
  it('should not take "Quick" for a pupil\'s name', () => {
    const understanding = understand('Quick question: doorverwijzen naar verzuimcoach voor Lieke');
    expect(understanding.kind === 'intent' && understanding.slots.pupilFirstName).toBe('Lieke');
  });
});

describe('Team Verzuim, the verzuimcoaches, by its own name', () => {
  it('should open the verwijzing when a referral to Team Verzuim is asked for', () => {
    expect(opened('Doorverwijzing naar het Team Verzuim graag, leerling Mees.')).toBe('verwijzing');
    expect(opened('kan je een verwijzing naar team verzuim voor me starten')).toBe('verwijzing');
  });

  it('should answer a question about Team Verzuim, offering the verwijzing', () => {
    expect(understand('wie zitten er in team verzuim?')).toEqual({ kind: 'question', offer: 'verwijzing' });
  });
});

describe('a situation told with a request to act on it, the partner named', () => {
  it('should open the form of the partner the request names', () => {
    expect(
      opened('de ggd moet echt eens naar Sara kijken, ze gaat om de week ziek naar huis. kun jij dat in gang zetten'),
    ).toBe('aanmeldformulier');
    expect(opened('Pim zit al 5 weken thuis. Iemand van team verzuim zou helpen, kun jij dat voor me opstarten?')).toBe(
      'verwijzing',
    );
  });

  it('should take acting on it together or wanting it sent as asking to act', () => {
    expect(
      opened(
        'Jade is sinds oktober 4 keer 2 dagen ziek, ouders vinden de jeugdarts goed. Kunnen we dat nu vastleggen?',
      ),
    ).toBe('aanmeldformulier');
  });
});

describe('a wish with a question of a time or an amount', () => {
  it('should answer the question, offering the capability the wish names', () => {
    expect(understand('ik wil de aanmelding bij de jeugdarts doen. binnen hoeveel dagen nodigt die uit?')).toEqual({
      kind: 'question',
      offer: 'aanmeldformulier',
    });
  });

  it('should still open the capability when what is asked is how to do it', () => {
    expect(opened('ik wil de verwijzing doen, wat moet ik invullen?')).toBe('verwijzing');
  });
});

describe("the user's own follow-up in other words", () => {
  it('should open the open actions for what the user was to do, also after their own sickness', () => {
    expect(opened('Ik weet niet meer precies wat ik moest doen na het gesprek. Kun je dat terugzoeken?')).toBe(
      'mijn-acties',
    );
    expect(
      opened('ben twee weken ziek geweest en zit weer op school. wat is er blijven liggen, wat moet ik nog oppakken?'),
    ).toBe('mijn-acties');
  });
});

describe('what the bot can do, asked to be explained', () => {
  it('should open the help, not the course, when the explanation asked is of the bot', () => {
    expect(
      opened('Ik zit vaak met afwezige leerlingen. Ik weet niet wat je allemaal kunt, kun je dat kort uitleggen?'),
    ).toBe('help');
    expect(opened('kun je me de verzuimaanpak uitleggen? ik ben nieuw')).toBe('onboarding');
  });
});

describe('the generic "you" of a question about the protocol', () => {
  it('should answer "over welke dingen kun je aan het eind van een gesprek afspraken maken?"', () => {
    expect(understand('over welke dingen kun je aan het eind van een verzuimgesprek afspraken maken?').kind).toBe(
      'question',
    );
    expect(opened('welke vragen kun je beantwoorden?')).toBe('help');
  });
});

describe('a pupil told of, then "wat wordt er van mij verwacht?"', () => {
  it('should be a situation, not a question about roles in the bot', () => {
    const told =
      'Ik ben net begonnen als mentor en ik merk dat een leerling uit mijn klas, Tijn, af en toe ontbreekt. ' +
      'Ik heb nog niet in het systeem gekeken hoe vaak. Wat wordt er van mij verwacht?';
    expect(understand(told).kind).toBe('situation');
  });
});

describe('a correction: one thing set aside, another asked for', () => {
  it.each([
    ['niet de verwijzing, ik bedoel het formulier voor de schoolarts', 'aanmeldformulier'],
    ['nee niet het aanmeldformulier: de verwijzing naar de verzuimcoach graag', 'verwijzing'],
    ['niet de cursus, ik bedoel gewoon: wat kan deze bot allemaal', 'help'],
  ] as const)('should read "%s" as asking for %s', (text, intent) => {
    expect(opened(text)).toBe(intent);
  });
});

describe('help with the bot, not a protocol question told with "ik snap niet"', () => {
  it('should open help for "welke opdrachten kan ik je geven?" and "ik snap niet hoe dit werkt"', () => {
    expect(opened('goedemorgen! welke opdrachten kan ik je geven?')).toBe('help');
    expect(opened('ik snap niet hoe dit werkt')).toBe('help');
  });
  it('should not open help for a protocol question after "ik snap niet wie …"', () => {
    expect(opened('ik snap niet wie er bij het verzuimgesprek moet zijn als de leerling jonger dan 12 is')).not.toBe(
      'help',
    );
  });
});

describe('our records asked in the passive', () => {
  it('should open the overzicht for "welke formulieren er zijn ingevuld"', () => {
    expect(opened('ik wil voor maandag zien welke verzuimformulieren er voor mijn afdeling zijn ingevuld')).toBe(
      'overzicht',
    );
  });
});

describe('requests carrying other words (sixteenth session)', () => {
  it.each([
    // Open actions named outright win over the records named beside them.
    ['Welke acties staan er nog open rond de verwijzing van Stijn naar Team Verzuim?', 'openstaande-acties'],
    ['ff checken wat ik nog open heb staan na die aanmeldingen', 'mijn-acties'],
    ['moest ik nog iets terugkoppelen aan iemand? kun je dat nakijken', 'mijn-acties'],
    ["to do's checken", 'openstaande-acties'],
    // A chat command in the infinitive after a story names what is asked for.
    ['Luuk was 3x ziek in 6 weken en nu weer. jeugdarts aanmelden, formulier openen', 'aanmeldformulier'],
    ['verzuimcoach aanvragen voor Rayan, hij komt bijna niet meer. jeugdarts is al geweest', 'verwijzing'],
    // The form by its Bijlage 3 name, with a role named in passing.
    [
      'Ik heb van de zorgcoördinator begrepen dat ik voor Nina het formulier voor ziekteverzuim moet maken. Help je?',
      'aanmeldformulier',
    ],
    ['Wie mogen bij ons de gespreksverslagen in de assistent inzien?', 'rollen'],
    ['kan ik oefenen met vragen over het verzuimprotocol? ik wil het echt snappen', 'onboarding'],
  ])('should open for "%s" the %s', (text, intent) => {
    expect(opened(text)).toBe(intent);
  });

  it("should not read the need of a relative clause as the user's request", () => {
    expect(modeOfClause(wordsOf('naar welke sites kan ik een leerling verwijzen die met iemand wil praten'))).toBe(
      'question',
    );
  });
});
