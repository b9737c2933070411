import { stopwords as dutchStopwords } from '@orama/stopwords/dutch';
import { distance } from 'fastest-levenshtein';
import { dutchWords } from '../understanding/dutch-words.js';
import { isTransposition, plausibleSlip } from '../understanding/typing-slips.js';

/**
 * Staff type fast: "jeugdarst", "verzuimgesprekje", "jeugdartsafspraak", "ondersteunings coördinator".
 * A question word the knowledge base does not hold finds nothing and, worse, reads as a sign that the
 * question is not about the protocol. This maps such a word onto the knowledge base's own words:
 * a compound split into (or two words joined to) words it holds, a diminutive to its base word, or the
 * nearest word by edit distance. Text is folded on both sides (no diacritics), so "coordinator" and
 * "coördinator" are the same word before any edit is counted.
 */
export type SpellingCorrector = {
  /**
   * The folded question with each word the knowledge base does not hold replaced by the knowledge
   * base's word(s) for it; words it holds, `protectedWords` and short words stay as typed.
   */
  readonly correct: (foldedQuestion: string) => Correction;
};

export type Correction = {
  readonly text: string;
  /** The parts of each compound split ("jeugdartsafspraak" → ["jeugdarts", "afspraak"]): one thing asked about, not
   * two. */
  readonly compounds: readonly (readonly string[])[];
};

export type SpellingOptions = {
  /** Every folded word of the knowledge base with the number of sections that use it. */
  readonly words: ReadonlyMap<string, number>;
  /** Adjacent word pairs the knowledge base writes apart ("ondersteunings coordinator"), as "left right". */
  readonly pairs: ReadonlySet<string>;
  /** Hyphenated compounds of the knowledge base written as one word → their parts ("reintegratieplan" → "re
   * integratieplan"). */
  readonly hyphenated?: ReadonlyMap<string, string>;
  /** Whether the index knows the word (its stemmed token is in some section). */
  readonly isKnown: (word: string) => boolean;
  /** Words never corrected: the vocabulary's terms and the question words, handled elsewhere. */
  readonly protectedWords: ReadonlySet<string>;
};

/** How many edits a word of this length may be away from the knowledge base's word: none below 5 letters. */
export function editBudget(length: number): number {
  if (length < 5) return 0;
  return length >= 10 ? 2 : 1;
}

/** Function words ("kan", "heeft", "zou"): glued to a word, they were typed without a space. */
const functionWords: ReadonlySet<string> = new Set(dutchStopwords);
/** Compound parts shorter than this are too often accidental ("aan", "de"). */
const minimumPart = 4;
/** Prefixes that only intensify the word after them ("allerbelangrijkste", "superlang", "megaveel"). */
const intensifiers = ['aller', 'super', 'mega', 'hyper', 'reuze', 'kei'];

/** Dutch joins compound parts with an "s" or "e(n)" ("ondersteuning-s-coördinator", "leerling-en-zorg"). */
const linkers = ['s', 'en', 'e'];
/** Diminutive endings: "gesprekje", "briefje", "mailtje", "formuliertje". */
const diminutives = ['etje', 'tje', 'pje', 'kje', 'je', 'jes', 'tjes'];

/**
 * @example createSpellingCorrector({ words, pairs, isKnown, protectedWords }).correct('bij de jeugdarst').text // 'bij
 * de jeugdarts'
 */
export function createSpellingCorrector({
  words,
  pairs,
  hyphenated = new Map(),
  isKnown,
  protectedWords,
}: SpellingOptions): SpellingCorrector {
  // By first letter and length: a typo rarely hits the first letter, and an edit changes the length by one at most.
  const buckets = new Map<string, string[]>();
  // Question words are targets too: "officeel" is "officieel", a question word, not an unknown concept.
  for (const word of [...words.keys(), ...[...protectedWords].filter((word) => !words.has(word))]) {
    if (word.length < minimumPart || /\d/.test(word)) continue;
    const key = `${word[0]}${word.length}`;
    const bucket = buckets.get(key) ?? [];
    bucket.push(word);
    buckets.set(key, bucket);
  }
  const holds = (word: string) => words.has(word) && isKnown(word);
  const usesOf = (word: string) => words.get(word) ?? 0;

  const nearest = (word: string): string | undefined => {
    const budget = editBudget(word.length);
    if (budget === 0) return undefined;
    // A key beside the one meant is a slip only in a word that is no everyday word itself.
    const beside = !dutchWords().isCommonWord(word);
    let best: string | undefined;
    let bestEdits = budget + 1;
    let bestUses = 0;
    for (let length = word.length - budget; length <= word.length + budget; length++) {
      for (const candidate of buckets.get(`${word[0]}${length}`) ?? []) {
        const raw = distance(word, candidate);
        const edits = raw === 2 && isTransposition(word, candidate) ? 1 : raw;
        if (edits > budget || !plausibleSlip(word, candidate, raw, beside)) continue;
        const uses = usesOf(candidate);
        if (edits < bestEdits || (edits === bestEdits && uses > bestUses)) {
          best = candidate;
          bestEdits = edits;
          bestUses = uses;
        }
      }
    }
    return best !== undefined && bestEdits <= budget ? best : undefined;
  };

  /** "leerplig" for "leerplicht": a "g" written for "ch" is one slip, though it takes two edits. */
  const soundAlikeNearest = (word: string): string | undefined => {
    for (let position = word.indexOf('g'); position !== -1; position = word.indexOf('g', position + 1)) {
      const variant = `${word.slice(0, position)}ch${word.slice(position + 1)}`;
      const found = holds(variant) ? variant : nearest(variant);
      if (found) return found;
    }
    return undefined;
  };

  /** The word as known parts ("jeugdartsafspraak" → ["jeugdarts", "afspraak"]), longest parts first. */
  const split = (word: string, fuzzy: boolean, depth = 0): string[] | undefined => {
    let best: string[] | undefined;
    let bestScore = 0;
    for (let cut = minimumPart; cut <= word.length - minimumPart; cut++) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      const heads = [
        head,
        ...linkers
          .filter((linker) => head.endsWith(linker) && head.length - linker.length >= minimumPart)
          .map((linker) => head.slice(0, -linker.length)),
      ];
      const knownHead = heads.find(holds);
      if (!knownHead) continue;
      // The last part may hold a typo of its own ("verzuimregistartie"); the first must be exact.
      const fuzzyTail = fuzzy && tail.length >= 7 ? nearest(tail) : undefined;
      const tails = holds(tail)
        ? [tail]
        : depth === 0
          ? (split(tail, false, depth + 1) ?? (fuzzyTail ? [fuzzyTail] : undefined))
          : undefined;
      if (!tails) continue;
      const parts = [knownHead, ...tails];
      // Fewer, longer parts are the likelier reading.
      const score = parts.reduce((sum, part) => sum + part.length * part.length, 0);
      if (score > bestScore) {
        best = parts;
        bestScore = score;
      }
    }
    return best;
  };

  /** "afsprakenkan", "waaromzou": a word glued to a function word, typed without its space (two words, no compound). */
  const standsAlone = (part: string) => holds(part) || protectedWords.has(part);
  const unglued = (word: string): string | undefined => {
    if (dutchWords().isCommonWord(word)) return undefined;
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const head = word.slice(0, cut);
      const tail = word.slice(cut);
      const headFirst = functionWords.has(tail) && head.length >= minimumPart && standsAlone(head);
      const tailFirst = functionWords.has(head) && tail.length >= minimumPart && standsAlone(tail);
      if (headFirst || tailFirst) return `${head} ${tail}`;
    }
    return undefined;
  };

  const correctWord = (word: string): string | readonly string[] | undefined => {
    const hyphenParts = hyphenated.get(word);
    if (hyphenParts) return hyphenParts.split(' ');
    for (const ending of diminutives) {
      if (
        word.length - ending.length >= minimumPart + 1 &&
        word.endsWith(ending) &&
        holds(word.slice(0, -ending.length))
      )
        return word.slice(0, -ending.length);
    }
    // "allerbelangrijkste", "superlang": an intensifying prefix before a word the knowledge base holds.
    for (const prefix of intensifiers) {
      const rest = word.slice(prefix.length);
      if (word.startsWith(prefix) && rest.length >= minimumPart + 1 && holds(rest)) return rest;
    }
    const apart = unglued(word);
    if (apart) return apart;
    // Exact parts first, then the whole word within its edit budget, then parts with a typo in the last.
    const long = word.length >= 2 * minimumPart;
    return (
      (long ? split(word, false) : undefined) ??
      nearest(word) ??
      soundAlikeNearest(word) ??
      (long ? split(word, true) : undefined)
    );
  };

  const needsCorrection = (word: string) =>
    word.length >= minimumPart + 1 && !/\d/.test(word) && !protectedWords.has(word) && !isKnown(word);

  return {
    correct: (foldedQuestion) => {
      const compounds: string[][] = [];
      const tokens = foldedQuestion.split(/([^\p{L}\p{N}']+)/u);
      // tokens alternate word, separator, word, …
      for (let position = 0; position < tokens.length; position += 2) {
        const word = tokens[position]!;
        if (!word) continue;
        // Two words the knowledge base writes as one ("verzuim gesprek", "ondersteunings coordinator").
        const next = tokens[position + 2];
        if (
          next &&
          /^\s+$/.test(tokens[position + 1]!) &&
          !pairs.has(`${word} ${next}`) &&
          !protectedWords.has(word) &&
          !protectedWords.has(next) &&
          holds(`${word}${next}`)
        ) {
          tokens[position] = `${word}${next}`;
          tokens[position + 1] = '';
          tokens[position + 2] = '';
          position += 2;
          continue;
        }
        if (!needsCorrection(word)) continue;
        const corrected = correctWord(word);
        if (typeof corrected === 'string') tokens[position] = corrected;
        else if (corrected) {
          tokens[position] = corrected.join(' ');
          compounds.push([...corrected]);
        }
      }
      return { text: tokens.join(''), compounds };
    },
  };
}
