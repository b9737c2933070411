import { dutchWords, isGluedWords } from './dutch-words.js';
import { englishFunctionWords } from '../answers/query-words.js';
import { foldWord } from './fuzzy-words.js';

/** Words after which a request names the pupil: "voor Jesse", "met de ouders van bram", "leerling heet Rania". */
const introduced = new RegExp(
  String.raw`(?:^|[\s(])(?:voor|van|met|over|om|\p{L}*leerlinge?|ll|lln|llg|heet|genaamd|` +
    String.raw`naam|namelijk)\s*:?\s+(?:heet\s+|genaamd\s+)?(?:de\s+ouders\s+van\s+|` +
    String.raw`mijn\s+leerling\s+|leerling\s+|de\s+leerling\s+)?([\p{L}][\p{L}'-]{1,30})`,
  'giu',
);
/** A word that opens the message or a clause and is followed by what a pupil does: "emma komt bijna niet". */
const opening = new RegExp(
  String.raw`(?:^|[.!?,;:]\s*)([\p{L}][\p{L}'-]{1,30})(?=\s*(?:\(|,|\s+(?:moet|is|heeft|komt|` +
    String.raw`kwam|zit|gaat|ging|wil|uit|van|meldt|blijft|mist|was|\d)\b))`,
  'gu',
);
/** A capitalised word followed by an age: "Ravi 12.", "Priya (14)", "Sem, 13 jaar". */
const withAge =
  /(?<![\p{L}\d])(\p{Lu}[\p{Ll}'-]{1,30}),?\s*\(?\s*(?:1[0-9]|[4-9])\s*(?:jr|jaar)?\s*\)?(?=\s*(?:[.,;:!?)]|$))/gu;
/** The text before a word ends where a sentence starts. */
const sentenceStart = /(?:^|[.!?:]\s*|\n\s*)\S$/u;
/** Any capitalised word. */
const capitalised = /(?<![\p{L}\d])(\p{Lu}[\p{Ll}'-]{1,30})(?![\p{L}])/gu;
/** Any word of 3+ letters: "aanmeldformulier jeugdarts sem". */
const anyWord = /(?<![\p{L}\d])(\p{L}[\p{L}'-]{2,30})(?![\p{L}])/gu;

const notNames = new Set(
  (
    'de het een mijn onze zijn haar hun die deze dit dat ik jij je u we wij zij ze ' +
    'hij hem mij me ons jullie iemand iedereen wat wie hoe ' +
    ('leerling leerlinge ouders ouder vader moeder kind zoon dochter klas groep ' +
      'school jeugdarts verzuimcoach coach oco mentor gesprek ') +
    ('aanmelding verwijzing formulier aanmeldformulier gespreksleidraad overzicht ' +
      'rollen protocol verzuim morgen vandaag straks ') +
    ('maandag dinsdag woensdag donderdag vrijdag graag alsjeblieft aub even nu al ook ' +
      'nog team alle ivm zn hr mevrouw meneer collega ') +
    'jgz ggd lln ll lpa zat mdo swv duo ib ib-er hoi hallo hey beste goedemorgen help ok oke thx svp pls plz ' +
    'todo to-do follow-up follow-ups followup deadline deadlines reminder reminders taak taken actie acties punten ' +
    // English function words in a mixed message: "can I see all referrals", "who is who".
    'can could would will who what how why where when i you we they she he it my the this that all please thanks ' +
    'show see list form forms referral referrals month week year from quick question btw fyi'
  ).split(' '),
);

const englishWords: ReadonlySet<string> = new Set(englishFunctionWords);

/** Staff named with their role: "Anouk (mentor 1b)", "collega Ruben", "juf Sanne", "Mark, de mentor". */
const staffRole = String.raw`(?:collega|mentor|mentrix|docent|docente|juf|meester|teamleider|oco|zorgco\w*|stagiaire?)`;
function namedAsStaff(text: string, candidate: string): boolean {
  const escaped = candidate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?:^|[^\\p{L}])${staffRole}\\s+${escaped}(?![\\p{L}])|` +
      `(?:^|[^\\p{L}])${escaped}\\s*(?:\\(\\s*|,\\s*(?:de|onze|mijn)\\s+)${staffRole}\\b`,
    'iu',
  ).test(text);
}

/** "van een verzuimer", "de zorgco": a word after an article or possessive is a noun, not a name. */
function afterArticle(text: string, candidate: string): boolean {
  const escaped = candidate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `(?:^|[^\\p{L}])(?:een|de|het|die|deze|dat|mijn|onze|jouw|zo'?n)\\s+${escaped}(?![\\p{L}])`,
    'iu',
  ).test(text);
}

function endsInCommonWord(word: string, isCommonWord: (folded: string) => boolean): boolean {
  for (let split = 3; split <= word.length - 6; split++) if (isCommonWord(word.slice(split))) return true;
  return false;
}

/**
 * A pupil's first name in a request, also typed in lower case, from the strongest place first: the word
 * after "voor", "van", "met", "over", "heet" or "leerling"; a word opening a clause before what a pupil
 * does; a capitalised word; in a short message, any word. Never a word of the protocol or the capability
 * lexicon (`isOrdinaryWord`, typos included), a function word, or an everyday Dutch word that is not
 * also a first name. Returned with a capital.
 */
export function pupilNameSlot(
  text: string,
  isOrdinaryWord: (folded: string) => boolean,
  isExactWord: (folded: string) => boolean = isOrdinaryWord,
): string | undefined {
  const { isCommonWord, isFirstName, isFrequentWord } = dutchWords();
  const lowerCaseOnly = !/\p{Lu}/u.test(text);
  // In a strong place ("voor Jesse") a capitalised everyday word is still a name; elsewhere it must be a
  // known first name or no everyday word at all. A capital inside a sentence is no typo's: "Priya" is not "prima"
  // mistyped, so there only a word known as it is written counts as ordinary.
  const isName = (candidate: string, strongPlace: boolean, index: number) => {
    const folded = foldWord(candidate);
    const capitalInside = candidate !== folded && !sentenceStart.test(text.slice(0, index + 1));
    // A message typed without any capital has none to tell a name by: in a strong place ("voor ravi"), a short word
    // not known as written and no frequent everyday word is a name (a long one is a slip: "voor effectiee").
    const uncapitalised = strongPlace && lowerCaseOnly && folded.length <= 7;
    const ordinary = capitalInside || uncapitalised ? isExactWord(folded) : isOrdinaryWord(folded);
    if (folded.length < 2 || /[\d']/.test(folded) || notNames.has(folded) || ordinary) return false;
    // English in a mixed message ("anything overdue?"), unless it is a first name too ("Will").
    if (englishWords.has(folded) && !isFirstName(folded)) return false;
    // A compound ending in an everyday word of six letters or more is a noun: "opvolgacties", "verzuimlijstje".
    if (!isFirstName(folded) && endsInCommonWord(folded, isCommonWord)) return false;
    if (isGluedWords(folded)) return false;
    return (
      isFirstName(folded) ||
      !isCommonWord(folded) ||
      (strongPlace && candidate !== folded) ||
      (uncapitalised && !isFrequentWord(folded))
    );
  };
  const short = (text.match(/[\p{L}\d]+/gu) ?? []).length <= 8;
  const ranked = [
    // Not after "een leerling", any pupil: "mag ik een ll paracetamol geven?".
    ...[...text.matchAll(introduced)]
      .filter((match) => !/\b(?:een|elke|iedere|welke)\s+(?:leerling|leerlinge|ll|lln|llg)\s/iu.test(match[0]))
      .filter((match) => !/\b(?:een|elke|iedere|welke)\s*$/iu.test(text.slice(0, match.index + 1)))
      .map((match) => ({
        candidate: match[1]!,
        strongPlace: true,
        index: match.index + match[0].length - match[1]!.length,
      })),
    // "Ravi 12", "Priya (14)": a name with the pupil's age after it.
    ...[...text.matchAll(withAge)].map((match) => ({ candidate: match[1]!, strongPlace: true, index: match.index })),
    ...[...text.matchAll(opening)].map((match) => ({
      candidate: match[1]!,
      strongPlace: false,
      index: match.index + match[0].length - match[1]!.length,
    })),
    ...[...text.matchAll(capitalised)].map((match) => ({
      candidate: match[1]!,
      strongPlace: false,
      index: match.index,
    })),
    // Anywhere, a known first name ("ik moet zeynep aanmelden"); in a short message, any unknown word.
    ...[...text.matchAll(anyWord)]
      .filter((match) => short || isFirstName(foldWord(match[1]!)))
      .map((match) => ({ candidate: match[1]!, strongPlace: false, index: match.index })),
  ];
  const found = ranked.find(
    ({ candidate, strongPlace, index }) =>
      isName(candidate, strongPlace, index) && !afterArticle(text, candidate) && !namedAsStaff(text, candidate),
  );
  return found ? found.candidate.charAt(0).toLocaleUpperCase('nl') + found.candidate.slice(1) : undefined;
}
