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
const introduction = new RegExp(
  String.raw`^\s*${greeting}(?:(?:ik\s+ben|hier\s+is)\s+(?:geen\s+\S+\s+maar\s+)?(?:de\s+|een\s+|als\s+)?` +
    String.raw`(?!nieuw|net\b|pas\b|startend|beginnend)(?:\S+\s+)?${role}(?:\s+(?!van\b|voor\b|bij\b)\p{L}+)?|` +
    String.raw`${role}\s+hier)\s*[.:!,]\s+(?=\S)`,
  'iu',
);

/**
 * The message without its opening self-introduction.
 * @example withoutSelfIntroduction('Oco hier. Sven …') // 'Sven …'
 */
export function withoutSelfIntroduction(text: string): string {
  return text.replace(introduction, '');
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
 * The message with a full stop where a capitalised opener starts a new sentence after a lower-case word, as people
 * type in chat without punctuation.
 * @example withSentenceBreaks('niet verschenen Moeten we melden') // 'niet verschenen. Moeten we melden'
 */
export function withSentenceBreaks(text: string): string {
  return text.replace(sentenceOpener, '. ');
}

/**
 * What a message says without its frame: the writer's self-introduction, the sign-off and the name signed, with a
 * sentence started where chat typed no full stop. The understanding and the rules read a message through this one
 * function.
 * @example withoutFrame('Ik ben mentor. Sem is ziek Wat nu? Groetjes, Anne') // 'Sem is ziek. Wat nu?'
 */
export function withoutFrame(text: string): string {
  return withSentenceBreaks(withoutSignOff(withoutSelfIntroduction(text)));
}
