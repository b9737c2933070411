import { sickWords } from './situation-patterns.js';

const lastMonth = String.raw`(?:vorige|afgelopen)\s+maand`;
const thisMonth = String.raw`deze\s+maand`;
const also = String.raw`(?:(?:al|ook|nog|weer)\s+)?`;
const count = String.raw`(\d+)\s*(keer|dagen|dag)?`;

/** "vorige maand 4 dagen ziek en deze maand al 2", "2 keer deze maand ziek, en vorige maand ook 2 keer". */
const splitOverMonths = [
  new RegExp(String.raw`${lastMonth}\s+${also}${count}\b(.{0,40}?)\b${thisMonth}\s+${also}${count}\b`),
  new RegExp(String.raw`${thisMonth}\s+${also}${count}\b(.{0,40}?)\b${lastMonth}\s+${also}${count}\b`),
  new RegExp(String.raw`\b${count}\s+${thisMonth}\b(.{0,40}?)\b${lastMonth}\s+${also}${count}\b`),
];

/**
 * Sick counts told per month ("vorige maand 4 dagen ziek en deze maand al 2") are one count over the two
 * months, as the protocol's criteria count them: rewritten as "6 dagen in de afgelopen 2 maanden".
 * Only for sickness, whose criteria count over a period; other text is returned as it was.
 * @example mergeMonthCounts('vorige maand 4 dagen ziek en deze maand al 2')
 * // '6 dagen in de afgelopen 2 maanden ziek en '
 */
export function mergeMonthCounts(normalized: string): string {
  if (!sickWords.test(normalized)) return normalized;
  for (const pattern of splitOverMonths) {
    const match = pattern.exec(normalized);
    if (!match) continue;
    const [whole, first, firstUnit, between, second, secondUnit] = match;
    const unit = firstUnit ?? secondUnit ?? 'keer';
    const merged = `${Number(first) + Number(second)} ${unit} in de afgelopen 2 maanden ${between!.trim()} `;
    return normalized.replace(whole, merged);
  }
  return normalized;
}
