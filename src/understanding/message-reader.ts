import { knownDutchWords } from '../rules/known-words.js';
import { hasQuantifiedAbsence } from '../rules/looks-like-situation.js';
import type { Situation } from '../rules/situation.js';
import type { CapabilityLexicon } from './capability-lexicon.js';
import { dutchWords } from './dutch-words.js';
import { createTermMatcher, matchesTerm } from './fuzzy-words.js';
import { chatWords } from './message-words.js';
import { pupilNameSlot } from './pupil-name-slot.js';
import { createSpellingCorrector } from './spelling.js';
import { patternWords } from './pattern-words.js';
import type { IntentSlots } from './understanding.js';

/**
 * The word tools the understanding step reads a message with, built once from the capability lexicon and the
 * documents' own words: the lexicon's terms in a message, spelling corrected against everyday Dutch and the
 * documents, which words are ordinary or the protocol's own, and the slots a message fills.
 */
export function createMessageReader(lexicon: CapabilityLexicon, knownWords: ReadonlySet<string> = knownDutchWords()) {
  const lexiconTerms = [
    ...new Set([...lexicon.signals.values()].flatMap((signals) => signals.flatMap((signal) => signal.groups.flat()))),
  ];
  const isOrdinaryWord = (folded: string) =>
    knownWords.has(folded) || lexiconTerms.some((term) => matchesTerm(folded, term));
  const termsIn = createTermMatcher(lexiconTerms);
  // A word as it is written, without a slip's tolerance: "Wessel" is no "wissel".
  const isWrittenWord = (folded: string) =>
    knownWords.has(folded) ||
    lexiconTerms.some((term) => {
      const bare = term.replace(/^[=*]/, '');
      if (term.startsWith('=')) return folded === bare;
      if (term.startsWith('*')) return folded.endsWith(bare);
      return folded.startsWith(bare) || (bare.length >= 6 && folded.includes(bare));
    });
  const overzichtTerms = new Set(lexicon.signals.get('overzicht')?.flatMap((signal) => signal.groups.flat()));
  const isOverzichtWord = (word: string) => [...termsIn([word])].some((term) => overzichtTerms.has(term));
  const { isFirstName, isCommonWord, commonWords } = dutchWords();
  const ownWords = new Set([
    ...chatWords,
    ...lexiconTerms.filter((term) => term.startsWith('=')).map((term) => term.slice(1)),
  ]);
  // The words the patterns read are corrected towards too ("vrrzuimwijzer", "herinnerimg").
  const readWords = new Set(patternWords());
  const correctSpelling = createSpellingCorrector({
    vocabulary: [...commonWords, ...ownWords, ...readWords, ...knownWords],
    isKnown: (word) => isCommonWord(word) || ownWords.has(word) || readWords.has(word) || knownWords.has(word),
    keep: (word) => isFirstName(word) || lexiconTerms.some((term) => matchesTerm(word, term)),
  });
  // An everyday word mistyped ("effectiee") is no name either.
  const isOrdinaryOrTypo = (folded: string) => isOrdinaryWord(folded) || correctSpelling([folded])[0] !== folded;
  // A word of the protocol's own: the documents use it, everyday Dutch does not ("verzuim", "leerplicht").
  const isProtocolWord = (word: string) =>
    (word.length >= 4 && knownWords.has(word) && !isCommonWord(word)) ||
    lexiconTerms.some((term) => matchesTerm(word, term));
  /** The pupil's first name the message gives, if any. */
  const nameIn = (text: string) => pupilNameSlot(text, isOrdinaryOrTypo, isWrittenWord);
  const slotsOf = (text: string, situation: Situation): IntentSlots => {
    const pupilFirstName = nameIn(text) ?? situation.pupilFirstName;
    const absence = hasQuantifiedAbsence(situation);
    return {
      ...(pupilFirstName ? { pupilFirstName } : {}),
      ...(situation.age !== undefined ? { age: situation.age } : {}),
      ...(situation.schoolType ? { schoolType: situation.schoolType } : {}),
      ...(absence ? { situation } : {}),
    };
  };
  return { termsIn, isOverzichtWord, correctSpelling, isOrdinaryOrTypo, isProtocolWord, nameIn, slotsOf };
}
