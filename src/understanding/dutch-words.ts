import { dictionary } from '@zxcvbn-ts/language-nl-be';
import { foldWord } from './fuzzy-words.js';

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
};

let loaded: DutchWords | undefined;

export function dutchWords(): DutchWords {
  if (!loaded) {
    const commonWords = dictionary.commonWords.map(foldWord);
    const common = new Set(commonWords);
    const firstNames = new Set([...dictionary.boysFirstnames, ...dictionary.girlsFirstnames].map(foldWord));
    loaded = { commonWords, isCommonWord: (folded) => common.has(folded), isFirstName: (folded) => firstNames.has(folded) };
  }
  return loaded;
}
