import { distance } from 'fastest-levenshtein';
import { editBudget, swapsOnce } from './fuzzy-words.js';

/**
 * Corrects a staff member's typing errors in everyday words ("dese bot", "hepl", "overzigt", "mn
 * verwijzing") to the nearest word of a vocabulary (the knowledge base's words, everyday Dutch, the
 * lexicon), so that the sentence patterns of `understand.ts` see the word meant. Only words the
 * vocabulary does not hold are corrected, only within the edit budget, never a known first name, and
 * only on the copy used for deciding: names are read from the text as typed.
 */
export function createSpellingCorrector({
  vocabulary,
  isKnown,
  keep,
  plausible = () => true,
}: {
  readonly vocabulary: Iterable<string>;
  readonly isKnown: (word: string) => boolean;
  readonly keep: (word: string) => boolean;
  /** Whether the typed word may be a slip for the candidate this many edits away. @default any */
  readonly plausible?: (typed: string, candidate: string, edits: number) => boolean;
}): (words: readonly string[]) => string[] {
  // The vocabulary's words by first letter, in its order; whether a word is known is asked of the
  // caller's own sets, so the words are not held twice.
  const byFirstLetter = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < 3) continue;
    const bucket = byFirstLetter.get(word[0]!) ?? [];
    bucket.push(word);
    byFirstLetter.set(word[0]!, bucket);
  }
  const correct = (word: string): string => {
    if (word.length < 4 || isKnown(word) || /\d/.test(word) || keep(word)) return word;
    const budget = Math.max(1, editBudget(word.length));
    let best: string | undefined;
    let bestDistance = budget + 1;
    // Vocabulary order is preference order (the most frequent everyday words first): the first nearest wins.
    for (const candidate of byFirstLetter.get(word[0]!) ?? []) {
      if (Math.abs(candidate.length - word.length) > budget) continue;
      // Another form of the same word ("aanmelding" / "aanmeldingen") is no typing error.
      if (candidate.startsWith(word) || word.startsWith(candidate)) continue;
      // A swap of neighbours ("hepl") is the likeliest typing error: it beats a substitution ("heel").
      const between = swapsOnce(candidate, word) ? 0.5 : distance(candidate, word);
      if (between < bestDistance && (between < 1 || plausible(word, candidate, between))) {
        best = candidate;
        bestDistance = between;
        if (between < 1) break;
      }
    }
    return best ?? word;
  };
  return (words) => words.map(correct);
}
