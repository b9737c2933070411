/**
 * The word classes by which `sentence-mode.ts` tells how a clause is put: question openers, fillers, the people
 * the user may act towards, wishes, subjects. Folded words (see `fuzzy-words.ts`).
 */

/** Words that open a question about the protocol (after greetings and fillers). */
export const questionOpeners = new Set(
  (
    'wat wie wiens wanneer waar waarom welke welk hoe hoeveel hoelang hoevaak hoezo ' +
    'moet moeten mag mogen is zijn wordt worden ' +
    ('heeft hebben klopt geldt gelden gaat gaan krijgt krijg krijgen zit staat staan ' +
      'bestaat hoort horen valt vallen telt tellen ') +
    ('wat\u2019s wats bij voor met vanaf binnen tot na tegen vanuit onder kunnen zou ' +
      'zouden was waren weet weten doet doen ben')
  ).split(' '),
);
/** Greetings and fillers that may precede the real sentence. */
const fillers = new Set(
  (
    'hoi hallo hey hee he hi beste goedemorgen goedemiddag goedenavond dag even snel ' +
    'ff effe vraagje vraag nog kort eh uh oke ok oké nou zeg sorry ja top super ' +
    'prima dus en maar trouwens btw'
  ).split(' '),
);
/** People the user may act towards: "ouders vertellen", "de leerling verplichten". */
export const people = new Set([
  'ouders',
  'ouder',
  'vader',
  'moeder',
  'leerling',
  'll',
  'lln',
  'hem',
  'haar',
  'collega',
]);
// Flemish "gij"/"ge" too: "kunde gij het formulier invullen?".
export const pronounsForTheBot = new Set(['je', 'jij', 'u', 'jullie', 'we', 'wij', 'gij', 'ge']);
export const politeModals = new Set([
  'kun',
  'kan',
  'kunt',
  'kunde',
  'kunnen',
  'wil',
  'wilt',
  'willen',
  'zou',
  'zoudt',
  'zouden',
  'mag',
]);
export const wishVerbs = new Set(['wil', 'willen', 'wilde', 'wou', 'zou', 'moet', 'ga', 'graag', 'hoef', 'zal', 'heb']);
export const askedSubjects = new Set([
  'ik',
  'je',
  'jij',
  'u',
  'we',
  'wij',
  'de',
  'een',
  'het',
  'ze',
  'zij',
  'hij',
  'men',
  'school',
  'mentor',
  'oco',
  'iemand',
  'er',
  'dat',
  'dit',
  'die',
  'elke',
  'iedere',
  'ouders',
  'leerling',
  'll',
  'lln',
  // A possessive or demonstrative before the subject: "moet ons beleid …?", "moet deze leerling …?".
  'ons',
  'onze',
  'mijn',
  'zijn',
  'haar',
  'hun',
  'jullie',
  'deze',
  'alle',
]);
export const prepositions = new Set(
  (
    'in op aan van voor met bij naar over tot uit om door tegen vanaf binnen na ' +
    'onder sinds per tijdens via volgens'
  ).split(' '),
);
/** Subjects after a verb-first question: "vraagt het …", "geldt dit …", "telt een …". */
export const verbSubjects = new Set(
  'het de een dit dat deze die er ik je jij u we wij ze zij hij men school ouders'.split(' '),
);
export const questionWords = new Set('wat wie welke welk wanneer waar hoe hoeveel hoelang hoevaak'.split(' '));
/** Subjects of a modal question that are neither the user nor the bot: "kan een leerling …", "mag de school …". */
export const thirdPartySubjects = new Set([
  'een',
  'de',
  'het',
  'school',
  'ouders',
  'leerling',
  'll',
  'lln',
  'iemand',
  'men',
]);
/** "gehad", "gevoerd", "gesproken", "aangesproken", "gebeld": what already happened. */
// Also the participles without "ge" of verbs with an unstressed prefix: "bekeken", "besproken", "verstuurd".
export const pastParticiple = /^(?:\w*ge\w{2,}(?:d|t|en)|gehad|(?:be|ver|ont|her)\w{3,}(?:d|t|en))$/;
/** The bot named as the way or the place: "via jou", "kan dat hier?", "hoe start ik dat hier?". */
export const throughTheBot = new RegExp(
  String.raw`\bvia\s+(?:jou|je|u|de\s+bot|verzuimwijzer|deze\s+(?:bot|chat))\b|` +
    String.raw`\b(?:kan|kun|lukt|gaat|moet)\s+(?:dat|het|dit)\s+(?:ook\s+)?hier\b|` +
    String.raw`\bhoe\s+(?:start|begin|doe|open|regel)\s+ik\s+(?:dat|het|die|dit)\s+hier\b`,
);
/** A participle of what was done, not a compound noun that holds "ge…d" ("gespreksleidraad"). */
export const doneAlready = /^(?:\w{0,5}ge\w{2,9}(?:d|t)|gehad|verstuurd|verzonden|ingediend)$/;
export const pleaseWords = new Set([
  'graag',
  'alsjeblieft',
  'alstublieft',
  'aub',
  'pls',
  'please',
  'svp',
  'plz',
  'plis',
]);

/** "een leerling", "leerlingen", "iemand", "zomaar": the sentence is about pupils in general. */
export function isGeneric(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      genericWords.has(word) ||
      (word === 'een' &&
        ['leerling', 'leerlinge', 'lln', 'll', 'kind', 'jongere', 'ouder', 'student'].includes(words[index + 1] ?? '')),
  );
}
const genericWords = new Set(['leerlingen', 'iemand', 'zomaar', 'kinderen', 'altijd', 'zonder', 'eerst', 'zelf']);

export function withoutFillers(words: readonly string[]): readonly string[] {
  let start = 0;
  while (start < words.length - 1 && fillers.has(words[start]!)) start += 1;
  return words.slice(start);
}

/** "mag ik je vragen om …", "zou ik u mogen vragen … te …": a request put politely. */
export const politeRequest = new RegExp(
  String.raw`^(?:mag|mogen|zou|zouden)\s+(?:ik|we|wij)\s+(?:je|jou|u|jullie)\s+(?:mogen\s+)?vragen\s+` +
    String.raw`(?!(?:\S+\s+)?(?:iets|wat|of|hoe|wie|waar\w*|wanneer|welke?|hoeveel|hoelang)\b|een\s+vraag)\S`,
);

/** Asking to be told or explained how something goes: "leg (me) uit hoe …", "vertel (me) wat …". */
export const explainVerbs = new Set(['leg', 'vertel', 'explain']);
export const explainedWords = new Set('hoe wat waarom wanneer wie welke waar of how what why when who'.split(' '));

/** Adverbs a yes/no question may put between its verb and its subject: "moet altijd de mentor …?". */
export const adverbsBeforeSubject = new Set(
  'altijd ook nog eigenlijk dan echt wel nu per se persee sowieso perse'.split(' '),
);

/** A clause that only announces a question: "ff vraagje", "korte vraag", "een vraag", "quick question". */
export const announcing = new Set(
  'vraag vraagje vragen een korte snelle kleine klein snel nog quick question'.split(' '),
);

/** What asking for advice names. */
export const adviceWords = new Set(
  'tip tips tipje tipjes advies adviezen suggestie suggesties ideeen handvatten openingszin'.split(' '),
);

/** Subjects after a plural verb that opens a yes/no question: "volgen we …?", "krijgen ze …?". */
export const pluralSubjects = new Set([
  'we',
  'wij',
  'ze',
  'zij',
  'jullie',
  'ouders',
  'leerlingen',
  'mentoren',
  'scholen',
]);

/**
 * Verbs a wish may name for the bot to help with: acting on a pupil's case ("ik wil Mo aanmelden") or learning the
 * protocol ("ik wil ingewerkt worden").
 */
export const wishedActions = new Set(
  (
    'aanmelden melden verwijzen doorverwijzen voeren opgeven inplannen ' +
    'leren kennen snappen begrijpen ingewerkt inwerken inlezen oefenen'
  ).split(' '),
);

/** A question announced or a doubt told: "ik heb een vraag", "ik twijfel of …". */
export const askingWords = new Set(['vraag', 'vraagje', 'vragen', 'twijfel']);

/** The words before a relative or subordinate clause: its need is not the user's ("… een leerling verwijzen die met
 * iemand wil praten"). */
export function untilRelativeClause(words: readonly string[]): readonly string[] {
  const relative = words.findIndex((word) => word === 'die' || word === 'dat' || word === 'omdat' || word === 'zodat');
  return relative >= 0 ? words.slice(0, relative) : words;
}

/** The bot's actions in the infinitive that end a chat command: "formulier openen", "verzuimcoach aanvragen". */
const commandInfinitives = new Set(
  'aanvragen openen starten invullen klaarzetten aanmaken maken aanmelden doorsturen opstarten tonen doen'.split(' '),
);
/** Words that make a clause a statement or question, not a command. */
const commandSubjects = new Set(['ik', 'je', 'jij', 'u', 'we', 'wij', 'hij', 'zij', 'ze', 'moet', 'kan', 'mag']);
/** A clause that is a command in the infinitive: a few words ending in one of the bot's actions (then perhaps who it is
 * for), no subject. */
export function isInfinitiveCommand(clause: readonly string[]): boolean {
  // "verzuimcoach aanvragen voor Rayan": who it is for may follow.
  const forWhom = clause.lastIndexOf('voor');
  const words = forWhom >= 2 && clause.length - forWhom <= 4 ? clause.slice(0, forWhom) : clause;
  const last = words.at(-1);
  return (
    words.length >= 2 &&
    words.length <= 6 &&
    last !== undefined &&
    commandInfinitives.has(last) &&
    !words.some((word) => commandSubjects.has(word))
  );
}
