export { capabilityLexiconFileSchema, lexiconCapabilities, loadCapabilityLexicon } from './capability-lexicon.js';
export type { CapabilityLexicon, CapabilitySignal, LexiconCapability } from './capability-lexicon.js';
export { editBudget, foldWord, matchesTerm, wordsOf } from './fuzzy-words.js';
export { pupilNameSlot } from './pupil-name-slot.js';
export { clausesOf, modeOf, modeOfClause } from './sentence-mode.js';
export type { SentenceMode } from './sentence-mode.js';
export { createUnderstander, intents } from './understand.js';
export type { CreateUnderstanderOptions, Intent, IntentSlots, Understander, Understanding } from './understand.js';
