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
export const pastParticiple = /^(?:\w*ge\w{2,}(?:d|t|en)|gehad)$/;
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
    String.raw`(?!(?:iets|wat|of|hoe|wie|waarom|wanneer|waar|welke)\b|een\s+vraag)\S`,
);

/** Asking to be told or explained how something goes: "leg (me) uit hoe …", "vertel (me) wat …". */
export const explainVerbs = new Set(['leg', 'vertel', 'explain']);
export const explainedWords = new Set('hoe wat waarom wanneer wie welke waar of how what why when who'.split(' '));

/** Adverbs a yes/no question may put between its verb and its subject: "moet altijd de mentor …?". */
export const adverbsBeforeSubject = new Set(
  'altijd ook nog eigenlijk dan echt wel nu per se persee sowieso perse'.split(' '),
);

/**
 * Asking to know or to have something looked up, put as a wish or a command with an indirect question after it:
 * "ik wil weten of ik het formulier ook bij spijbelen mag gebruiken", "check even wat die OEN-houding inhoudt",
 * "zeg eens wanneer …", "zoek ff op hoe lang …". What is asked decides, as it does for "leg me uit hoe …".
 */
export const asksToKnow = new RegExp(
  String.raw`^(?:(?:ik|we|wij)\s+(?:wil|willen|wilde|wou|zou|zouden|moet|moeten)\s+` +
    String.raw`(?:\S+\s+){0,2}(?:weten|horen|nagaan|checken|uitzoeken)|` +
    String.raw`(?:check|chek|checken|controleer|zeg|zoek\s+(?:\S+\s+){0,2}(?:op|uit|na)|ga\s+(?:\S+\s+){0,2}na))` +
    String.raw`\s+(?:(?:me|mij|even|eens|ff|effe|efkes|voor|nog|snel|dan|eventjes|ook|graag)\s+){0,3}` +
    String.raw`(?:of|wat|hoe|waarom|wanneer|wie|welke|welk|waar|hoeveel|hoelang|hoevaak)\b`,
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

/** Question words that end a search-box query: "… via wie", "… welke scholen", "… hoeveel". */
export const trailingQuestionWords = new Set(
  'wie wat welke welk wanneer waar waarom hoeveel hoelang hoevaak who what which when where why'.split(' '),
);

/** Properties of a subject a search-box query asks for by naming them (not "kosten", as often a verb). */
export const askedProperties = new Set(
  (
    'wachttijd wachttijden termijn termijnen duur doorlooptijd aantal aantallen percentage criteria ' +
    'criterium voorwaarden voorwaarde doel verschil definitie betekenis telefoonnummer mailadres leeftijdsgrens ' +
    'grens grenzen norm normen sanctie sancties boete'
  ).split(' '),
);

/**
 * The documents named as the source of what is asked: "volgens het protocol", "wat staat er in de leidraad over …"
 * (not "train me in het protocol").
 */
const documentNames =
  String.raw`(?:het\s+|de\s+)?(?:protocol|verzuimprotocol|leidraad|gespreksleidraad|bijlage|praktijkkaart|` +
  String.raw`jaarverslag|leerplichtwet)\b`;
export const perTheDocuments = new RegExp(
  String.raw`\bvolgens\s+${documentNames}|\b(?:staat|staan|stond|beschreven|genoemd|vermeld)\s+(?:\S+\s+){0,3}?` +
    String.raw`in\s+${documentNames}|\bin\s+${documentNames}\s+(?:staat|staan|stond)\b`,
);

/** A question's first word asking yes or no: "moet ik …?", "mag dat …?", "is er …?". */
export const yesNoOpeners = new Set(
  (
    'moet moeten mag mogen is zijn wordt worden heeft hebben klopt geldt gelden ' +
    'kan kunnen zou zouden hoort valt telt'
  ).split(' '),
);

/** A question asking a time or an amount: "hoe lang …", "hoeveel …", "wanneer …", "binnen hoeveel dagen …". */
export const timeOrAmountAsked = /^(?:hoe\s+(?:lang|snel|vaak)|hoelang|hoeveel|wanneer|binnen\s+(?:hoeveel|welke))\b/;
