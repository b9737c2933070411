/**
 * A pupil's age is redacted from a question, but the protocol's rules depend on its band: under 12 the
 * talk is with the parents, from 12 with the pupil, from 16 the pupil decides about medical information,
 * from 18 the Leerplichtwet no longer applies. The band (not the age) is what the search may use.
 */
const agePatterns: readonly RegExp[] = [
  /(?<!\d)(\d{1,2})[\s-]?(?:jaar|jr|jarige?)(?![\p{L}])/iu,
  new RegExp(
    String.raw`(?<![\p{L}])(?:leerlinge?|ll|lln|kind|jongen|meisje|zoon|dochter|jongere)\s+van\s+(\d{1,2})(?!\d)` +
      String.raw`(?!\s*(?:keer|x|uur|lesuren|dagen|dag|dagdelen|weken|week|maanden|procent|%))`,
    'iu',
  ),
  /\((\d{1,2})\)/,
];

/** The protocol's wording for an age band, from the ages it names ("jonger dan 12 jaar", "vanaf 16 jaar"). */
function bandWords(age: number): string {
  if (age < 12) return 'jonger dan 12 jaar onder 12 jaar';
  if (age < 16) return 'vanaf 12 jaar';
  if (age < 18) return 'vanaf 16 jaar';
  return '18 jaar of ouder';
}

/**
 * The age band's words for the search, or '' when the question states no age (between 4 and 23).
 * @example ageBandQuery('moet een leerling van 10 de ouders erbij hebben?') // 'jonger dan 12 jaar onder 12 jaar'
 */
export function ageBandQuery(question: string): string {
  for (const pattern of agePatterns) {
    const age = Number(pattern.exec(question)?.[1]);
    if (age >= 4 && age <= 23) return bandWords(age);
  }
  return '';
}
