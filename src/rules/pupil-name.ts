import { foldDutch, parseDutchNumberWord } from './dutch-numbers.js';
import { knownDutchWords } from './known-words.js';
import { abbreviations, keyWords } from './situation-lexicon.js';
import { correctWord } from './situation-spelling.js';
import { documentProperNouns } from './document-names.js';
import { illnessWords, vagueComplaints } from './illness-words.js';
import { dutchWords, isGluedWords } from '../understanding/dutch-words.js';

/**
 * A pupil's first name from a chat message ("Sanne (14) is …", "mijn leerling Daan heeft …"). It stays
 * in the Teams conversation and on cards; it is never logged nor sent to an outside service.
 */

const notNames = new Set(
  (
    'de het een mijn onze hij zij ze wat wie hoe wanneer waar waarom welke ik wij we ' +
    'deze die dit dat na in op bij sinds al ook nu ' +
    ('moet kan mag is heeft leerling leerlinge ouders vader moeder jeugdarts ' +
      'leerplicht duo zat mdo swv pva teams bossche protocol ') +
    ('januari februari maart april mei juni juli augustus september oktober november ' +
      'december maandag dinsdag woensdag donderdag ') +
    ('vrijdag zaterdag zondag ma di wo do vr za zo groep klas havo vwo vmbo mavo verzuim oco mentor school ' +
      'ggd dag hallo hoi beste goedemorgen goedemiddag vraagje vraag casus ' +
      'doorgestuurd ') +
    ('vandaag gisteren morgen afgelopen vorige sorry graag vraag situatie en of maar ' +
      'dus toen daarna sindsdien verder hoeveel vaak ') +
    ('naam bovendien helaas inmiddels tijdens volgens vanaf tot voor door met zonder ' +
      'over onder boven tussen zoon dochter kind jongen meisje ') +
    ('thuiszitter thuiszitten spijbelen ziek ziekteverzuim preventief preventieve ' +
      'gesprek aanmeldformulier gespreksleidraad verzuimcoach ') +
    ('zorgcoördinator ondersteuningscoördinator hoe wat nou oké ok ja nee brugklas ' +
      'leerjaar basisschool wachtlijst plan er ') +
    // English function words in a mixed message ("who is who", "she is sick").
    'who what how why where when she he they it is are can could would will the this that'
  ).split(' '),
);

/** A count right after the name, as in "emma 10x te laat", "daan voor de 11e keer". */
const countAfterName =
  '\\s+(?:\\d+(?:[.,]\\d+)?\\s*(?:x|keer|maal|uur|lesuren|dagen|dagdelen)\\b|\\d+x|' +
  'voor\\s+de\\s|(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\\' +
  's+keer\\b)';

/** The pupil's class right after the name: "Koen (groep 8)", "Sem 1 havo", "Joep uit 2b". */
const classAfterName =
  '\\s*\\(\\s*(?:groep|klas|\\d)|\\s+\\d\\s*(?:havo|vwo|vmbo|mavo|gym\\w*|atheneum|' +
  'tl|kb|bb)\\b|\\s+(?:groep|klas)\\s*\\d';

const verbsAfterName =
  '(?:is|heeft|had|komt|kwam|zit|zat|spijbelt|spijbelde|was|werd|wordt|meldt|blijft' +
  '|verzuimt|gaat|ging|wil|mist|miste|kan|moet|uit|uit\\s+klas|krijgt|en|van|die|ui' +
  't\\s+groep|staat|stond|ligt|lag|slaapt|weigert|spijbelt|verzuimde|ziek|woont|loo' +
  'pt|zegt|vertelt|te\\s+laat|regelmatig|vaak|steeds|elke|iedere|zijn\\s+(?:ouders|' +
  'moeder|vader)|haar\\s+(?:ouders|moeder|vader))';

/** A name added at the end of a clause: "18 lesuren gespijbeld, Mick.", "– Maud, 14". */
const trailingBefore = /[,:\u2013\u2014-]\s*$/;
const trailingAfter = /^\s*(?:[.!?)]|,\s*\d|$)/;

/** What may follow a name: an age, a count, a class or a verb ("Daan (14)", "emma 10x", "Sem 1 havo", "Daan is"). */
const lowerCaseFollowers = new RegExp(
  `^\\s*(?:\\(\\s*\\d|,\\s*\\d|\\s+\\d{1,2}\\s*(?:jaar|jr)\\b|${countAfterName}|` +
    `${classAfterName}|\\s${verbsAfterName}\\b)`,
  'iu',
);
/** As {@link lowerCaseFollowers}, and a comma or colon after a capitalised name ("Daan, 14 jaar", "Daan: 9x te laat").
 * */
const capitalisedFollowers = new RegExp(
  `^\\s*(?:\\(\\s*\\d|,|:|\\s+\\d{1,2}\\s*(?:jaar|jr)\\b|${countAfterName}|${classAfterName}|\\s${verbsAfterName}\\b)`,
  'iu',
);

/** Words that open a chat message without being a name ("hoi", "even snel", "help"). */
const openers = new Set(
  (
    'hoi hallo hey hee hi help even snel vraagje vraag goedemorgen goedemiddag beste ' +
    'collega collegas ok oke nou hmm he'
  ).split(' '),
);

/** Two words of the documents or of everyday Dutch glued together: "verzuimregistratie", "ziekmeldingsformulier". */
function compoundOfKnownWords(folded: string): boolean {
  const { isCommonWord } = dutchWords();
  const known = (word: string) => knownDutchWords().has(word) || isCommonWord(word);
  for (let split = 3; split <= folded.length - 3; split++) {
    const left = folded.slice(0, split);
    const leftWord = known(left) || (/[se]$/.test(left) && left.length > 4 && known(left.slice(0, -1)));
    if (leftWord && known(folded.slice(split))) return true;
  }
  return false;
}

/**
 * A name typed in lower case ("jesse heeft 3 uur gespijbeld"): a word at the start of a clause, or
 * after "leerling", that the protocol never uses as an ordinary word, followed by a verb.
 */
function lowerCaseFirstName(text: string): string | undefined {
  // Not the second half of a compound: "GGD-dokter".
  const candidate = /(?<![\p{L}\d-])(\p{Ll}{2,}(?:-\p{Ll}{2,})?)(?![\p{L}])/gu;
  for (const match of text.matchAll(candidate)) {
    const name = match[1]!;
    const folded = foldDutch(name);
    if (
      notNames.has(folded) ||
      openers.has(folded) ||
      // "Ziekmelding Noor vanochtend, griep.": an illness or complaint is no name.
      illnessWords.includes(folded) ||
      vagueComplaints.includes(folded) ||
      knownDutchWords().has(folded) ||
      keyWords.includes(folded) ||
      folded in abbreviations ||
      parseDutchNumberWord(folded) !== undefined
    )
      continue;
    // A key word with a typo ("gespijbelt") is not a name either, nor an everyday word ("telt") or two glued
    // together ("openingszin").
    if (correctWord(folded) !== folded) continue;
    const { isCommonWord, isFirstName } = dutchWords();
    if (isGluedWords(folded) || (/t$/.test(folded) && isCommonWord(folded) && !isFirstName(folded))) continue;
    if (compoundOfKnownWords(folded) && !isFirstName(folded)) continue;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + name.length, match.index + name.length + 24);
    const clauseStart =
      /(?:^|[.,:;!?(]|\b(?:en|maar|want)\s)\s*(?:(?:hoi|hallo|hey|help|even\s+snel|vraagje)[\s,:!]*)*$/iu.test(before);
    const followedByVerb = lowerCaseFollowers.test(after);
    // "mijn leerling iris weer …", not "een zieke leerling aankan?".
    const goesOn = followedByVerb || /^\s+(?:weer|nog|al|alweer|opnieuw|inmiddels|sinds|uit|\d|\()|^\s*,/i.test(after);
    // Not after "een ll", any pupil ("mag een school een ll schorsen als hij …?"), unless one is introduced: "ik heb
    // een ll sem die …".
    const anyPupil =
      /\b(?:een|elke|iedere|welke)\s+(?:leerling|leerlinge|ll|llg)\s+$/i.test(before) &&
      !/\b(?:heb|hebben|heeft|had|hadden)\s+een\s+\S+\s+$/i.test(before);
    const introduced =
      (/(?:leerling|leerlinge|mentorleerling|\bll|\bllg|zoon|dochter)\s+$/i.test(before) && goesOn && !anyPupil) ||
      (/\b(?:met|over|bij)\s+$/i.test(before) && /^\s*[,.?]/.test(after)) ||
      // "verzuim amber, wat nu?", "update sem: …": the case named by its pupil.
      (/^\s*(?:verzuim|ziekmelding|casus|update|vraag\s+over)\s+$/i.test(before) && /^\s*[,:.?]/.test(after)) ||
      // "robin zijn verzuim is zorgelijk": the spoken possessive.
      /^\s+(?:zijn|z'n|haar|d'r)\s+(?:verzuim|ziekte|ziekmeldingen|aanwezigheid|plan|pva|moeder|vader|ouders)\b/i.test(
        after,
      );
    const aside =
      (/\(\s*$/.test(before) && /^\s*[),]/.test(after)) || (trailingBefore.test(before) && trailingAfter.test(after));
    // The inverted order of "na het gesprek is daan weer …".
    const afterVerb =
      /(?:\bis|\bheeft|\bzit|\bkomt|\bkwam|\bwas|\bhad)\s+$/i.test(before) &&
      /^\s+(?:weer|nog|al|alweer|opnieuw|inmiddels|sinds|uit|\d|\()|^,\s*\d/i.test(after);
    // As typed: only what the user said.
    // "hugo weer niet op school": a name opening the message, then what it is again or still.
    const opensWithName = /^\s*$/.test(before) && /^\s+(?:weer|alweer|nog|opnieuw|al)\b/i.test(after);
    if (introduced || afterVerb || aside || (clauseStart && followedByVerb) || opensWithName) return name;
  }
  return undefined;
}

/** The first name of the pupil the message is about, or undefined. */
export function extractPupilFirstName(typed: string): string | undefined {
  // Emoji left out; a message typed in capitals ("SANNE IS 12X TE LAAT") is read as lower case.
  const plain = typed.replace(/\s*\p{Extended_Pictographic}\uFE0F?/gu, '');
  const letters = plain.replace(/[^\p{L}]/gu, '');
  const text =
    letters.length > 8 && letters.replace(/[^\p{Lu}]/gu, '').length > 0.8 * letters.length
      ? plain.toLowerCase()
      : plain;
  // "Naam: Olaf", "leerling: Sem".
  const labelled = /\b(?:naam|leerling|ll)\s*:\s*(\p{L}[\p{L}-]+)/iu.exec(text)?.[1];
  if (labelled && !notNames.has(foldDutch(labelled)) && !knownDutchWords().has(foldDutch(labelled))) return labelled;
  return capitalisedFirstName(text) ?? lowerCaseFirstName(text);
}

function capitalisedFirstName(text: string): string | undefined {
  const candidate = /(?<![\p{L}\d])(\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?)(?![\p{L}])/gu;
  let weaker: string | undefined;
  for (const match of text.matchAll(candidate)) {
    const name = match[1]!;
    if (notNames.has(name.toLowerCase()) || documentProperNouns().has(foldDutch(name))) continue;
    // "Po-leerling", "Zorg-Team": a compound of ordinary words.
    if (
      name.includes('-') &&
      name.split('-').every((part) => notNames.has(part.toLowerCase()) || knownDutchWords().has(foldDutch(part)))
    )
      continue;
    // A place: "Den Bosch", "Den Haag", "'s-Hertogenbosch".
    if (/(?:\bden|'s-?)\s*$/i.test(text.slice(0, match.index))) continue;
    // At the start of a sentence any word is capitalised: "Geldt die regel …", "Casus: …".
    const sentenceStart = /(?:^|[.!?:;]\s*|\n)\s*$/.test(text.slice(0, match.index));
    const known = knownDutchWords().has(foldDutch(name));
    if (sentenceStart && known) continue;
    // "Ik zie dat Jade elke week …", "vraagt of Jasmijn …", "als Lars een halve dag spijbelt".
    const afterConjunction =
      !known && /\b(?:dat|of|omdat|als|wanneer|toen|zegt|vraagt)\s+$/i.test(text.slice(0, match.index));
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const after = text.slice(match.index + name.length, match.index + name.length + 24);
    // "mijn leerling Daan", "met Daan", and the inverted order of "Na het gesprek is Daan weer …".
    const introduced = new RegExp(
      String.raw`(?:leerling|leerlinge|\bll|\bllg|zoon|dochter|met|over|voor|bij|van|\bis|` +
        String.raw`\bheeft|\bzit|\bkomt|\bkwam|\bwas|\bhad)\s+$`,
      'i',
    ).test(before);
    const followedByVerb = capitalisedFollowers.test(after);
    // "een leerling van mij (Zoë)", "met 10 uur (Bilal, 3 havo)".
    const inParentheses = /\(\s*$/.test(before) && /^\s*[),]/.test(after);
    const trailing = (trailingBefore.test(before) && trailingAfter.test(after)) || /^['\u2019]s\b/.test(after);
    // A name that is a sentence of its own: "… steeds 2 dagen. Romy."
    const alone = sentenceStart && !known && /^\s*(?:[.!?]|$)/.test(after);
    // A name that does something ("Emir komt …") wins over one in an aside ("De mentor van 2a (Joke) vraagt …").
    if (followedByVerb && !inParentheses) return name;
    // A known first name that is no word of the documents, anywhere: "Ziekmelding Noor vanochtend".
    const firstName = !known && dutchWords().isFirstName(foldDutch(name));
    if (introduced || inParentheses || trailing || afterConjunction || alone || followedByVerb || firstName)
      weaker ??= name;
  }
  return weaker;
}
