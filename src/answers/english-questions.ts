/**
 * Protocol questions asked (partly) in English: its words the glossary holds (`knowledge/english-glossary.yaml`) in
 * the documents' Dutch, before the search, so that "spreekuur gesprek, how long?" asks a time of the spreekuur as "hoe
 * lang" does. A Dutch question is left as it is.
 */
import { z } from 'zod';
import { loadKnowledgeData } from '../knowledge/knowledge-base.js';
import { englishMarkers } from './query-words.js';
import { foldText } from './text-folding.js';

const glossarySchema = z.array(
  z.object({ en: z.coerce.string().min(1), nl: z.coerce.string().min(1), opens: z.boolean().optional() }),
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Creates the translator from the glossary (default: the knowledge base's own). */
export function createEnglishQuestions(
  glossary: readonly { readonly en: string; readonly nl: string; readonly opens?: boolean }[] = loadKnowledgeData(
    'english-glossary.yaml',
    glossarySchema,
  ),
): (foldedQuestion: string) => string {
  const entries = glossary
    .map(({ en, nl, opens }) => ({ en: foldText(en), nl: foldText(nl), opens: opens === true }))
    .sort((left, right) => right.en.length - left.en.length);
  const byPhrase = new Map(entries.map((entry) => [entry.en, entry]));
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?:${entries.map(({ en }) => escape(en)).join('|')})(?![\p{L}\p{N}])`,
    'gu',
  );
  return (foldedQuestion) => {
    const words = foldedQuestion.match(/\p{L}+/gu) ?? [];
    // A phrase of several English words is English wherever it stands ("spreekuur gesprek, how long?"); a single
    // word only in a question that is English ("late", "model" and "fine" are Dutch words too).
    const english = words.filter((word) => englishMarkers.has(word)).length >= 2;
    return foldedQuestion.replace(pattern, (phrase: string, at: number) => {
      const entry = byPhrase.get(phrase);
      if (!entry || (!english && !phrase.includes(' '))) return phrase;
      // A question word opens a clause; inside one ("… when they called in sick") it joins, and stays English.
      const opensClause = /(?:^|[,.;:?!]\s*|\s(?:and|or|but|en|of|maar)\s+)$/.test(foldedQuestion.slice(0, at));
      return entry.opens && !opensClause ? phrase : entry.nl;
    });
  };
}
