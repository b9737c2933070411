/**
 * Folds text for search: lowercase, diacritics removed, `@` read as `a` (M@zl). Orama's Dutch tokenizer
 * splits words on letters such as `ö` and `ë` (coördinator → "co", "rdinator"), so both the index and
 * the queries are folded the same way before tokenizing.
 */
const numberWords: Readonly<Record<string, string>> = {
  twee: '2',
  drie: '3',
  vier: '4',
  vijf: '5',
  zes: '6',
  zeven: '7',
  acht: '8',
  negen: '9',
  tien: '10',
  elf: '11',
  twaalf: '12',
};

export function foldText(text: string): string {
  return foldCharacters(text).replace(/[a-z]+/g, (word) => numberWords[word] ?? word);
}

/**
 * Folds characters only. Number words become digits in {@link foldText} ("twee weken" finds "2 weken");
 * "een" stays, it is mostly the article.
 */
function foldCharacters(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/@/g, 'a')
      // "M@zl-aanpak", "DUO-melding": the parts of a hyphenated compound are words of their own.
      .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
      .replace(/[’‘`´]/g, "'")
      // Quotes around a word ('toon') are not part of it; an apostrophe inside one (oco's) is.
      .replace(/(?<![\p{L}\p{N}])'|'(?![\p{L}\p{N}])/gu, ' ')
      .toLowerCase()
  );
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
  // Units and words shortened in a hurry: "binnen hoeveel dgn", "na 2 wkn", "ivm ziekte".
  llg: 'leerling',
  dgn: 'dagen',
  wk: 'weken',
  wkn: 'weken',
  mnd: 'maanden',
  mndn: 'maanden',
  ivm: 'in verband met',
  lkr: 'leerkracht',
  ongeoorl: 'ongeoorloofd',
};

/**
 * A message's salutation: "Beste collega,", "Hallo allemaal!", "Hoi Anne," — a greeting, up to two words that ask
 * nothing, and a comma or "!".
 */
const salutation = new RegExp(
  String.raw`^\s*(?:beste|lieve|hoi|hallo|hey|hi|goedemorgen|goedemiddag|goedenavond)` +
    String.raw`(?:\s+(?!(?:wat|wie|waar|wanneer|hoe|welke|welk|waarom|is|zijn|mag|moet|kan|kun)\b)[\p{L}'-]+){0,2}` +
    String.raw`\s*[,!]\s*`,
  'iu',
);

/** Folds a question without its salutation and expands chat shorthand ("lln" → "leerling"). */
export function normalizeQuestion(question: string): string {
  // "Beste collega,", "Hoi Anne!": a salutation before the question names nothing asked about.
  const unaddressed = question.replace(salutation, '');
  // "centraaal", "kooorts": a letter held down (before folding, so "ideeën" keeps its ë).
  return foldText(unaddressed.normalize('NFC').replace(/(\p{L})\1{2,}/gu, '$1$1')).replace(
    /[\p{L}\p{N}]+/gu,
    (word) => shorthand[word] ?? word,
  );
}
