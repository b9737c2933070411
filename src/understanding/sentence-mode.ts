/**
 * How a message is put, independent of what it is about: a request to the bot ("zet … klaar", "kun
 * je …", "ik wil …"), a question ("wanneer …?", "moet ik …?"), or a bare fragment ("formulier
 * jeugdarts Jesse"). Works on folded words (see `fuzzy-words.ts`); data-driven word classes, no
 * example sentences.
 */
import { botActions, finiteBotActions, imperatives, objectImperatives } from './request-verbs.js';

export type SentenceMode = 'request' | 'question' | 'fragment';

/** Words that open a question about the protocol (after greetings and fillers). */
const questionOpeners = new Set(
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
const people = new Set(['ouders', 'ouder', 'vader', 'moeder', 'leerling', 'll', 'lln', 'hem', 'haar', 'collega']);
// Flemish "gij"/"ge" too: "kunde gij het formulier invullen?".
const pronounsForTheBot = new Set(['je', 'jij', 'u', 'jullie', 'we', 'wij', 'gij', 'ge']);
const politeModals = new Set([
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
const wishVerbs = new Set(['wil', 'willen', 'wilde', 'wou', 'zou', 'moet', 'ga', 'graag', 'hoef', 'zal', 'heb']);
const askedSubjects = new Set([
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
const prepositions = new Set(
  (
    'in op aan van voor met bij naar over tot uit om door tegen vanaf binnen na ' +
    'onder sinds per tijdens via volgens'
  ).split(' '),
);
/** Subjects after a verb-first question: "vraagt het …", "geldt dit …", "telt een …". */
const verbSubjects = new Set(
  'het de een dit dat deze die er ik je jij u we wij ze zij hij men school ouders'.split(' '),
);
const questionWords = new Set('wat wie welke welk wanneer waar hoe hoeveel hoelang hoevaak'.split(' '));
/** Subjects of a modal question that are neither the user nor the bot: "kan een leerling …", "mag de school …". */
const thirdPartySubjects = new Set(['een', 'de', 'het', 'school', 'ouders', 'leerling', 'll', 'lln', 'iemand', 'men']);
/** "gehad", "gevoerd", "gesproken", "aangesproken", "gebeld": what already happened. */
const pastParticiple = /^(?:\w*ge\w{2,}(?:d|t|en)|gehad)$/;
/** The bot named as the way or the place: "via jou", "kan dat hier?", "hoe start ik dat hier?". */
const throughTheBot = new RegExp(
  String.raw`\bvia\s+(?:jou|je|u|de\s+bot|verzuimwijzer|deze\s+(?:bot|chat))\b|` +
    String.raw`\b(?:kan|kun|lukt|gaat|moet)\s+(?:dat|het|dit)\s+(?:ook\s+)?hier\b|` +
    String.raw`\bhoe\s+(?:start|begin|doe|open|regel)\s+ik\s+(?:dat|het|die|dit)\s+hier\b`,
);
/** A participle of what was done, not a compound noun that holds "ge…d" ("gespreksleidraad"). */
const doneAlready = /^(?:\w{0,5}ge\w{2,9}(?:d|t)|gehad|verstuurd|verzonden|ingediend)$/;
const pleaseWords = new Set(['graag', 'alsjeblieft', 'alstublieft', 'aub', 'pls', 'please', 'svp', 'plz', 'plis']);

/** "een leerling", "leerlingen", "iemand", "zomaar": the sentence is about pupils in general. */
function isGeneric(words: readonly string[]): boolean {
  return words.some(
    (word, index) =>
      genericWords.has(word) ||
      (word === 'een' &&
        ['leerling', 'leerlinge', 'lln', 'll', 'kind', 'jongere', 'ouder', 'student'].includes(words[index + 1] ?? '')),
  );
}
const genericWords = new Set(['leerlingen', 'iemand', 'zomaar', 'kinderen', 'altijd', 'zonder', 'eerst', 'zelf']);

function withoutFillers(words: readonly string[]): readonly string[] {
  let start = 0;
  while (start < words.length - 1 && fillers.has(words[start]!)) start += 1;
  return words.slice(start);
}

/** The clauses of a message: split at sentence ends, question marks, commas before a new clause. */
export function clausesOf(text: string): string[] {
  return text
    .split(/[.!?;:,\n]+/u)
    .map((clause) => clause.trim())
    .filter(Boolean);
}

/**
 * The mode of one clause's words: `request` when it asks the bot to do something, `question` when it
 * asks about something, `fragment` otherwise.
 */
export function modeOfClause(clauseWords: readonly string[]): SentenceMode {
  const words = withoutFillers(clauseWords);
  const [first, second] = words;
  if (first === undefined) return 'fragment';
  // "ik heb een vraag over het aanmeldformulier" announces a question, whatever follows; so does a doubt:
  // "ik twijfel of we de jeugdarts moeten inschakelen".
  if (clauseWords.some((word) => word === 'vraag' || word === 'vraagje' || word === 'vragen' || word === 'twijfel'))
    return 'question';
  if (words.some((word) => pleaseWords.has(word))) return 'request';
  const said = words.join(' ');
  // A request passed on: "collega Daan vraagt of je de aanmelding klaarzet", "Mark wil dat jij hem erdoor loodst".
  const passedOn = /\b(?:vraagt|vroeg|wil|wilde|wou)\s+(?:of|dat)\s+(?:je|jij|u)\s+(.*)$/.exec(said);
  if (passedOn?.[1]?.split(' ').some((word) => botActions.has(word) || finiteBotActions.has(word))) return 'request';
  // The bot named as the way or the place, or asked in English ("can you …").
  if (throughTheBot.test(said)) return 'request';
  if (['can', 'could', 'would', 'will'].includes(first) && second === 'you') return 'request';
  // "lukt het om het formulier klaar te zetten?", "is het mogelijk om … in te vullen?": a bot action asked for.
  if (/^(?:lukt\s+het|is\s+het\s+mogelijk)\s+(?:\S+\s+)?om\b/.test(said) && words.some((word) => botActions.has(word)))
    return 'request';
  // "heb jij het verwijsformulier?", "hebt u de leidraad?": asking the bot for a thing it has.
  const asksForAThing =
    (first === 'heb' || first === 'hebt') && (second === 'jij' || second === 'je' || second === 'u');
  const asksTheBot =
    asksForAThing ||
    (politeModals.has(first) && second !== undefined && pronounsForTheBot.has(second)) ||
    ((first === 'mag' || first === 'kan' || first === 'kun') && second === 'ik');
  if (asksTheBot) {
    // "kun je me helpen", "kun je Jesse aanmelden", "mag ik het formulier" — not the generic "kun je een
    // leerling zomaar aanmelden?", which asks about the protocol.
    const rest = words.slice(2);
    // "mag ik het ouders toch vertellen?", "kan ik de leerling verplichten …": asking leave to act towards a
    // person is a question about the protocol, not a request to the bot.
    // So is asking leave about any pupil: "mag ik een ll paracetamol geven?".
    if (
      second === 'ik' &&
      rest.some((word) => people.has(word)) &&
      (isGeneric(rest) || !rest.some((word) => botActions.has(word)))
    )
      return 'question';
    // "heb je de aanmelding al verstuurd?" asks what happened.
    if (asksForAThing && rest.some((word) => doneAlready.test(word))) return 'question';
    if (rest.some((word) => botActions.has(word))) return 'request';
    return isGeneric(rest) ? 'question' : 'request';
  }
  if (imperatives.has(first)) return 'request';
  if (objectImperatives.has(first) && second !== undefined && !verbSubjects.has(second)) return 'request';
  // "moet levi aanmelden bij de ggd": a need with the subject left out — not "moet ik …?" nor
  // "moet de school …?".
  if (first === 'moet' && second !== undefined && !askedSubjects.has(second)) return 'request';
  // "ik heb morgen een gesprek" asks for help; "ik heb al een gesprek gehad" tells what happened.
  if (
    (first === 'ik' || first === 'we' || first === 'wij') &&
    (second === 'heb' || second === 'hebben') &&
    words.some((word) => pastParticiple.test(word))
  )
    return 'fragment';
  // "ik wil niet dat het als een verhoor voelt", "we hoeven geen formulier": a wish denied asks for nothing.
  const denied = ['niet', 'geen', 'nooit'].includes(words[2] ?? '');
  if ((first === 'ik' || first === 'we' || first === 'wij') && second !== undefined && wishVerbs.has(second))
    return denied ? 'fragment' : 'request';
  if (first === 'ik' && (second === 'ben' || second === 'zoek' || second === 'heb') && !denied) return 'request';
  // "zoco zei dat ik de verwijzing moet doen": a need stated anywhere in the clause, not "moet ik …?".
  const subject = words.indexOf('ik');
  if (subject > 0 && words.slice(subject + 1).some((word) => word === 'moet' || word === 'wil' || word === 'graag'))
    return 'request';
  if (questionOpeners.has(first)) return 'question';
  // A yes/no question starts with the finite verb before its subject: "vraagt het formulier ook …?",
  // "telt een halve dag als …?" (imperatives such as "zet" and "start" were taken above).
  if (/^\p{L}{3,}t$/u.test(first) && second !== undefined && verbSubjects.has(second)) return 'question';
  // "waarover …", "waarmee …": a question word joined with its preposition.
  if (/^waar(?:over|mee|in|voor|aan|op|na|door|bij|van|uit|om|tegen)$/.test(first)) return 'question';
  // "in welke maand …", "aan wie …", "tot hoe lang …": a preposition before the question word.
  if (second !== undefined && prepositions.has(first) && questionWords.has(second)) return 'question';
  // "kan een leerling zelf …?", "mag de school …?": a modal about someone other than the user or the bot.
  if (
    politeModals.has(first) &&
    second !== undefined &&
    thirdPartySubjects.has(second) &&
    !words.some((word) => botActions.has(word) || /^(?:klaar|open)?gezet$|^klaargezet$|^geopend$/.test(word))
  )
    return 'question';
  return 'fragment';
}

/** The mode of the whole message: any request clause makes it a request; then any question. */
export function modeOf(clauses: readonly (readonly string[])[]): SentenceMode {
  const modes = clauses.map(modeOfClause);
  if (modes.includes('request')) return 'request';
  if (modes.includes('question')) return 'question';
  return 'fragment';
}
