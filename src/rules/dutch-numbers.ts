/**
 * Dutch number words in chat text. No maintained Dutch words-to-number package exists on npm
 * (`words-to-numbers` is English only), so this is a small table; the tests cover it.
 */

const units: Readonly<Record<string, number>> = {
  nul: 0,
  een: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
};

const simple: Readonly<Record<string, number>> = {
  ...units,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
};

const tens: Readonly<Record<string, number>> = {
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
};

/** Lowercase, without diacritics ("één" → "een", "drieëntwintig" → "drieentwintig"). */
export function foldDutch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/**
 * The value of one Dutch number word, or undefined.
 * @example parseDutchNumberWord('drieëntwintig') // 23
 */
export function parseDutchNumberWord(word: string): number | undefined {
  const folded = foldDutch(word.trim());
  if (folded in simple) return simple[folded];
  if (folded === 'anderhalf' || folded === 'anderhalve') return 1.5;
  if (folded === 'half' || folded === 'halve') return 0.5;
  const compound = new RegExp(
    String.raw`^(een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(twintig|dertig|veertig|` +
      String.raw`vijftig|zestig|zeventig|tachtig|negentig)$`,
  ).exec(folded);
  if (compound) return units[compound[1]!]! + tens[compound[2]!]!;
  const andHalf = /^(een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)enhal(?:f|ve)$/.exec(folded);
  if (andHalf) return simple[andHalf[1]!]! + 0.5;
  return undefined;
}

const unitWords =
  'keer|maal|dag|dagen|dagdeel|dagdelen|week|weken|maand|maanden|uur|uren|lesuur|le' +
  'suren|ochtend|ochtenden|middag|middagen|ziekmelding|ziekmeldingen|jaar|schooldag' +
  '|schooldagen|schoolweek|schoolweken';

const numberWordPattern =
  '(?:(?:een|twee|drie|vier|vijf|zes|zeven|acht|negen)en(?:twintig|dertig|veertig|v' +
  'ijftig|zestig|zeventig|tachtig|negentig)|(?:een|twee|drie|vier|vijf|zes|zeven|ac' +
  'ht|negen|tien)enhal(?:f|ve)|anderhal(?:f|ve)|nul|twee|drie|vier|vijf|zes|zeven|a' +
  'cht|negen|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|n' +
  'egentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|honderd' +
  ')';

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Folds the text (lowercase, no diacritics) and writes every number as digits with a dot decimal:
 * "negen keer" → "9 keer", "anderhalve dag" → "1.5 dag", "3x" → "3 keer", "1,5 dag" → "1.5 dag",
 * "twee en een halve week" → "2.5 week", "een dag" → "1 dag", "een halve dag" → "0.5 dag".
 * "een" becomes 1 only before a unit ("een dag", "een keer"), so the article stays an article.
 */
export function normalizeDutchNumbers(text: string): string {
  // The accented "één" is always the numeral, never the article.
  let result = foldDutch(text.normalize('NFC').replace(/(?<![\p{L}])(?:één|eén|éen)(?![\p{L}])/giu, '1'));
  result = result.replace(/(\d+),(\d+)/g, '$1.$2');
  // Hours said small: "een uurtje", "twee uurtjes" ("een dagje weg" is a day out, not a count).
  // "af en toe een uurtje" says how often only vaguely: left as typed, so that the rules ask.
  result = result.replace(
    /(?<!\b(?:af\s+en\s+toe|soms|weleens|wel\s+eens|regelmatig|vaak|steeds)\s+een\s+)\buurtjes?\b/g,
    'uur',
  );
  result = result.replace(/(\d+)\s*(?:x|×)(?=\s|$|[.,;!?)])/g, '$1 keer');
  result = result.replace(new RegExp(`\\b(${numberWordPattern})\\b`, 'g'), (word) =>
    formatNumber(parseDutchNumberWord(word)!),
  );
  // "2 en een halve dag", "2 en een half uur", "2,5" already done.
  result = result.replace(/\b(\d+(?:\.\d+)?)\s+en\s+een\s+hal(?:f|ve)\b/g, (_, whole: string) =>
    formatNumber(Number(whole) + 0.5),
  );
  result = result.replace(new RegExp(`\\been\\s+hal(?:f|ve)\\s+(?=(?:${unitWords})\\b)`, 'g'), '0.5 ');
  result = result.replace(new RegExp(`\\bhal(?:f|ve)\\s+(?=(?:${unitWords})\\b)`, 'g'), '0.5 ');
  result = result.replace(new RegExp(`\\been\\s+(?=(?:hele\\s+)?(?:${unitWords})\\b)`, 'g'), '1 ');
  return result;
}
