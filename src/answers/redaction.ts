import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { foldText } from './text-folding.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * Words that start a Dutch question or sentence and may be capitalised there; together with the
 * knowledge base's own lower-case words they are never taken for names.
 */
const commonWords = new Set(
  'wat wie waar wanneer waarom hoe hoeveel hoelang welke welk mag moet moeten kan kunnen kun wil wilt zou zal is zijn was heeft hebben heb ik je jij u we wij ze zij hij mijn onze ons jullie hun haar zijn de het een als dan en of maar dus ook nog al er hier daar die dat deze dit toch want omdat bij na voor over op in aan met zonder tot van naar uit om sinds ja nee oke ok goedemorgen goedemiddag hoi hallo hey beste vraag graag dank bedankt sorry help'.split(' '),
);

const months = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';

const patterns: readonly (readonly [RegExp, string])[] = [
  [/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, '[e-mail]'],
  [/(?:\+31|0031)[\s-]?\(?0?\)?[\s-]?\d(?:[\s-]?\d){8}/g, '[telefoonnummer]'],
  [/(?<!\d)0\d{1,3}[\s-]?\d(?:[\s-]?\d){5,7}(?!\d)/g, '[telefoonnummer]'],
  [/(?<!\d)\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?!\d)/g, '[datum]'],
  [new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,2}(?:e|ste|de)?\\s+(?:${months})\\.?(?:\\s+\\d{4})?(?![\\p{L}])`, 'giu'), '[datum]'],
  [new RegExp(`(?<![\\p{L}])(?:${months})\\s+\\d{4}(?!\\d)`, 'giu'), '[datum]'],
  [/(?<!\d)\d{1,2}[\s-]?(?:jaar|jr|jarige?)(?![\p{L}])/giu, '[leeftijd]'],
  [/(?<![\p{L}])(?:leeftijd|geboren)\s+(?:van\s+)?\d{1,4}(?!\d)/giu, '[leeftijd]'],
  [/(?<!\d)\d{6,}(?!\d)/g, '[nummer]'],
];

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
 * question word — so "Sanne" and "De Vries" go, "Leerplicht", "DUO" and "Wie" stay. Lower-case names
 * cannot be told from words; the model only ever sees the question next to protocol text.
 * @example redactQuestion('Sanne (14 jaar) is 9 keer te laat, bel ik 06-12345678?', options) // '[naam] ([leeftijd]) is 9 keer te laat, bel ik [telefoonnummer]?'
 */
export function redactQuestion(question: string, { vocabulary, knowledge }: RedactionOptions): string {
  let text = question;
  for (const [pattern, replacement] of patterns) text = text.replace(pattern, replacement);
  const known = knownLowerCaseWords(knowledge);
  const vocabularyTerms = vocabularyTermsOf(vocabulary);
  const isKnown = (word: string) => {
    const folded = foldText(word);
    return commonWords.has(folded) || known.has(folded) || vocabularyTerms.has(folded);
  };
  text = text.replace(/(?<![\p{L}\p{N}[])[\p{Lu}][\p{L}'’-]*/gu, (word) => (isKnown(word) ? word : '[naam]'));
  // "Julia van den Berg" → "[naam] van den [naam]" → one "[naam]".
  return text.replace(/\[naam\](?:(?:\s+(?:van|de|der|den|het|ter|ten|te|in|op|'t))*\s+\[naam\])+/gi, '[naam]');
}
