import { foldWord } from './fuzzy-words.js';

/** Words after which a request names the pupil: "voor Jesse", "met de ouders van bram", "leerling heet Rania". */
const introduced =
  /(?:^|[\s(])(?:voor|van|met|over|om|leerling|leerlinge|ll|lln|llg|heet|genaamd|naam|namelijk)\s*:?\s+(?:heet\s+|genaamd\s+)?(?:de\s+ouders\s+van\s+|mijn\s+leerling\s+|leerling\s+|de\s+leerling\s+)?([\p{L}][\p{L}'-]{1,30})/giu;
/** A word that opens the message or a clause and is followed by what a pupil does: "emma komt bijna niet". */
const opening = /(?:^|[.!?,;:]\s*)([\p{L}][\p{L}'-]{1,30})(?=\s*(?:\(|,|\s+(?:moet|is|heeft|komt|kwam|zit|gaat|ging|wil|uit|van|meldt|blijft|mist|was|\d)\b))/gu;
/** Last, any word of 3+ letters: "aanmeldformulier jeugdarts sem", where it is no word of the protocol nor a typo of one. */
const anyWord = /(?<![\p{L}\d])(\p{L}[\p{L}'-]{2,30})(?![\p{L}])/gu;
/** Any capitalised word: a name where it is not an ordinary word. */
const capitalised = /(?<![\p{L}\d])(\p{Lu}[\p{Ll}'-]{1,30})(?![\p{L}])/gu;

const notNames = new Set(
  (
    'de het een mijn onze zijn haar hun die deze dit dat ik jij je u we wij zij ze hij hem mij me ons jullie iemand iedereen wat wie hoe ' +
    'leerling leerlinge ouders ouder vader moeder kind zoon dochter klas groep school jeugdarts verzuimcoach coach oco mentor gesprek ' +
    'aanmelding verwijzing formulier aanmeldformulier gespreksleidraad overzicht rollen protocol verzuim morgen vandaag straks ' +
    'maandag dinsdag woensdag donderdag vrijdag graag alsjeblieft aub even nu al ook nog team alle ivm zn zijn hr mevrouw meneer ' +
    'jgz ggd lln ll lpa zat mdo swv duo ib ib-er hoi hallo hey beste goedemorgen help ok oke thx svp pls plz'
  ).split(' '),
);

function isName(candidate: string, isOrdinaryWord: (folded: string) => boolean): boolean {
  const folded = foldWord(candidate);
  return folded.length >= 2 && !/\d/.test(folded) && !notNames.has(folded) && !isOrdinaryWord(folded);
}

/**
 * A pupil's first name in a request, also typed in lower case ("zet het formulier voor jesse klaar"):
 * the word after "voor", "van", "met", "over", "heet" or "leerling", a word opening a clause before what a
 * pupil does, a capitalised word, or any other word — never an ordinary word (`isOrdinaryWord`: one the
 * knowledge base writes in lower case, or a lexicon term, typos included) nor a function word. Returned
 * with a capital.
 */
export function pupilNameSlot(text: string, isOrdinaryWord: (folded: string) => boolean): string | undefined {
  const matches = [...text.matchAll(introduced), ...text.matchAll(opening), ...text.matchAll(capitalised), ...text.matchAll(anyWord)];
  for (const match of matches) {
    const candidate = match[1]!;
    if (!isName(candidate, isOrdinaryWord)) continue;
    return candidate.charAt(0).toLocaleUpperCase('nl') + candidate.slice(1);
  }
  return undefined;
}
