/**
 * A generator of "wat nu?" messages as staff type them: sentence templates × slot values (names, also
 * in lower case, ages, school types, counts as digits, words, ordinals or "x", units, periods) ×
 * fillers × typos × word order. Each message carries the slots it states and the first step the
 * protocol gives, worked out here from the protocol's numbers in a small table of its own, not by
 * the rules under test. The generator's parts live in generator/, one concern each.
 */
export { type ExpectedSlots, type GeneratedSituation, generatorNow } from './generator/slots.js';
export { deniedEventMessage, lateAfterEventMessage, situationMessage, vagueMessage } from './generator/messages.js';
export { protocolQuestion } from './generator/protocol-questions.js';
export { boundedCountMessage, nameLastMessage, stagnationMessage } from './generator/word-orders.js';
