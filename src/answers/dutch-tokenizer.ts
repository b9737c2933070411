import type { Tokenizer } from '@orama/orama';
import { tokenizer as tokenizerModule } from '@orama/orama/components';
import { stemmer } from '@orama/stemmers/dutch';
import { stopwords } from '@orama/stopwords/dutch';

/**
 * The Dutch tokenizer (stemmer, stop words) with an end mark on every token. Orama matches query terms
 * as prefixes; with the mark, "verzuim" no longer matches "verzuimgesprek" or "verzuimcoaches", while
 * stemming still joins "verzuimen" and "verzuim". Ranking stays Orama's BM25.
 */
const endMark = '~';

/** The Dutch tokenizer: `marked` for the Orama indexes, `plain` for the tokens the retrieval compares. */
export function createDutchTokenizer(): { marked: Tokenizer; plain: Tokenizer } {
  const plain = tokenizerModule.createTokenizer({ language: 'dutch', stemming: true, stemmer, stopWords: stopwords });
  const marked: Tokenizer = {
    language: plain.language,
    normalizationCache: plain.normalizationCache,
    // One property name for every field and both indexes, so that each word is stemmed once.
    tokenize: (raw, language, _property, withCache) =>
      plain.tokenize(raw, language, 'text', withCache).map((token) => `${token}${endMark}`),
  };
  return { marked, plain };
}
