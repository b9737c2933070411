import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createUnderstander, type Intent } from './understand.js';

const { understand } = createUnderstander({ now: () => new Date('2026-03-02T09:00:00Z') });

describe('understand', () => {
  it.each([
    ['kun je het jeugdartsformulier voor Jesse klaarzetten?', 'aanmeldformulier', 'Jesse'],
    ['Jesse (12) moet naar de jeugdarts, zet de aanmelding klaar', 'aanmeldformulier', 'Jesse'],
    ['ik wil Jesse bij de verzuimcoach aanmelden', 'verwijzing', 'Jesse'],
    ['kun je me helpen met een gesprek met Bram over zijn verzuim?', 'gespreksleidraad', 'Bram'],
    ['ik ben nieuw hier, hoe werkt verzuim op deze school?', 'onboarding', undefined],
    ['welke aanmeldingen lopen er nog?', 'overzicht', undefined],
    ['wat kan ik je vragen?', 'help', undefined],
    ['mag ik je vragen wat je allemaal kunt?', 'help', undefined],
    ['hoe werk ik het handigst met jou?', 'help', undefined],
    ['mag ik je vragen het aanmeldformulier voor Sem in te vullen?', 'aanmeldformulier', 'Sem'],
    ['meld sanne aan bij de jgz', 'aanmeldformulier', 'Sanne'],
    ['welke acties staan er nog open?', 'openstaande-acties', undefined],
    ['wat moet ik nog doen?', 'mijn-acties', undefined],
    // Round 7's classes, in other words than its items: a thing the bot has, Flemish, English, forwarded mail,
    // a form for the coaches, where a form is, the bot's earlier advice, who may see the stored records.
    ['heb jij de gespreksleidraad voor me?', 'gespreksleidraad', undefined],
    ['kunt ge het formulier voor de jgz klaarzetten voor Lotte?', 'aanmeldformulier', 'Lotte'],
    ['what can you do for me', 'help', undefined],
    ['---- Doorgestuurd bericht ----\nVan: mentor\nKun jij de verzuimcoach inschakelen voor Sem?', 'verwijzing', 'Sem'],
    ['open het aanmeldformulier voor de verzuimcoach', 'verwijzing', undefined],
    ['waar vind ik de gespreksleidraad?', 'gespreksleidraad', undefined],
    ['waar kan ik dat lijstje met formulieren bekijken?', 'overzicht', undefined],
    // A form by its place in the protocol: Bijlage 3 is the aanmeldformulier, Bijlage 2 the leidraad.
    ['moet dat bijlage 3 ding invullen voor Esra, kun je het openen', 'aanmeldformulier', 'Esra'],
    ['open bijlage 2 voor het gesprek met Sem', 'gespreksleidraad', 'Sem'],
    ['waar kan ik de aanmeldingen van 2b zien?', 'overzicht', undefined],
    ['wat had je me gisteren aangeraden?', 'mijn-acties', undefined],
    ['wie heeft er toegang tot de aanmeldingen bij de ggd?', 'rollen', undefined],
    // Letters held down count once; a state is not a form ("openstaande" names no aanmelding).
    ['heeeelp', 'help', undefined],
    // Left undone, coming up, still out, the mentors' actions for the oco.
    ['is er iets blijven liggen?', 'openstaande-acties', undefined],
    ['wat heb ik laten liggen', 'mijn-acties', undefined],
    ['welke deadlines komen eraan', 'openstaande-acties', undefined],
    ['zet een reminder voor donderdag', 'openstaande-acties', undefined],
    ['welke mentoren lopen achter?', 'openstaande-acties', undefined],
    // The user's rights in the bot, asked as staff ask them.
    ['ben ik admin?', 'rollen', undefined],
    ['waarom zie ik de aanmeldingen van 3b niet', 'rollen', undefined],
    ['wie kan bij ons formulieren invullen?', 'rollen', undefined],
    ['mentoren beheren', 'rollen', undefined],
    ['wat kan ik hier', 'help', undefined],
    // The overzicht named with the records it lists; what became of one record.
    ['overzicht aanmeldingen jeugdarts', 'overzicht', undefined],
    ['wat is er met de verwijzing van Ayoub gebeurd?', 'overzicht', 'Ayoub'],
    ['mijn openstaande acties', 'mijn-acties', undefined],
    // Round 11's classes, in other words than its items: a conversation to be walked through said with an imperative,
    // a reminder asked for, what is still open "for me" or behind, records listed by state, the bot's scope, a
    // colleague seeing the records, a new colleague asking to be tested, a pupil named after staff named by role.
    [
      'mijn gesprek met de vader van Ties is zo, hij is vaak te laat. neem me er stap voor stap doorheen',
      'gespreksleidraad',
      'Ties',
    ],
    ['wat zeg ik als eerste tegen haar moeder? begeleid me', 'gespreksleidraad', undefined],
    ['geef me vrijdag een seintje om de moeder van Bo te bellen', 'mijn-acties', 'Bo'],
    ['wat staat er voor mij nog open', 'mijn-acties', undefined],
    ['wat loopt er achter bij mij?', 'mijn-acties', undefined],
    ['welke verwijzingen zijn er deze maand afgerond?', 'overzicht', undefined],
    ['toon de openstaande aanvragen bij de jgz', 'overzicht', undefined],
    ['mag ik hier ook vragen stellen over lesroosters?', 'help', undefined],
    ['is dit de juiste plek voor een vraag over ziekmeldingen?', 'help', undefined],
    ['mag de invaller de verwijzingen van mijn klas inzien?', 'rollen', undefined],
    ['nieuw als mentor: leg me uit hoe ziekmelden werkt en overhoor me daarna', 'onboarding', undefined],
    ['collega Daan vraagt of je de aanmelding voor de jeugdarts voor Sem klaarzet', 'aanmeldformulier', 'Sem'],
    [
      'Mark (mentor 3a) wil dat je de verwijzing naar de verzuimcoach voor klasleerling Lotte klaarzet',
      'verwijzing',
      'Lotte',
    ],
    [
      'straks een gesprek met de moeder van Noor, heb ik nog nooit gedaan. help je me het voor te bereiden?',
      'gespreksleidraad',
      'Noor',
    ],
    ['ben ik eigenlijk mentor in deze app?', 'rollen', undefined],
    ['wie zijn hier de beheerders?', 'rollen', undefined],
    ['show all forms from this month', 'overzicht', undefined],
    // Round 12's classes, in other words than its items: whether I did it yet, what was left lying, a deadline
    // passed, a promise with many words between, past tense in a subordinate clause, English to-dos; a record's
    // state or a pupil among the records; the bot's scope ("hier ook"), how to type to it; help from outside
    // school by house calls; a past "helpt" is no request for help with a talk.
    ['had ik de moeder van Fenna al teruggebeld?', 'mijn-acties', 'Fenna'],
    ['welke dingen zijn er vorige week blijven liggen?', 'openstaande-acties', undefined],
    ['is de deadline om de vader van Tim te mailen voorbij?', 'openstaande-acties', 'Tim'],
    ['wat had ik vorige maand in het gesprek met de ouders van Mila allemaal toegezegd?', 'mijn-acties', 'Mila'],
    ['laat zien wat ik gisteren nog moest regelen', 'mijn-acties', undefined],
    ['zijn er taken voor Jet overdue?', 'openstaande-acties', 'Jet'],
    ['is de verwijzing voor Ruben al doorgestuurd of staat die nog open?', 'overzicht', 'Ruben'],
    ['zit Lieke al tussen onze verwijzingen?', 'overzicht', 'Lieke'],
    ['welke aanmeldingen zijn deze week de deur uit gegaan?', 'overzicht', undefined],
    ['kan ik hier ook een verlofaanvraag regelen?', 'help', undefined],
    ['ik weet eigenlijk niet hoe deze app werkt', 'help', undefined],
    ['werkt het als ik je gewoon in steekwoorden iets vraag?', 'help', undefined],
    ['waar is deze chat eigenlijk voor bedoeld?', 'help', undefined],
    ['kan de stagiaire uit mijn team dan ook alle aanmeldingen van de klas zien?', 'rollen', undefined],
    ['iemand die huisbezoeken doet voor Yara, kun je dat aanvragen?', 'verwijzing', 'Yara'],
    [
      'we hebben van alles gedaan met Vince en niets helpt, er moet iemand van buiten school bij. regel jij dat?',
      'verwijzing',
      'Vince',
    ],
  ] as const)('should open %s as %s', (text, intent, name) => {
    const result = understand(text);
    expect(result).toMatchObject({ kind: 'intent', intent });
    if (result.kind === 'intent') expect(result.slots.pupilFirstName).toBe(name);
  });

  it.each([
    'wanneer stuur ik het aanmeldformulier naar de GGD?',
    'voor welke leerlingen is een verzuimcoach bedoeld?',
    'wat vraag ik ouders in een verzuimgesprek?',
    'kun je een leerling zonder toestemming van de ouders aanmelden bij de jeugdarts?',
    'mag ik de ouders vertellen wat de leerling bij de jeugdarts heeft besproken?',
    'wie houdt het overzicht over de afspraken rond een leerling?',
    'kun je uitleggen wat de mentor moet doen bij een ziekmelding?',
  ])('should keep a question about a capability a question: %s', (text) => {
    expect(understand(text).kind).toBe('question');
  });

  it.each([
    ['achterstallige acties', 'openstaande-acties'],
    ['mijn takenlijst', 'mijn-acties'],
    ['wie ben jij?', 'help'],
    ['hallo bot', 'help'],
    ['help mij op weg', 'help'],
    ['wie mag wat zien', 'rollen'],
    ['ben ik mentor of oco in dit systeem?', 'rollen'],
    ['waarom kan ik de aanmeldingen niet zien? welke rechten heb ik?', 'rollen'],
    ['wat ligt er nog op mijn bord?', 'mijn-acties'],
    ['moet ik nog ergens actie op ondernemen?', 'mijn-acties'],
    // Reminders, marking one done, what is left unnamed, what was forgotten (class probes, not corpus items).
    ['staan er nog herinneringen voor mij klaar?', 'mijn-acties'],
    ['de reminder over het huisbezoek mag weg', 'openstaande-acties'],
    ['wat loopt er nog?', 'openstaande-acties'],
    ['wat heb ik morgen?', 'mijn-acties'],
    ['wat was ik ook weer vergeten?', 'mijn-acties'],
    ['welke stappen moest ik ook alweer zetten?', 'mijn-acties'],
    ['waar moeten we nog achteraan?', 'openstaande-acties'],
    ['is er iets over de deadline?', 'openstaande-acties'],
    ['wie mogen de aanmeldingen van onze school bekijken?', 'rollen'],
    ['wie ziet wat?', 'rollen'],
    ['wie zijn hier de beheerders?', 'rollen'],
    ["wie zijn de oco's volgens jou?", 'rollen'],
    ['wat is dit nou?', 'help'],
    ['hoe stel ik hier een vraag?', 'help'],
    ['kun je ook verslagen maken of alleen vragen beantwoorden?', 'help'],
    ['welke verwijzingen zijn hier doorverwezen en staan nu aangemeld?', 'overzicht'],
    // What was filed, told in the passive, through the bot.
    ['toon me alles wat er via deze bot is ingediend', 'overzicht'],
    ['heb ik vandaag nog iets?', 'mijn-acties'],
    // A colleague's or the user's own access to the records: able or allowed to see them.
    ['kan ik als stagiair ook de verwijzingen bekijken?', 'rollen'],
    ['onze nieuwe teamleider moet de aanmeldingen van de onderbouw kunnen zien', 'rollen'],
    ['ik kan het formulier van mijn collega niet openen', 'rollen'],
    ['wie mogen de verslagen van mijn klas lezen?', 'rollen'],
    // The bot itself asked about; actions marked done, promised or past their date; starting soon.
    ['wat is dit voor een app?', 'help'],
    ['hoe vraag ik u het snelst iets?', 'help'],
    ['heb je een paar voorbeelden van opdrachten die ik jou kan geven?', 'help'],
    ['bellen met de vader van Ilias is gebeurd, vink maar af', 'openstaande-acties'],
    ['wat had ik ook weer beloofd na het mdo?', 'mijn-acties'],
    ['welke acties zijn over de datum?', 'openstaande-acties'],
    ['ik start volgende week als mentor, hoe werkt verzuim hier?', 'onboarding'],
    // Who holds a role in the bot, or what a colleague may see there.
    ['waar kan ik jou eigenlijk voor inzetten?', 'help'],
    ['waar moeten we morgen nog aan denken?', 'openstaande-acties'],
    ['staat er nog iets op mijn naam?', 'mijn-acties'],
    ['herinner me donderdag aan het telefoontje met de moeder van Ravi', 'mijn-acties'],
    ['wat wil de teamleider nog van mij weten?', 'mijn-acties'],
    ['welke docenten zijn bij ons mentor?', 'rollen'],
    ['welke rol heeft Joost?', 'rollen'],
    ['mag een teamleider hier de verwijzingen van alle klassen bekijken?', 'rollen'],
    // What is still to do, in a subordinate clause after "overzicht van" or "lijstje met".
    ['maak een overzicht van wat ik morgen nog moet regelen', 'mijn-acties'],
    ['lijst met wat de mentoren in de onderbouw nog moeten afhandelen', 'openstaande-acties'],
    ['welke leerlingen moet ik nog nabellen?', 'mijn-acties'],
  ] as const)('should open %s as %s, said in other words than the lexicon', (text, intent) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent });
  });

  it.each([
    'mogen we de leerling loslaten nadat we hem bij de verzuimcoach hebben aangemeld?',
    'wat als uit het gesprek blijkt dat wij als school te weinig hebben gedaan?',
    'vraagt het aanmeldformulier ook naar spijbelen en te laat komen?',
    'in welke maand worden de meeste leerlingen aangemeld bij de verzuimcoaches?',
    'kan een leerling zelf de rol van casusverantwoordelijke krijgen?',
    'wat is het doel van een verzuimgesprek? ik wil niet dat het als een verhoor voelt',
    // The annual reports' figures, not our records; a partner seeing a record is the protocol's.
    'hoeveel aanmeldingen bij de verzuimcoaches waren er in 2023 afgerond?',
    'mag de jeugdarts de verwijzing inzien?',
    'mag de leerplichtambtenaar het dossier van de leerling inzien?',
    // A polite opening before a question about the protocol, not about the bot.
    'Mag ik u vragen vanaf welk moment een kind precies leerplichtig wordt?',
    'Mag ik u vragen wat er van de school verwacht wordt als een leerling niet op het spreekuur komt?',
  ])('should answer, not open, a question whose clause only mentions a capability: %s', (text) => {
    expect(understand(text).kind).toBe('question');
  });

  it.each([
    ['ik heb een leerling Daan die vaak ziek is, zet het formulier voor de jeugdarts klaar', 'Daan'],
    ['zet het formulier voor de jeugdarts klaar voor een ll ibuprofen', undefined],
    // Two words typed as one, or an everyday word mistyped, is no name; a name nobody listed still is.
    ['open de verwijzing voor dezeweek', undefined],
    ['open het aanmeldformulier voor effectiee', undefined],
    ['zet het aanmeldformulier klaar voor Xiomara', 'Xiomara'],
    // A capital inside a sentence is no typo's ("Priya" is not "prima"), and a word before an age is a name.
    ['Gespreksverslag Priya maken.', 'Priya'],
    ['Formulier ziekteverzuim starten, Ravi 12.', 'Ravi'],
    ['gespreksverslag prima maken', undefined],
    // Typed without any capital: in a strong place, a word not known as written and no frequent word is a name.
    ['formulier ziekteverzuim starten voor ravi', 'Ravi'],
    ['is er een manier om wessel bij de verzuimcoach aan te melden?', 'Wessel'],
    ['zet het aanmeldformulier klaar voor morgen', undefined],
  ])('should take a name after "een leerling" only when it is one: %s', (text, name) => {
    const understanding = understand(text);
    expect(understanding.kind === 'intent' ? understanding.slots.pupilFirstName : 'not opened').toBe(name);
  });

  it.each([
    // The rules' advice says the aanmeldformulier applies, and the user asks for the paperwork.
    ['Noor (14) zit al 12 schooldagen ziek thuis, niemand weet wat er is. zet jij het klaar?', 'aanmeldformulier'],
    ['Daan is deze maand 5 losse dagen ziek geweest, hoe regel ik het papierwerk?', 'aanmeldformulier'],
    // Help from outside school, or a conversation to be walked through: the need names the capability.
    ['Ruben ligt al weken thuis op de bank, school lukt niet meer. kun je hulp van buitenaf regelen?', 'verwijzing'],
    [
      'ik moet morgen met Sanne en haar vader praten over haar verzuim, kun je me stap voor stap voorbereiden?',
      'gespreksleidraad',
    ],
    ['hoe voer ik zo een gesprek over verzuim, kun je me stap voor stap meenemen?', 'gespreksleidraad'],
    ['moet Ties aanspreken op zijn verzuim, heb dat nog nooit gedaan, help', 'gespreksleidraad'],
    // A chat command in the infinitive first, the situation after it.
    ['verzuimcoach aanvragen voor mert, zit al 2 wk thuis', 'verwijzing'],
    ['formulier jeugdarts invullen voor Sara, 12 dagen ziek deze maand', 'aanmeldformulier'],
    ['aanmelding jgz doen voor ll van me, Sara 14. 5 dagen ziek deze maand', 'aanmeldformulier'],
  ] as const)('should open what a situation told with a request asks for: %s', (text, intent) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent });
  });

  it.each([
    'Noor is 2 keer ziek gemeld deze maand, wat nu?',
    // Ten times late: the rules advise no aanmeldformulier, so the request is for what to do.
    'Sanne is 10 keer te laat gekomen, zet jij het klaar?',
  ])('should leave a situation to the rules when its request asks for nothing it applies to: %s', (text) => {
    expect(understand(text)).toEqual({ kind: 'situation' });
  });

  it('should open a request the lexicon does not know by the capability whose examples it is most like', () => {
    const { understand: withExamples } = createUnderstander({
      now: () => new Date('2026-03-02T09:00:00Z'),
      examples: { nearest: () => ({ label: 'verwijzing', share: 0.9 }) },
    });
    expect(understand('regel dat ding voor Daan')).toEqual({ kind: 'question' });
    expect(withExamples('regel dat ding voor Daan')).toMatchObject({
      kind: 'intent',
      intent: 'verwijzing',
      slots: { pupilFirstName: 'Daan' },
    });
    // A question stays a question, whatever its examples.
    expect(withExamples('wie is daar verantwoordelijk voor?').kind).toBe('question');
  });

  it('should ask which form when a request names a form without its kind', () => {
    expect(understand('zet het formulier voor Jesse klaar')).toEqual({
      kind: 'choice',
      options: ['aanmeldformulier', 'verwijzing'],
      slots: { pupilFirstName: 'Jesse' },
    });
  });

  it('should give the situation to the rules', () => {
    expect(understand('Sanne (14) is deze periode 9 keer te laat gekomen, wat nu?')).toEqual({ kind: 'situation' });
  });

  it('should open the exact manifest commands', () => {
    for (const [command, intent] of [
      ['aanmeldformulier', 'aanmeldformulier'],
      ['verzuimcoach', 'verwijzing'],
      ['wat nu?', 'wat-nu'],
      ['Help', 'help'],
      ['onboarding overzicht', 'onboarding-overzicht'],
    ] as const) {
      expect(understand(command)).toMatchObject({ kind: 'intent', intent });
    }
  });

  it('should ask which of two capabilities when a request names both equally', () => {
    expect(understand('open het aanmeldformulier en de verwijzing naar de verzuimcoach voor Jesse')).toMatchObject({
      kind: 'choice',
      options: ['aanmeldformulier', 'verwijzing'],
    });
  });

  // Generated requests: request frames × capability names × names × typos. The frames and names here
  // are not the lexicon's; the property is that a request naming one capability opens it with the name.
  const frames = [
    'kun je {object} voor {name} klaarzetten?',
    'ik wil {object} voor {name} invullen',
    'open {object} voor {name}',
    'zou je {object} voor {name} willen openen',
    '{object} {name} graag',
    'graag {object} voor {name}',
  ];
  const objects: readonly (readonly [string, Intent])[] = [
    ['het aanmeldformulier', 'aanmeldformulier'],
    ['het formulier voor de jeugdarts', 'aanmeldformulier'],
    ['de aanmelding bij de ggd', 'aanmeldformulier'],
    ['de verwijzing naar de verzuimcoach', 'verwijzing'],
    ['een aanmelding voor de verzuimcoach', 'verwijzing'],
    ['de gespreksleidraad', 'gespreksleidraad'],
  ];
  const names = ['Jesse', 'Fatima', 'Dewi', 'Kacper', 'noor', 'Mohammed', 'Lieke', 'yusuf'];
  const typo = (word: string, at: number) =>
    word.length < 6
      ? word
      : word.slice(0, (at % (word.length - 2)) + 1) +
        word[(at % (word.length - 2)) + 2] +
        word[(at % (word.length - 2)) + 1] +
        word.slice((at % (word.length - 2)) + 3);

  it('should open generated requests with the pupil named, with a typo in the longest word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...frames),
        fc.constantFrom(...objects),
        fc.constantFrom(...names),
        fc.nat(20),
        fc.boolean(),
        (frame, [object, intent], name, at, withTypo) => {
          const longest = object.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
          const typed = withTypo ? object.replace(longest, typo(longest, at)) : object;
          const result = understand(frame.replace('{object}', typed).replace('{name}', name));
          expect(result).toMatchObject({ kind: 'intent', intent });
          if (result.kind === 'intent')
            expect(result.slots.pupilFirstName).toBe(name.charAt(0).toUpperCase() + name.slice(1));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('one record said by a pronoun and its pupil', () => {
  it.each(['is die van Fenna al doorgestuurd?', 'is dat van Thijs nog niet verwerkt?'])(
    'should open the overzicht for "%s"',
    (text) => {
      expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'overzicht' });
    },
  );
});

describe('how to reach the bot', () => {
  it.each(['wat kan ik hier intypen om een vraag te stellen?', 'werkt dit ook op een tablet?'])(
    'should open the help for "%s"',
    (text) => {
      expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'help' });
    },
  );
});

describe('the agenda recalled, things left hanging, and mentors behind', () => {
  it.each([
    'wat moest ik morgen ook alweer doen?',
    'is er nog iets blijven hangen van vorige week?',
    'wat moet er voor donderdag nog gebeuren?',
    'wie van de mentoren is achter met de opvolging?',
  ])('should open the open actions for "%s"', (text) => {
    const understood = understand(text);
    expect(['mijn-acties', 'openstaande-acties']).toContain(
      understood.kind === 'intent' ? understood.intent : understood.kind,
    );
  });
});

describe('rights given, asked for, and who holds a role here', () => {
  it.each([
    'ik wil dat de teamleider ook de verwijzingen kan inzien',
    'ik ben invalkracht, mag ik formulieren indienen?',
    'wie zijn op onze school de teamleiders?',
  ])('should open the rollen for "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'rollen' });
  });
});

describe('an overview of something else than our records', () => {
  it.each([
    'waar vind ik een overzicht van de partners in Den Bosch?',
    'heb je een overzicht van de stappen bij ziekteverzuim?',
    'is er een overzichtje met de termijnen uit het protocol?',
  ])('should ask the documents for "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'question' });
  });
  it.each([
    'geef me een overzicht van de nog openstaande verwijzingen',
    'overzicht van de leerlingen die ik heb aangemeld',
  ])('should open the overzicht for "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'overzicht' });
  });
});

describe("a new colleague's question", () => {
  it.each([
    'ben net begonnen als mentor, binnen hoeveel dagen moet ik ouders bellen bij ziekte?',
    'Hoi, ik ben nieuw op school. Wat is precies het Thuiszitterspact?',
    'ik ben de nieuwe mentor van 3b, welke partners zitten in het zat?',
  ])('should ask the documents a particular fact for "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'question' });
  });
  it.each([
    'ik ben net begonnen, wat moet ik weten over verzuim?',
    'nieuw hier, waar begin ik met het verzuimprotocol?',
    'ik ben nieuwe ib-er, is er een leermodule over verzuim?',
  ])('should open the onboarding for learning in general: "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'onboarding' });
  });
});

describe('a capability asked for a particular pupil', () => {
  it.each([
    ['Finn zit al weken thuis en ouders zijn ten einde raad. Kan er een verzuimcoach op?', 'verwijzing'],
    ['ouders van Noor zijn akkoord, hoe meld ik haar aan bij de jeugdarts?', 'aanmeldformulier'],
  ])('should open it for "%s"', (text, intent) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent });
  });
  it('should answer a question about it in general', () => {
    expect(understand('voor welke leerlingen is een verzuimcoach bedoeld?')).toMatchObject({ kind: 'question' });
  });
});

describe('learning asked for in other words', () => {
  it.each([
    'kun je me trainen in het verzuimprotocol?',
    'als zij-instromer weet ik niks van verzuim. help me op weg',
    'ben pas twee weken mentor, leer me de basis',
  ])('should open the onboarding for "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'onboarding' });
  });
  it('should still explain the bot when asked to explain it', () => {
    expect(understand('uitleg over de bot graag')).toMatchObject({ kind: 'intent', intent: 'help' });
  });
});

describe('a step of the protocol taken, then a question', () => {
  it.each(['We hebben een DUO melding gedaan voor Sven. Wat doet de leerplicht daarna?'])(
    'should ask the documents for "%s"',
    (text) => {
      expect(understand(text)).toMatchObject({ kind: 'question' });
    },
  );
  it('should still open the overzicht for what I filed', () => {
    expect(understand('welke aanmeldingen heb ik gedaan?')).toMatchObject({ kind: 'intent', intent: 'overzicht' });
  });
});

describe('open actions named by a compound or past their term', () => {
  it.each(['welke opvolgacties staan nog open?', 'Welke vervolgacties zijn over hun termijn heen?'])(
    'should open the open actions for "%s"',
    (text) => {
      expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'openstaande-acties' });
    },
  );
});

describe('the place or the use of the bot', () => {
  it.each([
    'wat moet ik hier doen?',
    'hoe zet ik je het slimst in als mentor?',
    'kun je ook formulieren klaarzetten of geef je alleen antwoorden?',
  ])('should open the help for "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'help' });
  });
});

describe('access refused, a wrong role, or whether a colleague still holds one', () => {
  it.each([
    'ik krijg de verwijzingen van 3b niet te zien, heb ik de verkeerde rol?',
    'is meneer Bakker nu de oco of niet meer?',
  ])('should open the rollen for "%s"', (text) => {
    expect(understand(text)).toMatchObject({ kind: 'intent', intent: 'rollen' });
  });
});
