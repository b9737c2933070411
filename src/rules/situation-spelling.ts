/** Typos in the situation parser's key words: the word meant, from the protocol's own words and edit distance. */
import { dutchWords } from '../understanding/dutch-words.js';
import { createSpellingCorrector } from '../understanding/spelling.js';
import { keysTouch, plausibleSlip } from '../understanding/typing-slips.js';
import { parseDutchNumberWord } from './dutch-numbers.js';
import { editBudget, editDistance } from './edit-distance.js';
import { knownDutchWords } from './known-words.js';
import { abbreviations, keyWordForms, keyWords } from './situation-lexicon.js';

const keyWordSet = new Set(keyWords);
const wordOf = new Map(keyWordForms.flatMap((forms, index) => forms.map((form) => [form, index] as const)));

/**
 * The key word a typed word stands for: itself when it is a known Dutch word, else the one key word
 * within its edit budget ("gespijbelt" → "gespijbeld", "jeugdatrs" → "jeugdarts"), or itself when
 * none or several are equally close.
 */
export function correctWord(word: string): string {
  let corrected = corrections.get(word);
  if (corrected === undefined) {
    corrected = closestKeyWord(word);
    // Only words of the protocol and typos of its key words are kept: a word that is neither (a pupil's
    // name) is not held in memory after its message. The cache is dropped when it grows, so it stays small.
    if (corrected !== word || keyWordSet.has(word) || knownDutchWords().has(word)) {
      if (corrections.size > 20_000) corrections.clear();
      corrections.set(word, corrected);
    }
  }
  return corrected;
}

const corrections = new Map<string, string>();

/** The short units of a count, which the edit budget leaves alone: "wekne", "dgaen", "eker" are still read. */
const shortUnits = ['weken', 'week', 'dagen', 'keer', 'uren', 'maand', 'lessen', 'uur'];
const swapCandidates = [...keyWords, ...shortUnits];

/** "wekne" → "weken": two neighbouring letters swapped, the one slip short words may carry. */
function swappedNeighbours(typed: string, key: string): boolean {
  if (typed.length !== key.length || typed === key) return false;
  const at = [...typed].findIndex((letter, index) => letter !== key[index]);
  return typed[at] === key[at + 1] && typed[at + 1] === key[at] && typed.slice(at + 2) === key.slice(at + 2);
}

/** "theis" → "thuis": one vowel of the key typed as another. */
function oneVowelReplaced(typed: string, key: string): boolean {
  if (typed.length !== key.length) return false;
  const differing = [...key].flatMap((letter, at) => (letter === typed[at] ? [] : [at]));
  return differing.length === 1 && /[aeiou]/.test(key[differing[0]!]!) && /[aeiou]/.test(typed[differing[0]!]!);
}

/** "kerr" → "keer", "dsgen" → "dagen": one letter of the key typed as the key beside it. */
function oneKeyBeside(typed: string, key: string): boolean {
  if (typed.length !== key.length) return false;
  const differing = [...key].flatMap((letter, at) => (letter === typed[at] ? [] : [at]));
  return differing.length === 1 && keysTouch(key[differing[0]!]!, typed[differing[0]!]!);
}

/** "dagn" → "dagen": the key with one of its letters left out. */
function oneLetterLeftOut(typed: string, key: string): boolean {
  if (typed.length !== key.length - 1) return false;
  return [...key].some((_, at) => key.slice(0, at) + key.slice(at + 1) === typed);
}

let everyday: ((words: readonly string[]) => string[]) | undefined;
/**
 * Any other mistyped word, to the nearest everyday or protocol word ("zondr" → "zonder", "vanaag" → "vandaag"), when
 * the difference is a plausible slip (a key beside, a sound alike, a letter doubled or dropped): a word the lists do
 * not hold is often a word all the same ("gamen", "gemoeten").
 */
function everydayWord(word: string): string {
  const { commonWords, isCommonWord, isFirstName } = dutchWords();
  everyday ??= createSpellingCorrector({
    vocabulary: [...commonWords, ...knownDutchWords()],
    isKnown: (known) => isCommonWord(known) || knownDutchWords().has(known),
    keep: isFirstName,
    plausible: (typed, candidate, edits) =>
      plausibleSlip(typed, candidate, edits, true) && !extraLetter(typed, candidate),
  });
  return everyday([word])[0]!;
}

/** One letter more than the candidate that doubles no neighbour ("gemoeten" is no slip for "gemeten"). */
function extraLetter(typed: string, candidate: string): boolean {
  if (typed.length !== candidate.length + 1) return false;
  const at = [...candidate].findIndex((letter, position) => typed[position] !== letter);
  const position = at < 0 ? candidate.length : at;
  return typed[position] !== typed[position - 1] && typed[position] !== typed[position + 1];
}

function closestKeyWord(word: string): string {
  const key = closestKey(word);
  return key === word ? everydayWord(word) : key;
}

function closestKey(word: string): string {
  if (word in abbreviations) return abbreviations[word]!;
  // "kooorts": a letter held down, when two of it make a word; else the typo is read as any other ("meeerken").
  const held = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
  if (held !== word && (knownDutchWords().has(held) || keyWordSet.has(held) || dutchWords().isCommonWord(held)))
    return held;
  if (word.length >= 4 && word.length < 6 && !knownDutchWords().has(word) && !/\d/.test(word)) {
    const swapped = swapCandidates.filter((key) => swappedNeighbours(word, key));
    if (swapped.length === 1) return abbreviations[swapped[0]!] ?? swapped[0]!;
    // "dagn", "wekn", "maad": a letter of a short unit left out.
    const shortened = shortUnits.filter((key) => oneLetterLeftOut(word, key));
    if (shortened.length === 1 && !dutchWords().isCommonWord(word)) return shortened[0]!;
    // "theis", "dagan": a vowel of a short key word typed as another.
    const revoweled = [...shortUnits, 'thuis'].filter((key) => oneVowelReplaced(word, key));
    if (revoweled.length === 1 && !dutchWords().isCommonWord(word)) return revoweled[0]!;
    // "kerr", "wekrn": a letter of a short unit typed as the key beside it.
    const besides = shortUnits.filter((key) => oneKeyBeside(word, key));
    if (besides.length === 1 && !dutchWords().isCommonWord(word)) return besides[0]!;
  }
  if (
    word.length < 6 ||
    keyWordSet.has(word) ||
    knownDutchWords().has(word) ||
    parseDutchNumberWord(word) !== undefined
  )
    return word;
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const key of keyWords) {
    const budget = editBudget(Math.min(word.length, key.length));
    if (budget === 0) continue;
    const distance = editDistance(word, key, Math.min(budget, bestDistance));
    if (distance > budget) continue;
    if (distance < bestDistance) {
      best = key;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance && wordOf.get(key) !== wordOf.get(best!)) tie = true;
  }
  if (!best || tie) return word;
  return abbreviations[best] ?? best;
}
