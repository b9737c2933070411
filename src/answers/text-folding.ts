/**
 * Folds text for search: lowercase, diacritics removed, `@` read as `a` (M@zl). Orama's Dutch tokenizer
 * splits words on letters such as `ö` and `ë` (coördinator → "co", "rdinator"), so both the index and
 * the queries are folded the same way before tokenizing.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/@/g, 'a')
    .replace(/[’‘`´]/g, "'")
    // Quotes around a word ('toon') are not part of it; an apostrophe inside one (oco's) is.
    .replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ')
    .toLowerCase();
}

/**
 * Chat shorthand staff type that no knowledge document uses. Expanded before searching, so that it
 * neither misses sections nor lowers the confidence of an answer.
 */
const shorthand: Readonly<Record<string, string>> = {
  lln: 'leerling',
  ll: 'leerling',
  llr: 'leerling',
  zn: 'zijn',
  mn: 'mijn',
  telnr: 'telefoonnummer',
  tel: 'telefoonnummer',
  info: 'informatie',
  max: 'maximaal',
  zorgco: 'zorgcoordinator',
};

/** Folds a question and expands chat shorthand ("lln" → "leerling"). */
export function normalizeQuestion(question: string): string {
  return foldText(question).replace(/[\p{L}\p{N}]+/gu, (word) => shorthand[word] ?? word);
}
