/**
 * Parents who do not cooperate, however it is said (Bossche protocol, deel 4: "Indien leerling en/of ouders
 * niet mee kunnen of willen werken … DUO-melding"): a sentence about the parents with a response denied
 * ("reageren al weken niet op mails", "nemen nooit op", "zijn niet bereikbaar") or an act that blocks the
 * school ("zeggen steeds afspraken af", "houden hem thuis", "willen niet dat hij naar school gaat").
 * Read per sentence, by words near each other, not by one fixed phrase.
 */

const parentWords = /\b(?:ouders?|vader|moeder|pa|ma|gezin|thuisfront)\b/;

/** Words of answering or taking part that, denied, mean no cooperation. */
const responseWords = new Set([
  'reageren',
  'reageert',
  'gereageerd',
  'reactie',
  'reacties',
  'antwoorden',
  'antwoordt',
  'beantwoorden',
  'beantwoord',
  'terugbellen',
  'teruggebeld',
  'opnemen',
  'opgenomen',
  'meewerken',
  'meegewerkt',
  'medewerking',
  'bereikbaar',
  'bereiken',
  'spreken',
  'pakken',
  'contact',
  // Not turning up: "ouders zijn twee keer niet op de afspraak verschenen".
  'verschenen',
  'verschijnen',
  'verschijnt',
  'opgedaagd',
]);
const denials = new Set(['niet', 'nergens', 'nooit', 'geen', 'niets', 'niks']);

/** Acts that block the school's work on their own, said of the parents. */
const blocking = new RegExp(
  String.raw`\b(?:weiger\w*|negeren|negeert|genegeerd|blokker\w*|tegenwerk\w*|werk(?:en|t)\s+(?:\S+\s+){0,2}tegen|` +
    String.raw`niet\s+bereid|` +
    String.raw`zeggen\s+(?:\S+\s+){0,4}af|zegt\s+(?:\S+\s+){0,4}af|` +
    String.raw`afgezegd|afzeggen|laten\s+(?:niks|niets)\s+van\s+zich\s+horen|bellen\s+(?:\S+\s+)?niet\s+terug|` +
    String.raw`(?:wil|willen)\s+niet\s+dat\s+(?:hij|zij|ze|\S+)\s+(?:\S+\s+){0,3}(?:school|les))`,
);
/** A disagreement about the approach is its own step (geen overeenstemming), not refusing to cooperate. */
const disagreement = /\b(?:oneens|niet\s+eens|overeenstemming|andere\s+mening)\b/;
/** Someone else than the parents doing (or not doing) it: "de lpa reageert niet", "mentor heeft geen contact". */
const otherActors = new Set(
  (
    'mentor mentoren school wij we ik leerplicht leerplichtambtenaar lpa jeugdarts jgz ggd oco zorgco ' +
    'ondersteuningscoordinator partner partners hulpverlening wijkteam verzuimcoach coach teamleider'
  ).split(' '),
);

/** How near (in words) a denial must stand to what it denies, and the parents before it. */
const window = 4;
const subjectReach = 6;

/** Whether the parents are the subject of what follows these words: named last, no other actor after them. */
function parentsLead(before: readonly string[]): boolean {
  for (let at = before.length - 1; at >= 0; at--) {
    if (parentWords.test(before[at]!)) return true;
    if (otherActors.has(before[at]!)) return false;
  }
  return false;
}

function parentsDenyResponse(words: readonly string[]): boolean {
  return words.some((word, position) => {
    if (!denials.has(word)) return false;
    const around = words.slice(Math.max(0, position - window), position + window + 1);
    if (!around.some((other) => responseWords.has(other))) return false;
    // The parents are the subject: named shortly before the denial, with no other actor in between.
    return parentsLead(words.slice(Math.max(0, position - subjectReach), position));
  });
}

/** Whether the text (folded, lower case) says the parents do not cooperate. */
export function parentsNotCooperating(sentences: readonly string[]): boolean {
  return sentences.some((sentence) => {
    if (!parentWords.test(sentence) || disagreement.test(sentence)) return false;
    const words = sentence.match(/[\p{L}\p{N}]+/gu) ?? [];
    if (blocking.test(sentence)) {
      const act = sentence.search(blocking);
      if (parentsLead(sentence.slice(0, act).match(/[\p{L}\p{N}]+/gu) ?? [])) return true;
    }
    return parentsDenyResponse(words);
  });
}
