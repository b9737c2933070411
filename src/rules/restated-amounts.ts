/**
 * Amounts told twice in one message, kept once: a list with its total, an amount restated in another unit or in
 * parentheses, a total after a part, a count corrected in the same breath. Works on the normalized text (see
 * `situation-text.ts`).
 */
const amountUnits =
  'dagdelen|dagdeel|ochtenden|ochtend|middagen|middag|schooldagen|dagen|dag|lesuren|lesuur|uren|uur|lessen';

/**
 * Amounts listed with their total keep only the total: "3/11 2 uur, 10/11 3 uur, 17/11 3 uur = 8 uur" → "8 uur",
 * "2 uur, 3 uur en 4 uur gespijbeld, samen 9 uur" → "9 uur gespijbeld" (the parts and the total would otherwise be
 * added up).
 */
export function listTotals(text: string): string {
  const part = String.raw`(?:\d{1,2}[/-]\d{1,2}\s+)?\d+(?:\.\d+)?\s+(?:${amountUnits})`;
  return text.replace(
    new RegExp(
      String.raw`\b${part}(?:\s*(?:,|\ben\b|\+)\s*${part})+((?:\s+[^\d\s,.;]+){0,3}?)\s*,?\s*` +
        String.raw`(?:=|is\s+samen|samen|in\s+totaal|totaal)\s*` +
        String.raw`(\d+(?:\.\d+)?\s+(?:${amountUnits}))\b`,
      'g',
    ),
    (_, between: string, total: string) => `${total}${between}`,
  );
}

/**
 * An amount restated in another unit stands once, in the unit of the restatement: "3 ochtenden gemist, dat is
 * 1.5 dag" → "1.5 dag gemist", "1 hele middag, dat was 3 uur" → "3 uur"; so is a total told after a part ("weer 4 uur
 * niet geweest, dus 9 uur in totaal" → "9 uur"), and one restated in parentheses ("2 weken ziek (11 schooldagen)").
 */
export function restatedAmounts(text: string): string {
  // "daarna nog 4 van die 10 uren": a part of an amount told before; "verspreid over 5 dagen": how it is spread.
  const parts = text
    .replace(new RegExp(String.raw`\b\d+\s+van\s+(?:die|deze)\s+\d+(?:\s+(?:${amountUnits}|keer))?\b`, 'g'), 'een deel')
    .replace(/\bverspreid\s+over\s+\d+\s+(?:verschillende\s+)?(?:dagen|weken|lessen|maanden)\b/g, 'verspreid');
  // "2 weken ziek (11 schooldagen)": weeks restated as days.
  const inDays = parts.replace(
    new RegExp(
      String.raw`\b\d+(?:\.\d+)?\s+(?:weken|week)\b([^,.;:!?\d(]{0,30}?)\s*\((\d+\s+(?:schooldagen|dagen))\)`,
      'g',
    ),
    (_, between: string, days: string) => `${days}${between}`,
  );
  return inDays.replace(
    new RegExp(
      `\\b\\d+(?:\\.\\d+)?\\s+(?:hele\\s+)?(?:${amountUnits})\\b([^,.;:!?\\d]{0,30}?)\\` +
        `s*,?\\s*(?:dat\\s+(?:is|was|zijn|waren)|oftewel|ofwel|=|dus|in\\s+totaal|totaal|\\()\\s*(?:dus\\s+|nu\\s+|` +
        `samen\\s+|in\\s+totaal\\s+)?(\\d+(?:\\.\\d+)?\\s+(?:${amountUnits}))\\b\\)?`,
      'g',
    ),
    (_, between: string, restated: string) => `${restated}${between}`,
  );
}

/**
 * A count the writer corrects in the same breath keeps only the correction: "9 keer, nee 10" → "10 keer",
 * "11 keer te laat, sorry, 13 keer" → "13 keer te laat".
 */
export function correctedCounts(text: string): string {
  return text.replace(
    new RegExp(
      String.raw`\b(\d+(?:\.\d+)?)(\s*(?:x|keer|maal|uur|uren|lesuren|dagen|schooldagen|` +
        String.raw`weken)?)((?:\s+[a-z-]+){0,3}?)\s*[,.;:-]?\s*(?:\(?\s*)?(?:nee|neen|sorry|` +
        String.raw`correctie|oeps|ik\s+bedoel|of\s+eigenlijk)\s*[,:!.]?\s*(?:het\s+(?:is|zijn|was|` +
        String.raw`waren)\s+)?(\d+(?:\.\d+)?)\b(\s*(?:x|keer|maal|uur|uren|lesuren|dagen|` +
        String.raw`schooldagen|weken)\b)?\)?`,
      'g',
    ),
    (whole, _old: string, unit: string, between: string, corrected: string, newUnit?: string) =>
      `${corrected}${newUnit ?? unit}${between}`,
  );
}
