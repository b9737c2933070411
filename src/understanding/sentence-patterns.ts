/**
 * Sentence patterns that tell what a message is about beyond the capability words it holds: our
 * own records, roles in the bot, learning the protocol, a new colleague. They run on the
 * folded, spelling-corrected text (see `spelling.ts`), so "dese bot" and "mn verwijzing" are read as meant.
 */

/** "mijn" as staff type it ("mn", "m'n"). */
const my = String.raw`(?:mijn|mn|m'n|onze|ons)`;

/** Asking the protocol's next step: "wat nu?", "wat moeten we doen?", "moet ik dit melden?". */
export const asksNextStep = new RegExp(
  String.raw`\bwat\s+nu\b|\bwat\s+(?:moet|moeten|kan|kunnen)\s+(?:ik|we|wij)\s*(?:nu\s+|` +
    String.raw`hier\s+|hiermee\s+)?(?:mee\s+|mee\s+doen\s+)?(?:doen)?\s*[?!.]*$|` +
    String.raw`\bvolgende\s+stap\b|\bhoe\s+(?:nu\s+)?verder\b|\bmoet\s+ik\s+(?:dit|dat|het|hem|` +
    String.raw`haar)\s+melden\b|` +
    // "… af en toe ontbreekt. Wat wordt er van mij verwacht?": what to do about the pupil told of.
    String.raw`\bwat\s+wordt\s+er\s+(?:nu\s+)?van\s+(?:mij|ons)\s+verwacht\s*[?!.]*$`,
);

/** Time still to come or things left: with the first person and no protocol word, the user's own pending things
 * (requests tuning 909 -> 910 of 934, frozen 771 -> 774 of 898). */
export const stillPending = /\b(?:nog|deze\s+week|vandaag|morgen|straks|alweer|vergeten|openstaan\w*)\b/;
/** Said in the first person: the user's own actions ("mijn acties", "wat moet ik nog doen?"). */
export const firstPerson = /\b(?:ik|mij|me|mijn|mn|m'n)\b/;

/** What I filed: "welke leerlingen heb ik aangemeld?", "het verslag dat ik vorige week heb gemaakt". */
export const filedByMe = new RegExp(
  String.raw`\b(?:heb\s+ik|hebben\s+(?:we|wij)|had\s+ik|(?:ik|we|wij)\b[^.?!]{0,60}\b(?:heb|` +
    String.raw`hebben|had))\s+(?:\w+\s+){0,3}(?:aangemeld|doorverwezen|ingediend|ingevuld|` +
    String.raw`verstuurd|opgestuurd|ingestuurd|gestuurd|doorgestuurd|gemaakt|opgeslagen|geschreven|afgerond|gedaan|` +
    String.raw`afgemaakt|aangevraagd|gestart)\b|` +
    // Told in the passive: "de lijst met alles wat er via de bot is ingevuld", "welke formulieren er zijn
    // ingevuld".
    String.raw`\b(?:wat|welke\s+\S+)\s+er\s+(?:\S+\s+){0,4}?(?:is|zijn|werd|werden)\s+(?:al\s+)?` +
    String.raw`(?:ingevuld|ingediend|aangemaakt|opgeslagen|verstuurd)\b`,
);
/** Filed already for a pupil, by anyone: "heeft iemand Kyan al doorverwezen?", "is Sem al aangemeld bij de jgz?", "wie
 * heeft Bram aangemeld?", "is er voor Daan al een verwijzing gedaan?" — not a condition ("is een leerling al aangemeld
 * als …"). */
const filing = String.raw`(?:aangemeld|doorverwezen|verwezen|ingediend|ingevuld|verstuurd|opgestuurd|doorgestuurd)`;
export const filedForAPupil = new RegExp(
  String.raw`\b(?:heeft|hebben)\s+(?:iemand|\S+|de\s+\S+|een\s+collega|mijn\s+collega)\s+` +
    String.raw`(?:\S+\s+){0,2}al\s+${filing}\b|` +
    String.raw`^(?:\S+\s+){0,2}is\s+(?!een\b)(?:\S+\s+){1,2}al\s+${filing}\b(?![^.?!]*\b(?:als|wanneer|zodra)\b)|` +
    String.raw`\bwie\s+heeft\s+(?!een\b)(?:\S+\s+){1,3}${filing}\b|` +
    String.raw`\bis\s+er\s+(?:voor|van)\s+\S+\s+al\s+een\s+(?:aanmelding|verwijzing|formulier)\b|` +
    String.raw`\bstaat\s+(?:de|het|die)\s+(?:\S+\s+){0,4}er\s+(?:al\s+)?in\b`,
);
/** What is still open or its status: "wat staat er nog open?", "hoe staat het met de aanmelding?". */
export const openItems = new RegExp(
  [
    String.raw`\b(?:staat|staan|loopt|lopen)\s+(?:er\s+)?(?:nog\s+)?(?:open|uit)\b`,
    String.raw`^(?:wat|welke\s+\w+)\s+(?:loopt|lopen)\s+er\s+nog\b`,
    String.raw`\b(?:laat|toon)\b[^.?!]*\bwat\s+(?:ik|we|wij)\b`,
    String.raw`\bwat\s+(?:ik|we|wij)\s+nog\s+(?:moet|moeten)\s+(?:afronden|afmaken)\b`,
    String.raw`\b(?:toon|laat|wat|welke|alles)\b[^.?!]*\bin\s+behandeling\b`,
    String.raw`\bheb\s+(?:ik|we|wij)\s+(?:nog\s+)?(?:\w+\s+)?(?:staan|lopen)\b`,
    // "welke lln staan bij ons aangemeld bij de schoolarts": the records there are.
    String.raw`\b(?:staan|staat|zijn|is)\s+(?:er\s+)?(?:bij\s+ons|hier|nu)\s+(?:\S+\s+)?(?:aangemeld|doorverwezen)\b`,
    String.raw`\b(?:aangemeld|doorverwezen|ingediend|` +
      String.raw`ingevuld)\b[^.?!]*\bvia\s+(?:de\s+)?(?:bot|verzuimwijzer|teams|hier)\b`,
  ].join('|'),
);
/**
 * Our records listed by their state or when they were made: "welke aanmeldingen zijn er in november gedaan?", "laat
 * alle aanvragen zien die nog niet afgerond zijn", "staan er aanmeldingen open?" (plural: the stored ones).
 */
const storedRecords = String.raw`(?:aanmeldingen|verwijzingen|doorverwijzingen|aanvragen|formulieren)`;
const recordsByState = new RegExp(
  [
    String.raw`\b${storedRecords}\b[^.?!]*\b(?:open|openstaan|afgehandeld|afgerond|ingediend|verstuurd|lopend|` +
      String.raw`nog\s+niet|de\s+deur\s+uit|verzonden|weggestuurd|doorgestuurd)\b`,
    // "staat Anouk al tussen de aanmeldingen?": a pupil among our records.
    String.raw`\b(?:staat|staan|zit|zitten)\s+(?:\S+\s+){0,2}(?:al\s+|nog\s+)?(?:tussen|in|bij)\s+` +
      String.raw`(?:de|onze|mijn|ons)\s+${storedRecords}\b`,
    String.raw`\b(?:openstaande|lopende|afgehandelde|afgeronde|ingediende|verstuurde)\s+(?:\S+\s+)?${storedRecords}\b`,
    String.raw`\bzijn\s+er\s+(?:\S+\s+){0,6}(?:gedaan|afgehandeld|afgerond|ingediend|verstuurd)\b`,
    String.raw`\b(?:laat|toon)\s+(?:\S+\s+){0,3}${storedRecords}\b`,
    // In English: "can I see all referrals we did this year".
    String.raw`\b(?:see|show|list)\s+(?:\S+\s+){0,2}(?:referrals|forms|registrations)\b`,
  ].join('|'),
);
/** One record's state: "is de aanmelding van Jens al verstuurd of staat die nog open?" (not the user's to-dos). */
export const recordSent = new RegExp(
  String.raw`\b(?:is|zijn)\s+(?:(?:de|het|die|mijn|mn|onze)\s+(?:\S+\s+)?` +
    String.raw`(?:aanmelding|verwijzing|doorverwijzing|formulier|aanvraag)\b[^.?!]*|` +
    // "is die van Sem al verstuurd?": the record said by a pronoun and its pupil.
    String.raw`(?:die|dat|het)\s+van\s+\S+\s+)\b(?:al|nog\s+niet)\s+` +
    String.raw`(?:verstuurd|ingediend|afgehandeld|doorgestuurd|verzonden|` +
    String.raw`aangekomen|verwerkt|opgepakt|behandeld)\b`,
);
/** A record that cannot be found: "ik kan het formulier van vorige week niet meer vinden", "mijn verslag is kwijt". */
export const lostRecord = new RegExp(
  String.raw`\b(?:kwijt|niet\s+(?:meer\s+)?(?:terug)?(?:vinden|zien)|terugvinden|` +
    String.raw`terug\s+(?:te\s+)?vinden|terugzien|teruglezen)\b`,
);
/** A question about the state of a record: "hoe staat het met …", "wat is er met mn verwijzing gebeurd". */
export const recordStatus = new RegExp(
  [
    String.raw`\bhoe\s+staat\s+het\s+(?:met|ervoor)\b`,
    String.raw`\bhoe\s+ver\s+is\b`,
    String.raw`\bwat\s+(?:is\s+)?(?:er\s+)?met\s+${my}\b[^.?!]*\b(?:gebeurd|gebeurt|gedaan)\b`,
    String.raw`\bwat\s+er\s+met\s+${my}\b`,
    // "wat is er met de verwijzing van Ayoub gebeurd?" (not "wat gebeurt er met de aanmelding?", the protocol's).
    String.raw`\bwat\s+is\s+er\s+met\s+(?:de|het)\s+(?:aanmelding|verwijzing|formulier|verslag)\b[^.?!]*\bgebeurd\b`,
    String.raw`\b(?:iets\s+)?gebeurd\s+met\b`,
    String.raw`\bdoor\s+(?:is\s+)?gekomen\b|\bis\s+(?:\w+\s+)?doorgekomen\b`,
    String.raw`\b(?:staat|staan)\b[^.?!]*\bop\s+(?:afgerond|open|ingediend|in\s+behandeling|concept)\b`,
    String.raw`\b(?:checken|check|controleren|controleer|nakijken|kijk)\b`,
  ].join('|'),
);
/** First-person records: "heb ik", "hebben we", "zijn er nog", "mijn aanmeldingen", "van mij". */
export const ownRecords = new RegExp(
  String.raw`\b(?:heb\s+ik|hebben\s+(?:we|wij)|had\s+ik|staan\s+er\s+nog|lopen\s+er\s+nog|` +
    String.raw`zijn\s+er\s+(?:nog|al|voor|van)|nog\s+open|openstaande?|ingediend|ingevuld|` +
    String.raw`verstuurd|verwerkt|behandeld|opgepakt|aangemeld|doorverwezen|van\s+mij|` +
    // "mijn aanmeldingen", "mn ingediende formulieren" — not "mijn begeleider vroeg …".
    String.raw`${my}\s+(?:\S+\s+)?(?:aanmeld|verwijz|formulier|dossier|verslag|record|lijst|referral)\w*|` +
    String.raw`door\s+mij|ik\s+(?:al\s+)?(?:heb|had))\b`,
);

/** Where the bot's roles are asked about: "wie is bij ons oco in de bot?", "wie zijn hier mentor?". */
export const schoolRoles = new RegExp(
  String.raw`\b(?:bij\s+ons|hier|in\s+(?:de\s+)?(?:bot|app|verzuimwijzer|teams)|volgens\s+(?:jou|u)|` +
    String.raw`op\s+(?:onze|deze)\s+school|onze\s+school|in\s+(?:het|dit)\s+systeem|` +
    // "wie is mn oco?": the user's own colleague in a role — not one who passes something on ("mijn teamleider zei
    // dat ik deze assistent moest gebruiken").
    String.raw`(?:mijn|mn|m'n|onze)\s+` +
    String.raw`(?:oco|mentor|teamleider|zorgcoordinator|ondersteuningscoordinator|ib\s?er|beheerder))\b` +
    String.raw`(?!\s+(?:zei|zegt|vroeg|vraagt|stuurde|stuurt|raadde|raadt|gaf\s+aan|heeft\s+gezegd|vond|vindt)\b)`,
);
/** "wie … oco / mentor / beheerder …": who holds a role. */
export const whoHoldsRole = new RegExp(
  String.raw`\bwie\b[^.?!]*\b(?:oco|oco'?s|mentor|mentoren|beheerders?|schoolbeheerder|zorgcoordinator|` +
    String.raw`ondersteuningscoordinator|teamleider|teamleiders|admins?)\b`,
);
/** Changing a role: "intrekken", "aanzetten", "toekennen", "… moet mentor worden". */
export const changesRole = new RegExp(
  String.raw`\b(?:intrekken|ingetrokken|aanzetten|aangezet|toekennen|toegekend|geven|krijgen|` +
    String.raw`weghalen|verwijderen|wijzigen|aanpassen|regelen|instellen|worden|wordt|zetten|` +
    String.raw`uitzetten)\b`,
);
/** The bot's own roles: "welke rol heb ik", "rechten geven aan een collega". */
export const ownRoles = new RegExp(
  String.raw`\b(?:ik|mijn|me|mij|mezelf|we|wij|onze|my|collega|collega's|hier|bot|app|` +
    String.raw`verzuimwijzer|teams|toegang|\w*rechten|\w*beheerders?|admin)\b`,
);
/** Where the bot's own things are: "waar vind ik het aanmeldformulier?", "waar staat de gespreksleidraad?". */
export const findsAThing = new RegExp(
  String.raw`\bwaar\s+(?:vind\s+ik|kan\s+ik\s+(?:\S+\s+){0,4}vinden|staat|staan)\s+(?:\S+\s+)?` +
    String.raw`(?:het|de|dat|die|een)\s+(?:\S+\s+)?(?:\S*formulier|\S*leidraad|overzicht|verwijzing|aanmelding)\b|` +
    // "waar kan ik dat lijstje bekijken?", "waar kan ik de aanmeldingen van 2b zien?"
    String.raw`\bwaar\s+(?:kan|kun)\s+ik\s+(?:het|de|dat|die|deze|mijn|onze|alle)\s+(?:\S+\s+)?` +
    String.raw`(?:\S*formulier(?:en)?|\S*leidraad|overzicht|lijst(?:je)?|verwijzingen|aanmeldingen|verslagen)\s+` +
    String.raw`(?:\S+\s+){0,3}(?:vinden|bekijken|zien|inzien|terugvinden|terugzien|openen)\b`,
);
/** A partner of the protocol: "wat is de rol van de jeugdarts?" asks about the protocol, not the bot. */
export const protocolPartner = new RegExp(
  String.raw`\b(?:jeugdarts|leerplicht\w*|lpa|ggd|jgz|verzuimcoach\w*|partners?|ouders?|` +
    String.raw`leerling|school\s*maatschappelijk|smw|swv|samenwerkingsverband|casusregisseur|` +
    String.raw`casusverantwoordelijke|mdo|zat)\b`,
);

/** Learning the protocol: "leren", "leer me", "uitleg", "inwerken", "cursus", "stap voor stap". */
export const learning = new RegExp(
  String.raw`\b(?:leren|aanleren|aan\s+te\s+leren|` +
    String.raw`leer\s+(?:me|mij)|uitleg|uitleggen|inwerk\w*|\w*cursus\w*|\w*training\w*|leermodule\w*|` +
    String.raw`(?:trainen|train)\s+(?:me|mij|ons)|(?:me|mij|ons)\s+(?:\S+\s+)?trainen|` +
    String.raw`scholing|overhoor\w*|oefenen|oefen\s+(?:ik|ik\s+met)|` +
    String.raw`e[\s-]?learning|wegwijs|onboarding\w*|introductie\w*|eigen\s+maken|kennismaken|` +
    String.raw`kennis\s+maken|inlezen|(?:test|toets|quiz)\s+(?:me|mij)|quiz\w*)\b`,
);
/** Who finished the course: "wie heeft de onboarding afgerond?", "hebben mijn teamleden de cursus gedaan?". */
export const courseFinished = /\b(?:afgerond|gedaan|gevolgd|voltooid|doorlopen|klaar)\b/;
/** A new colleague: "ik ben nieuw", "net begonnen", "net mentor geworden", "eerste week". */
export const newColleague = new RegExp(
  [
    String.raw`\bik\s+ben\s+(?:hier\s+)?(?:(?:de|een)\s+)?(?:nieuwe?|starter|startende|beginnende?)\b`,
    String.raw`\bnieuwe\s+(?:collega|mentor|docent|leraar|leerkracht|teamleider|oco|zorgcoordinator)\b`,
    // Starting from elsewhere: "als zij-instromer", "ik ben invaller tot de zomer", "pas twee weken mentor".
    String.raw`\b(?:zij-?\s?instromer|invaller|invalkracht|herintreder)\b|` +
      String.raw`\bpas\s+(?:\S+\s+)?(?:dagen|weken|week|maand|maanden)\s+` +
      String.raw`(?:mentor|docent|oco|hier|op\s+school|in\s+dienst)\b`,
    String.raw`\b(?:net|pas|sinds\s+kort|onlangs|recent)\s+(?:begonnen|gestart|aangenomen|` +
      String.raw`in\s+dienst|hier|nieuw|op\s+school|\w+\s+geworden)\b`,
    String.raw`\b(?:mijn\s+)?eerste\s+(?:week|dag|maand|jaar|weken)\b`,
    // "ik begin maandag bij de verzuimadministratie": starting soon.
    String.raw`\bik\s+(?:begin|start)\s+(?:hier\s+)?(?:maandag|morgen|volgende\s+week|binnenkort|na\s+de\s+vakantie)\b`,
    String.raw`\bnieuw\s+(?:hier|op\s+school|in\s+het\s+team|als\s+mentor|in\s+het\s+vak)\b`,
    String.raw`\bik\s+(?:begin|start)\s+(?:\w+\s+){0,2}(?:als|hier)\b`,
  ].join('|'),
);

/** A partner or the pupil's parents seeing a record: "mogen ouders het verslag inzien?", "mag de jeugdarts het dossier
 * zien?" — the protocol's privacy, not the bot's rights. */
export const partnerSeesRecord = new RegExp(
  String.raw`\b(?:mag|mogen|kan|kunnen)\s+(?:de\s+|het\s+|een\s+)?(?:jeugdarts|ouders?|leerling|lpa|leerplicht\w*|` +
    String.raw`ggd|jgz|verzuimcoach|vader|moeder)\b`,
);

/** A year or an annual report: the documents' own figures, not our records. */
export const aboutTheReports = (text: string): boolean => /\b(?:19|20)\d\d\b|\bjaarverslag\w*\b/.test(text);

/**
 * Our own records: what I filed, what is still open, records listed by state, a record's status (with the overzicht
 * named) — not the annual reports' figures ("hoeveel aanmeldingen waren er in 2023 afgerond?"). `mainClauses`: the
 * message without its subordinate clauses; `asks`: the message asks rather than requests.
 */
export function asksAboutOurRecords(mainClauses: string, namesOverzicht: boolean, asks: boolean): boolean {
  if (aboutTheReports(mainClauses)) return false;
  return (
    // Not what was never done: "ik heb dat nog nooit gedaan" tells inexperience, not a record; nor "we hebben van alles
    // gedaan", effort told.
    // Nor a step of the protocol taken ("we hebben een DUO melding gedaan, wat doet de lpa daarna?").
    !/\b(?:nooit|niet|alles|duo|gesprek\w*|huisbezoek|spreekuur|zat|mdo|overleg)\b/.test(
      filedByMe.exec(mainClauses)?.[0] ?? 'niet',
    ) ||
    openItems.test(mainClauses) ||
    filedForAPupil.test(mainClauses) ||
    recordsByState.test(mainClauses) ||
    recordSent.test(mainClauses) ||
    (namesOverzicht &&
      (recordStatus.test(mainClauses) || lostRecord.test(mainClauses) || (asks && ownRecords.test(mainClauses))))
  );
}

/** What an overview is asked of, its first three words: "een overzicht van de partners in Den Bosch". */
const overviewOf = new RegExp(
  String.raw`\boverzicht(?:je)?\s+(?:\S+\s+)?(?:van|met|over)\s+` +
    String.raw`(?:de\s+|het\s+|een\s+|die\s+|deze\s+)?(\S+(?:\s+\S+){0,2})`,
);
/** What the overzicht lists besides the records the lexicon names: pupils, cases, actions, everything of ours. */
const ourThings = new RegExp(
  String.raw`^(?:leerling\w*|lln|ll|zaken|casus\w*|acties|actiepunten|alles|alle|wat|wie|welke|klas\w*|mentor\w*|` +
    String.raw`ons|jouw|je|\w*\d\w*)$`,
);

/**
 * An overview of something else than our records: "een overzicht van interventies die bewezen werken", "overzicht van
 * de partners in Den Bosch" ask the documents. `isOverzichtWord`: a word of the overzicht's own lexicon (records, their
 * state, ours).
 */
export function overviewOfOtherThings(folded: string, isOverzichtWord: (word: string) => boolean): boolean {
  const of = overviewOf.exec(folded)?.[1]?.split(' ');
  return of !== undefined && !of.some((word) => ourThings.test(word) || isOverzichtWord(word));
}
