import { createRequire } from 'node:module';
import { foldWord } from './fuzzy-words.js';

// Only the three lists used, not the package index (which also builds its 30,000 surnames and
// Wikipedia words): each list module exports an array of lower-case words.
const require = createRequire(import.meta.url);
const list = (name: 'commonWords' | 'boysFirstnames' | 'girlsFirstnames'): readonly string[] =>
  require(`@zxcvbn-ts/language-nl-be/dist/${name}.json.js`) as string[];

/**
 * Everyday Dutch words and Dutch first names, from zxcvbn-ts's Dutch word lists (16,000 common words
 * from subtitles, 3,200 first names). They tell a pupil's name typed in lower case ("zet het formulier
 * voor jesse klaar") from an ordinary word ("kan ik ergens een cursus volgen"). Built once, on first use.
 */
export type DutchWords = {
  /** The everyday words, most frequent first. */
  readonly commonWords: readonly string[];
  readonly isCommonWord: (folded: string) => boolean;
  readonly isFirstName: (folded: string) => boolean;
  /** Whether the word is among the `top` most frequent everyday words ("ravi" is in the list, far down). */
  readonly isFrequentWord: (folded: string, top?: number) => boolean;
};

let loaded: DutchWords | undefined;

export function dutchWords(): DutchWords {
  if (!loaded) {
    const commonWords = list('commonWords').map(foldWord);
    const common = new Set(commonWords);
    const ranks = new Map(commonWords.map((word, rank) => [word, rank]));
    const firstNames = new Set([...list('boysFirstnames'), ...list('girlsFirstnames')].map(foldWord));
    loaded = {
      commonWords,
      isCommonWord: (folded) => common.has(folded),
      isFirstName: (folded) => firstNames.has(folded),
      isFrequentWord: (folded, top = 1000) => (ranks.get(folded) ?? Infinity) < top,
    };
  }
  return loaded;
}

/**
 * Two everyday words typed as one ("welkemaand", "openingszin" with its linking s): a slip or a compound, never a
 * name — unless it is a first name itself.
 */
export function isGluedWords(folded: string): boolean {
  const { isCommonWord, isFirstName } = dutchWords();
  if (isFirstName(folded)) return false;
  for (let split = 3; split <= folded.length - 3; split++) {
    const left = folded.slice(0, split);
    const right = folded.slice(split);
    const leftWord = isCommonWord(left) || (/[se]$/.test(left) && left.length > 3 && isCommonWord(left.slice(0, -1)));
    if (leftWord && isCommonWord(right)) return true;
  }
  return false;
}
