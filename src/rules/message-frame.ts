/** How a message is framed around what it says: who writes, how it is signed, where its sentences break. */

/**
 * Who is writing, said first ("Oco hier.", "Ik ben SMW.", "Jeugdarts hier:", "Ik ben geen mentor maar vakdocent
 * bio."): the writer's role, not an actor in the situation nor a request about roles. Left out before a message is
 * read; a new colleague ("ik ben nieuwe mentor") keeps it, for that says what the writer needs.
 */
const role =
  String.raw`(?:oco|mentor|mentrix|jeugdarts|jeugdverpleegkundige|smw(?:-?er)?|schoolmaatschappelijk\s+werker|lpa|` +
  String.raw`leerplichtambtenaar|teamleider|afdelingsleider|vakdocent|docent|leerkracht|leraar|juf|meester|ib-?er|` +
  String.raw`intern\s+begeleider|zorgco\w*|ondersteuningsco\w*|casusverantwoordelijke|verzuimco\w*|conci[eë]rge|` +
  String.raw`administratie\w*|stagiair\w*|schoolleider|directeur|verzuimcoach)`;
const greeting = String.raw`(?:(?:hoi|hallo|hey|hi|goedemorgen|goedemiddag|beste\s+\S+)[,!.]?\s+)?`;
/**
 * The class, year or school a writer is part of: "van 2b", "van klas 3a", "voor havo 4", "in de brugklas", "op een
 * vmbo-school", "bij ons op school" — never a name ("mentor van Sem" names the pupil).
 */
const whereTheWriterIs =
  String.raw`(?:\s+(?:van|voor|in|bij|op|aan)\s+(?:(?:de|het|een|mijn|onze|ons|deze)\s+)?(?:` +
  String.raw`(?:klas|groep|leerjaar|jaar|mentorklas|mentorgroep)\s*\d[\p{Ll}\d]*|\d\s*[\p{Ll}]{0,4}\d?` +
  String.raw`(?:\s+(?:havo|vwo|vmbo|mavo|atheneum|gymnasium|tl|kader|basis|gl))?|(?:havo|vwo|vmbo|mavo|tl)\s*-?\d|` +
  String.raw`brugklas(?:sen)?|onderbouw|bovenbouw|mentorklas|mentorgroep|(?:eerste|tweede|derde|vierde|vijfde|zesde)` +
  String.raw`(?:\s+klas(?:sen)?|jaars)?|school|ons\s+op\s+school|(?:\p{Ll}+[\s-]?)?(?:school|vmbo|havo|vwo|mavo|` +
  String.raw`lyceum|college|basisschool)))`;
const introduction = new RegExp(
  String.raw`^\s*${greeting}(?:(?:ik\s+ben|hier\s+is)\s+(?:geen\s+\S+\s+maar\s+)?(?:de\s+|een\s+|als\s+)?` +
    String.raw`(?!nieuw|net\b|pas\b|startend|beginnend)(?:\S+\s+)?${role}(?:${whereTheWriterIs}|` +
    String.raw`\s+(?!van\b|voor\b|bij\b|in\b|op\b|aan\b)\p{L}+)?|${role}\s+hier)\s*[.:!,]\s+(?=\S)`,
  'iu',
);

/** Words as an alternation matching them capitalised or not ("Hoi", "hoi", "HOI"), beside a case-sensitive name. */
function anyCase(words: string): string {
  return words
    .split(' ')
    .map((word) => `(?:${word}|${word.charAt(0).toUpperCase()}${word.slice(1)}|${word.toUpperCase()})`)
    .join('|');
}

/**
 * What staff put before what they ask, saying nothing of it: the bot addressed by name, typed as text
 * ("@Verzuimwijzer", "Verzuimwijzer,"); a greeting or salutation ("Hoi!", "Hi,", "Goedemorgen allemaal!", "Beste
 * collega,"); the question announced ("Korte vraag.", "Vraagje:", "Quick question:"); leave asked to ask or whether
 * the bot knows ("Mag ik je iets vragen?", "Weet jij dit?", "Kun je me helpen?"); an apology for asking ("Sorry als
 * dit een domme vraag is, maar", "Sorry dat ik stoor,"); wondering said first ("Als oco vraag ik me af:"); the
 * writer's self-introduction.
 */
const greetingWords = anyCase('hoi hallo hey hee hi hai hello goedemorgen goedemiddag goedenavond dag');
const greeted = anyCase("allemaal collega collega's team daar verzuimwijzer");
const preambles: readonly RegExp[] = [
  /^\s*@?\s*verzuimwijzer\b[\s,:!]*(?=\S)/iu,
  new RegExp(
    String.raw`^\s*(?:${greetingWords})(?:\s+(?:${greeted}|\p{Lu}\p{Ll}+))?\s*[,!.]+\s*(?=\S)|` +
      String.raw`^\s*(?:${anyCase('hoi hallo hey hi hai')})\s+(?=\S)|` +
      String.raw`^\s*(?:${anyCase('beste lieve')})(?:\s+[\p{L}'-]+){1,2}\s*[,!]+\s*(?=\S)`,
    'u',
  ),
  new RegExp(
    String.raw`^\s*(?:(?:ff|even|effe|snel|nog|een|één|1)\s+)*(?:(?:korte|snelle|kleine|simpele|domme|praktische|` +
      String.raw`andere)\s+)?(?:vraag(?:je)?|vragen|quick\s+question|question)\s*[:.!?,-]+\s*(?=\S)|` +
      // "ff snel:", "even kort -": haste announced.
      String.raw`^\s*(?:ff|even|effe|heel)\s+(?:snel|kort|kortje)\s*[:!,-]+\s*(?=\S)`,
    'iu',
  ),
  new RegExp(
    String.raw`^\s*(?:mag\s+ik\s+(?:je|jou|u|jullie)\s+(?:(?:even|ff|effe|nog)\s+)?(?:iets|wat|een\s+vraag(?:je)?)\s+` +
      String.raw`(?:vragen|stellen)|weet\s+(?:jij|je|u)\s+(?:dit|dat|het|iets)(?:\s+(?:misschien|toevallig))?|` +
      String.raw`wie\s+weet\s+(?:dit|het)|(?:kun|kan)\s+(?:jij|je|u)\s+(?:me|mij)\s+(?:(?:even|ff|effe)\s+)?helpen)` +
      String.raw`\s*[?!.:,]+\s*(?=\S)`,
    'iu',
  ),
  new RegExp(
    String.raw`^\s*(?:sorry|excuus|excuses|pardon)\b(?:\s+(?:als|voor|dat|alvast|hoor)\b(?:\s+[^\s.!?:,]+){0,6}?` +
      String.raw`\s+(?:\S*vraag\S*|vragen|stoor|storen|lastig\S*|dom|domme|stom|stomme)\b(?:\s+[^\s.!?:,]+){0,2}?)?` +
      String.raw`(?:\s*[.!?:,]+\s*(?:maar\s+)?|\s+maar\s+)(?=\S)`,
    'iu',
  ),
  new RegExp(
    String.raw`^\s*(?:(?:als\s+(?:\S+\s+)?${role}\s+)?(?:vraag|vroeg)\s+ik\s+me\s+af|ik\s+(?:vraag|vroeg)\s+me\s+af)` +
      String.raw`\s*[:,]\s*(?=\S)`,
    'iu',
  ),
  introduction,
];

/**
 * The message without what is put before what it asks ({@link preambles}), however many there are.
 * @example withoutPreamble('Hoi! Korte vraag. Wie is de lpa?') // 'Wie is de lpa?'
 */
export function withoutPreamble(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest && mayOpenAPreamble(rest);) {
    previous = rest;
    for (const preamble of preambles) rest = rest.replace(preamble, '');
  }
  return rest;
}

/** The words a preamble can open with (besides a role, "Oco hier."): most messages open with none of them. */
const preambleOpeners = new Set(
  (
    'verzuimwijzer hoi hallo hey hee hi hai hello goedemorgen goedemiddag goedenavond dag beste lieve ff even effe ' +
    'snel nog een één 1 korte snelle kleine simpele domme praktische andere vraag vraagje vragen quick question heel ' +
    'mag weet wie kun kan sorry excuus excuses pardon als vroeg ik hier schoolmaatschappelijk intern'
  ).split(' '),
);
const roleWord = new RegExp(String.raw`^${role}$`, 'iu');

/** Whether the message's first word may open a preamble (a cheap test before the patterns). */
function mayOpenAPreamble(text: string): boolean {
  const first = /^[\s@]*([\p{L}\d-]+)/u.exec(text)?.[1]?.toLowerCase();
  return first !== undefined && (preambleOpeners.has(first) || roleWord.test(first));
}

/**
 * A message typed in capitals ("WIE IS DE LPA?", caps lock on a phone) read as lower case, as chat typed without
 * capitals is: otherwise every word would stand out as a name. Abbreviations in capitals inside ordinary text ("de
 * LPA", "DUO") leave a message as typed.
 * @example withoutCapsLock('WIE IS DE LPA?') // 'wie is de lpa?'
 */
export function withoutCapsLock(text: string): string {
  const upper = text.match(/\p{Lu}/gu)?.length ?? 0;
  const lower = text.match(/\p{Ll}/gu)?.length ?? 0;
  return upper >= 8 && lower <= upper / 10 ? text.toLowerCase() : text;
}

/** A sign-off after the message: "Groetjes", "Thanks, mvg", "Met vriendelijke groet", "alvast bedankt!". */
const signOff = new RegExp(
  String.raw`(?<=^|[\s,.!?])(?:(?:met\s+)?(?:vriendelijke|hartelijke)\s+groet(?:en)?|groet(?:en|jes)?|gr|mvg|` +
    String.raw`m\.v\.g|thanks|thx|dank(?:je(?:wel)?|\s+je(?:\s+wel)?|\s+u)?|bedankt|alvast\s+bedankt|cheers|doei|` +
    String.raw`fijne\s+dag)[\s,.!]*$`,
  'iu',
);
/** The name signed after a sign-off: "Groetjes, Anne". */
const signedName = /(?<=[\s,])\p{Lu}[\p{Ll}-]+[\s.!]*$/u;

/**
 * The message without its closing sign-off (a name signed after it is no pupil's).
 * @example withoutSignOff('Wie is de lpa? Groetjes, Anne') // 'Wie is de lpa?'
 */
export function withoutSignOff(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    const unsigned = rest.replace(signedName, '');
    if (unsigned !== rest && signOff.test(unsigned.replace(/[\s,]+$/, ''))) rest = unsigned.replace(/[\s,]+$/, '');
    rest = rest.replace(signOff, '').replace(/[\s,]+$/, '');
  }
  return rest.trim() === '' ? text : rest;
}

/** Words that open a sentence, capitalised in a message typed without full stops: "… verschenen Moeten we melden". */
const sentenceOpener = new RegExp(
  String.raw`(?<=\p{Ll})\s+(?=(?:Wat|Wie|Waar|Wanneer|Waarom|Hoe|Welke|Welk|Hoeveel|Moet|Moeten|Mag|Mogen|Kan|Kun|` +
    String.raw`Kunnen|Is|Zijn|Heeft|Hebben|Wil|Zou|Zal|Graag|Ik|We|Wij|Hij|Zij|Ze|Er|Dit|Dat|Mijn|Onze|Volgende)\b)`,
  'gu',
);

/**
 * A direct question begun in lower case inside a line without full stops: a question word, the finite verb and then
 * its subject ("… ziek hoe bespreek ik dat", "… verschenen wie belt ze dan", "… enzo welke stappen volgen we") — not
 * an indirect one ("ik weet niet hoe ik dat moet doen", "vraagt zich af hoe vaak ze mag missen").
 */
const directQuestion = new RegExp(
  String.raw`(?<=\p{Ll}(?<!\b(?:bij|met|voor|aan|naar|van|door|over|op|in|tot|om|af|en|of|maar|niet|weet|vraag|` +
    String.raw`snap|begrijp|zie|vertel|uitleggen|uit)))\s+(?=(?:hoe(?:\s+(?:vaak|lang|laat|snel|veel|ver))?|wat|wie|` +
    String.raw`waar|wanneer|waarom|welke\s+\p{L}+|welk\s+\p{L}+)\s+(?!(?:ik|je|jij|we|wij|u|hij|zij|ze|het|de|een|` +
    String.raw`dat|dit|er)\b)\p{L}+\s+(?:ik|je|jij|we|wij|u|hij|zij|ze)\b)`,
  'gu',
);

/**
 * The message with a full stop where a new sentence starts after a lower-case word, as people type in chat without
 * punctuation: a capitalised opener, or a direct question begun in lower case.
 * @example withSentenceBreaks('niet verschenen Moeten we melden') // 'niet verschenen. Moeten we melden'
 */
export function withSentenceBreaks(text: string): string {
  const broken = text.replace(sentenceOpener, '. ');
  return broken.replace(directQuestion, '. ');
}

/**
 * What a message says without its frame: the writer's self-introduction, the sign-off and the name signed, with a
 * sentence started where chat typed no full stop. The understanding and the rules read a message through this one
 * function.
 * @example withoutFrame('Ik ben mentor. Sem is ziek Wat nu? Groetjes, Anne') // 'Sem is ziek. Wat nu?'
 */
export function withoutFrame(text: string): string {
  return withSentenceBreaks(withoutSignOff(withoutPreamble(text)));
}
