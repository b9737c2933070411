/**
 * A document the question names as its source ("volgens de praktijkkaart", "in het Bossche protocol", "in het
 * jaarverslag van leerplicht"): its sections are preferred, and the name itself is no concept asked about. Works on
 * the folded question.
 */
const documentNames: readonly (readonly [string, RegExp])[] = [
  ['praktijkkaart-thuiszitters', /\b(?:volgens|in|uit|op)\s+(?:de|die|deze)\s+praktijkkaart(?:\s+thuiszitters)?\b/g],
  ['bossche-protocol', /\b(?:volgens|in|uit)\s+(?:het|ons|dat)\s+bossche\s+(?:verzuim)?protocol\b/g],
  [
    'leerplicht-jaarverslag-2021-2022',
    /\b(?:volgens|in|uit)\s+(?:het|dat)\s+jaarverslag\s+(?:van\s+)?(?:de\s+)?(?:leerplicht|lvs)\b/g,
  ],
  [
    'verzuimcoaches-jaarverslag-2023',
    new RegExp(
      String.raw`\b(?:volgens|in|uit)\s+(?:het|dat)\s+(?:jaarverslag\s+(?:van\s+)?(?:de\s+)?verzuimcoach\w*|` +
        String.raw`verzuimcoach\w*verslag)\b`,
      'g',
    ),
  ],
];

/** The documents the question names, and the question without their names. */
export function namedDocuments(folded: string): { readonly documents: readonly string[]; readonly rest: string } {
  const documents: string[] = [];
  let rest = folded;
  for (const [document, pattern] of documentNames) {
    const without = rest.replace(pattern, ' ');
    if (without !== rest) documents.push(document);
    rest = without;
  }
  return { documents, rest };
}
