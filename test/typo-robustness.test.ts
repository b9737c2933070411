import { describe, expect, it } from 'vitest';
import { createAnswerService } from '../src/answers/answer-service.js';
import { createAssistant } from '../src/assistant/respond.js';
import { loadKnowledgeBase } from '../src/knowledge/knowledge-base.js';
import {
  evaluateCapabilities,
  evaluateSituations,
  loadCapabilityItems,
  loadSituationItems,
  understandingCorpus,
} from './eval/evaluate-understanding.js';
import { corpusFiles, evaluate, loadEvalQuestions } from './eval/evaluate.js';
import { createAddresser, createIntroducer, createTypist, createWrapper } from './eval/typos.js';

const knowledge = loadKnowledgeBase();
const assistant = createAssistant({ knowledge, answers: createAnswerService({ knowledge }) });

/**
 * Generated variants, not examples: every tuning item the assistant gets right is typed again with one slip in one of
 * its words (a letter left out, neighbours swapped, a letter doubled, the key beside the one meant; `eval/typos.ts`),
 * and must still get the same decision. The floors are just under what was measured when the spelling correctors
 * learned the key beside the one meant and the words the patterns read (twelfth session: requests and capability
 * questions 1628 → 1659 of 1736 (93.8% → 95.6%), situations 1584 of 1701 → 1666 of 1704 (93.1% → 97.8%),
 * protocol questions 941 → 970 of 1025 (91.8% → 94.6%), on the same slips).
 */
const floors = { capabilities: 0.95, situations: 0.975, questions: 0.945 };
/**
 * The same items with a greeting or salutation before them ("Hoi!", "Beste collega,") or thanks and a sign-off after
 * them ("Alvast bedankt!", "Groetjes", "Thanks, mvg"; `eval/typos.ts`). A greeting was a word the documents must
 * hold, a salutation two, and a capitalised sign-off a pupil's name that made a question a situation: before they
 * counted as asking nothing, requests and capability questions kept their decision 1621 of 1736 times, situations
 * 1697 of 1704, protocol questions 826 of 1025; after, 1730, 1698 and 1014. Floors just under that.
 */
const wrapFloors = { capabilities: 0.99, situations: 0.99, questions: 0.985 };

/**
 * The same items typed without any capital, as chat often is: names in lower case were not read as a pupil's, so a
 * situation about "sil" was a general question (situations kept 1609 of 1704; after, 1655 of 1705).
 * Fourteenth session: round 17's right tuning items joined the population; measured on the commit that added the
 * rounds, before any change, requests and capability questions kept 98.96% (under the 0.99 held before, on the older
 * rounds' items); at the session's end the same 98.96%. The floor follows the new population, not a change.
 */
const lowerFloors = { capabilities: 0.989, situations: 0.965, questions: 0.985 };
const inLowerCase = () => (text: string) => text.toLowerCase();

/**
 * The same items typed in capitals, caps lock on: every word stood out as a name (the answers left out what they took
 * for a pupil's name, the rules took one for the pupil). Read as lower case (thirteenth session), requests and
 * capability questions kept their decision 1790 → 1808 of 1824 times, situations 1680 → 1733 of 1784, protocol
 * questions 915 → 1088 of 1098.
 */
const capitalsFloors = { capabilities: 0.985, situations: 0.965, questions: 0.985 };
const inCapitals = () => (text: string) => text.toUpperCase();

/**
 * The same items typed without punctuation: a capitalised opener after a lower-case word ("… verschenen Moeten we
 * melden") now starts a sentence (requests and capability questions 1660 → 1678 of 1736, situations 1630 → 1647 of
 * 1705, protocol questions 990 → 995 of 1025).
 * Fourteenth session: round 13's right tuning questions joined the population; on the commit that added it, before
 * any change, protocol questions kept 96.37%, and at the session's end 96.30% (one item in about 1160 fewer: a "toch"
 * assumption is read as one only with its question mark). The floor follows.
 */
const unpunctuatedFloors = { capabilities: 0.96, situations: 0.96, questions: 0.962 };
const unpunctuated = () => (text: string) => text.replace(/[?!.,;:]/g, '');

/**
 * The same items with the bot addressed or a question announced before them ("@Verzuimwijzer", "Verzuimwijzer,", "ff
 * vraagje:", "Quick question:"): the bot's name typed as text was a word asked about, "Quick" a pupil's name. Before:
 * requests and capability questions 1531 of 1736 kept their decision, situations 1697 of 1705, protocol questions 565
 * of 1025; after, 1732, 1702 and 1012.
 */
const addressFloors = { capabilities: 0.99, situations: 0.99, questions: 0.98 };

/**
 * The same items with the writer introduced or asking leave before them ("Ik ben mentor van 2b.", "Ik ben nieuw hier,",
 * "Als oco vraag ik me af:", "Sorry als dit een domme vraag is, maar", "Hi!", "Weet jij dit?", "Korte vraag."): the
 * class, the apology and the greeting were words asked about, "Hi" a pupil's name, and newness opened the onboarding
 * whatever followed. Before they counted as asking nothing (thirteenth session), requests and capability questions
 * kept their decision 1575 of 1814 times, situations 1722 of 1759, protocol questions 869 of 1098; after, 1814, 1760
 * and 1093.
 */
const introductionFloors = { capabilities: 0.99, situations: 0.99, questions: 0.99 };

/** Computed once for every variant: the tuning items the assistant gets right as they were written. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
}
const rightRequests = once(async () => {
  const items = loadCapabilityItems(understandingCorpus.capabilities.tuning);
  const before = await evaluateCapabilities(assistant, items);
  return items.filter((_, index) => before.outcomes[index]!.pass);
});
const rightSituations = once(async () => {
  const items = loadSituationItems(understandingCorpus.situations.tuning);
  const before = await evaluateSituations(assistant, items);
  return items.filter((_, index) => before.outcomes[index]!.pass);
});
const rightQuestions = once(async () => {
  const questions = loadEvalQuestions(corpusFiles.tuning);
  const passed = new Set(
    (await evaluate(assistant, questions)).outcomes.flatMap((outcome) => (outcome.pass ? [outcome.id] : [])),
  );
  return questions.filter((question) => passed.has(question.id));
});
const kept = (outcomes: readonly { readonly pass: boolean }[]) =>
  outcomes.filter((outcome) => outcome.pass).length / outcomes.length;

describe.each([
  ['a typing slip', createTypist, floors],
  ['a greeting, a salutation or thanks around it', createWrapper, wrapFloors],
  ['no capitals', inLowerCase, lowerFloors],
  ['all in capitals', inCapitals, capitalsFloors],
  ['no punctuation', unpunctuated, unpunctuatedFloors],
  ['the bot addressed or a question announced', createAddresser, addressFloors],
  ['the writer introduced or asking leave', createIntroducer, introductionFloors],
] as const)('the same decision with %s', (_name, createVariant, variantFloors) => {
  it('should keep capability requests and questions about them', { timeout: 120_000 }, async () => {
    const vary = createVariant();
    const right = await rightRequests();
    const after = await evaluateCapabilities(
      assistant,
      right.map((item) => ({ ...item, text: vary(item.text) })),
    );
    expect(kept(after.outcomes)).toBeGreaterThanOrEqual(variantFloors.capabilities);
  });

  it('should keep the next step of a situation', { timeout: 120_000 }, async () => {
    const vary = createVariant();
    const right = await rightSituations();
    const after = await evaluateSituations(
      assistant,
      right.map((item) => ({ ...item, text: vary(item.text) })),
    );
    expect(kept(after.outcomes)).toBeGreaterThanOrEqual(variantFloors.situations);
  });

  it('should keep the answer to a protocol question', { timeout: 120_000 }, async () => {
    const vary = createVariant();
    const right = await rightQuestions();
    const after = await evaluate(
      assistant,
      right.map((question) => ({ ...question, question: vary(question.question) })),
    );
    expect(kept(after.outcomes)).toBeGreaterThanOrEqual(variantFloors.questions);
  });
});
