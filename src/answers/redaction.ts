import { dutchWords } from '../understanding/dutch-words.js';
import { editDistance } from '../rules/edit-distance.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { foldText } from './text-folding.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Words that start a Dutch question or sentence and may be capitalised there; together with the
 * knowledge base's own lower-case words they are never taken for names.
 */
const commonWords = new Set(
  (
    'wat wie waar wanneer waarom hoe hoeveel hoelang welke welk mag moet moeten kan ' +
    'kunnen kun wil wilt zou zal is zijn was heeft hebben heb ik je jij u we wij ze ' +
    'zij hij mijn onze ons jullie hun haar zijn de het een als dan en of maar dus ' +
    'ook nog al er hier daar die dat deze dit toch want omdat bij na voor over op in ' +
    'aan met zonder tot van naar uit om sinds ja nee oke ok goedemorgen goedemiddag ' +
    'hoi hallo hey beste vraag graag dank bedankt sorry help'
  ).split(' '),
);

const months =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|d' +
  'ecember|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

const patterns: readonly (readonly [RegExp, string])[] = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[e-mail]'],
  [/(?:\+31|0031)[\s-]?\(?0?\)?[\s-]?\d(?:[\s-]?\d){8}/g, '[telefoonnummer]'],
  [/(?<!\d)0\d{1,3}[\s-]?\d(?:[\s-]?\d){5,7}(?!\d)/g, '[telefoonnummer]'],
  [/(?<!\d)\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)/g, '[datum]'],
  [
    new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}(?:e|ste|de)?\\s+(?:${months})\\.?(?:\\s+\\d{4})?(?![\\p{L}])`, 'giu'),
    '[datum]',
  ],
  [new RegExp(`(?<![\\p{L}])(?:${months})\\s+\\d{4}(?!\\d)`, 'giu'), '[datum]'],
  [/(?<!\d)\d{1,2}[\s-]?(?:jaar|jr|jarige?)(?![\p{L}])/giu, '[leeftijd]'],
  [/(?<![\p{L}])(?:leeftijd|geboren)\s+(?:van\s+)?\d{1,4}(?!\d)/giu, '[leeftijd]'],
  [/(?<!\d)\d{6,}(?!\d)/g, '[nummer]'],
  // Ages by position: "leerling van 14", "(14)", "is 14," — not "van 16 uur", "is 9 keer".
  [
    new RegExp(
      String.raw`(?<=(?<![\p{L}])(?:leerlinge?|kind|jongen|meisje|zoon|dochter|broer|zus|zusje|` +
        String.raw`broertje)\s+van\s+)\d{1,2}(?!\d)(?!\s*(?:keer|x|uur|lesuren|dagen|dag|dagdelen|` +
        String.raw`weken|week|maanden|procent|%))`,
      'giu',
    ),
    '[leeftijd]',
  ],
  [/(?<=\()\d{1,2}(?=\))/g, '[leeftijd]'],
  [/(?<=(?<![\p{L}])(?:is|wordt|werd|was)\s+)\d{1,2}(?=\s*(?:[,.!?;)]|$))/giu, '[leeftijd]'],
];

/** Words never taken for a name by their position: pronouns, articles, conjunctions, prepositions, roles. */
const positionalFunctionWords = new Set(
  (
    'lln ll llg leerlingen jongere jongeren wat wie waar wanneer waarom hoe hoeveel ' +
    'hoelang welke welk dit dat deze die het de een er hier daar ik je jij u we wij ' +
    'ze zij hij men iemand niemand iets niets alles iedereen elke ieder mijn jouw uw ' +
    'zijn haar onze ons hun jullie nu dan ook toch maar en of als want omdat dus zo ' +
    'toen van met in op uit bij voor na naar over aan te tot zonder om door tegen ' +
    'sinds ziek thuis weg laat vaak niet nog al wel geen veel erg lang echt weer ' +
    'nooit soms vandaag gisteren morgen mentor oco leerling leerlinge ouder ouders ' +
    'moeder vader kind school klas docent collega'
  ).split(' '),
);

/** Verbs that follow the subject of a mentor's sentence: the word before them, at a sentence start, is a name. */
const predicateVerbs =
  'is|was|heeft|had|komt|kwam|wordt|werd|zit|zat|spijbelt|spijbelde|blijft|bleef|mi' +
  'st|miste|gaat|ging|meldt|meldde|verzuimt|verzuimde|ligt|lag|voelt|durft|zegt|woo' +
  'nt|doet|deed|wil|kan|mag|moet|belt|reageert';
const nameBeforeVerb = new RegExp(
  `(^|[.!?,;:]\\s*|(?<![\\p{L}])(?:en|maar|want|omdat|als|toen|dat|` +
    `of)\\s+)([\\p{Ll}][\\p{L}'’-]*)(?=\\s+(?:${predicateVerbs})(?![\\p{L}])|\\s*\\()`,
  'gu',
);
const nameAfterPupil = new RegExp(
  String.raw`((?<![\p{L}])(?:leerlinge?|zoon|dochter|kind|pupil|jongen|` +
    String.raw`meisje)\s+)([\p{Ll}][\p{L}'’-]*)(?=(\s*[(,.!?;:]|\s*$|\s+[\p{Ll}]+))`,
  'gu',
);
const auxiliaryOrPredicate = new RegExp(`^(?:${predicateVerbs}|ben|zal|zou|kon|mocht|wilde|moest)$`);

/** Matches what {@link redactQuestion} puts in place of pupil data. */
export const redactedPlaceholder = /\[(?:naam|datum|leeftijd|telefoonnummer|e-mail|nummer)\]/g;

export type RedactionOptions = {
  readonly vocabulary: Vocabulary;
  readonly knowledge: KnowledgeBase;
};

const knownWordsCache = new WeakMap<KnowledgeBase, Set<string>>();

/** Words the knowledge base writes in lower case somewhere: ordinary words, not names. */
function knownLowerCaseWords(knowledge: KnowledgeBase): Set<string> {
  let words = knownWordsCache.get(knowledge);
  if (!words) {
    words = new Set<string>();
    for (const section of knowledge.sections.values()) {
      for (const match of `${section.title} ${section.body}`.matchAll(/[\p{L}][\p{L}'-]*/gu)) {
        if (match[0] === match[0].toLowerCase()) words.add(foldText(match[0]));
      }
    }
    knownWordsCache.set(knowledge, words);
  }
  return words;
}

const properNounsCache = new WeakMap<KnowledgeBase, Set<string>>();

/** A capitalised word standing alone: not next to another one, as in a person's name ("Marjon Idema"). */
const properNoun = /(?<!\p{Lu}[\p{L}'’-]*\s)(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*\p{L}(?!\s+\p{Lu})/gu;

/**
 * The knowledge base's own proper nouns: programmes, organisations and places it writes capitalised ("Zomeractie",
 * "Grip", "MatchMakers", "Alkmaar") — not first names, nor part of a person's name. Asking about one names no pupil.
 */
function knownProperNouns(knowledge: KnowledgeBase): Set<string> {
  let nouns = properNounsCache.get(knowledge);
  if (!nouns) {
    const { isFirstName } = dutchWords();
    nouns = new Set<string>();
    for (const section of knowledge.sections.values())
      for (const match of `${section.title} ${section.body}`.matchAll(properNoun)) {
        const folded = foldText(match[0]);
        if (!isFirstName(folded)) nouns.add(folded);
      }
    properNounsCache.set(knowledge, nouns);
  }
  return nouns;
}

const vocabularyTermsCache = new WeakMap<Vocabulary, Set<string>>();

function vocabularyTermsOf(vocabulary: Vocabulary): Set<string> {
  let terms = vocabularyTermsCache.get(vocabulary);
  if (!terms) {
    terms = new Set(vocabulary.groups.flatMap((group) => [group.canonical, ...group.terms]).map(foldText));
    vocabularyTermsCache.set(vocabulary, terms);
  }
  return terms;
}

/**
 * Removes pupil data from a question before it leaves the process: e-mail addresses, phone numbers,
 * dates, ages, long numbers and names. A name is any capitalised word (or upper-case abbreviation)
 * that is neither a vocabulary term nor a word the knowledge base writes in lower case nor a common
 * question word — so "Sanne" and "De Vries" go, "Leerplicht", "DUO" and "Wie" stay. A lower-case name
 * goes by its position: at a sentence start before a verb ("sanne is", "ben heeft") or after "leerling".
 * @example redactQuestion('Sanne (14 jaar) is 9 keer te laat, bel ik 06-12345678?', options) // '[naam] ([leeftijd]) is
 * 9 keer te laat, bel ik [telefoonnummer]?'
 */
/** Long question words, which a hurried typist mistypes at the start of a question ("warom moet ik …"). */
const longQuestionWords = ['waarom', 'wanneer', 'hoeveel', 'waarover', 'waarvoor', 'waarmee'];

/** "warom", "wanneeer", "heoveel": one slip from a long question word, and no first name. */
function isMistypedQuestionWord(folded: string): boolean {
  return (
    folded.length >= 5 &&
    longQuestionWords.some((word) => editDistance(folded, word, 1) === 1) &&
    !dutchWords().isFirstName(folded)
  );
}

export function redactQuestion(question: string, { vocabulary, knowledge }: RedactionOptions): string {
  let text = question;
  for (const [pattern, replacement] of patterns) text = text.replace(pattern, replacement);
  const known = knownLowerCaseWords(knowledge);
  const vocabularyTerms = vocabularyTermsOf(vocabulary);
  const properNouns = knownProperNouns(knowledge);
  const isKnown = (word: string) => {
    const folded = foldText(word);
    return (
      commonWords.has(folded) ||
      known.has(folded) ||
      vocabularyTerms.has(folded) ||
      properNouns.has(folded) ||
      isMistypedQuestionWord(folded)
    );
  };
  text = text.replace(/(?<![\p{L}\p{N}[])[\p{Lu}][\p{L}'’-]*/gu, (word) => (isKnown(word) ? word : '[naam]'));
  // Lower-case names by their position ("sanne is 9 keer te laat", "mijn leerling ben komt niet"):
  // there even a word of the language ("ben", "wil", "mag") is a name, unless it is a function word,
  // a verb, a protocol term, or a longer word the knowledge base uses.
  const isOrdinaryHere = (word: string) => {
    const folded = foldText(word);
    return (
      positionalFunctionWords.has(folded) ||
      vocabularyTerms.has(folded) ||
      (folded.length >= 5 && known.has(folded)) ||
      isMistypedQuestionWord(folded)
    );
  };
  text = text.replace(nameBeforeVerb, (match, before: string, word: string) =>
    isOrdinaryHere(word) ? match : `${before}[naam]`,
  );
  // After "leerling" the word is a name when a verb, a bracket or the end follows ("leerling ben komt
  // niet", "leerling sanne (14)"); a verb itself only when another verb follows ("leerling wil komt niet").
  text = text.replace(nameAfterPupil, (match, before: string, word: string, following: string) => {
    const next = following.trim();
    const verbFollows = auxiliaryOrPredicate.test(foldText(next));
    const name = auxiliaryOrPredicate.test(foldText(word))
      ? verbFollows
      : !isOrdinaryHere(word) && (verbFollows || !/^\p{L}/u.test(next));
    return name ? `${before}[naam]` : match;
  });
  // "Julia van den Berg" → "[naam] van den [naam]" → one "[naam]".
  return text.replace(/\[naam\](?:(?:\s+(?:van|de|der|den|het|ter|ten|te|in|op|'t))*\s+\[naam\])+/gi, '[naam]');
}

/**
 * How many proper nouns the question names that are neither a first name nor anywhere in the knowledge base: a
 * product, a place, a law or a holiday ("in Somtoday", "werkt Tilburg ook zo?", "volgens de AVG", "het Suikerfeest").
 * Redaction removes them as possible names; counted here (never their text), they tell the answer engine the question
 * is about something the documents do not hold. Mid-sentence only: any word is capitalised at a sentence start.
 * `redacted`: the question as {@link redactQuestion} left it.
 */
export function foreignProperNouns(
  question: string,
  redacted: string,
  options: RedactionOptions,
  isIndexedWord: (folded: string) => boolean,
): number {
  const { isFirstName } = dutchWords();
  if (!redacted.includes('[naam]')) return 0;
  let count = 0;
  for (const match of question.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)[\p{Lu}][\p{L}'’-]{2,}/gu)) {
    const folded = foldText(match[0]);
    if (isFirstName(folded) || isIndexedWord(folded)) continue;
    // Not where a pupil's name could stand: an acronym ("de AVG"), or after an article or "in", "via", "volgens", a
    // place's kind ("in Somtoday", "voor het Suikerfeest", "de regio Utrecht"), where no first name goes.
    const before = question.slice(0, match.index).trimEnd();
    const acronym = match[0] === match[0].toUpperCase();
    if (!acronym && !/(?<![\p{L}])(?:de|het|een|'t|in|via|volgens|zoals|regio|gemeente|provincie|stad)$/iu.test(before))
      continue;
    if (redactQuestion(match[0], options) === '[naam]') count += 1;
  }
  return count;
}
