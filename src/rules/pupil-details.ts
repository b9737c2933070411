/** What a message says of the pupil beside the absence: age and kind of school. Works on normalized text. */
import { first } from './situation-patterns.js';

/** The pupil's age in years, 4 to 20: "Sanne (14)", "is 12 jaar", "een 15-jarige" — not "al 2 jaar thuis". */
export function parseAge(text: string): number | undefined {
  const patterns = [
    /\((\d{1,2})(?:\s*jaar|\s*jr)?\s*[,;)]/,
    /(?:\bis|\bvan|,|\bleeftijd:?)\s*(\d{1,2})\s*(?:jaar|jr)\b/,
    /(\d{1,2})[\s-]*jarige?\b/,
    /leerling\s+van\s+(\d{1,2})\b/,
    /[a-z]\s*,\s*(\d{1,2})\s*(?:jaar|jr)?\s*(?:\)|[.!?]|$)/,
    /\bis\s+(\d{1,2})\s*(?:,|\ben\b)/,
    new RegExp(
      String.raw`(?<!\b(?:in|binnen|al|sinds|afgelopen|over|na|laatste)\s+)(?<![\d.])\b(\d{1,2})\s*(?:jaar|` +
        String.raw`jr)\b(?!\s+(?:geleden|lang|oud\s+geleden|thuis))`,
    ),
  ];
  for (const pattern of patterns) {
    const value = first(pattern, text);
    if (value !== undefined && value >= 4 && value <= 20) return value;
  }
  return undefined;
}

/** Primary (groep 1-8, basisschool, a leerkracht or IB-er) or secondary school (klas, havo, brugklas, …). */
export function parseSchoolType(text: string): 'po' | 'vo' | undefined {
  if (/\bgroep\s*[1-8]\b|basisschool|\bpo\b|basisonderwijs|leerkracht|\bib[\s'-]?er\b|intern\s+begeleider/.test(text))
    return 'po';
  if (
    new RegExp(
      String.raw`\bklas\s*[1-6]\b|brugklas|\bvo\b|havo|vwo|vmbo|mavo|gymnasium|atheneum|` +
        String.raw`middelbare|leerjaar\s*[1-6]|\b[1-6](?:e|de|ste)\s+(?:klas|jaar)|` +
        String.raw`\b[1-6]\s*(?:havo|vwo|vmbo|mavo)|\bmbo\b`,
    ).test(text)
  )
    return 'vo';
  return undefined;
}
