/**
 * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
 * neighbouring letters), the edits a hurried typist makes. Stops early once `max` is exceeded.
 * @example editDistance('gespijbelt', 'gespijbeld', 2) // 1
 */
export function editDistance(left: string, right: string, max = Infinity): number {
  if (Math.abs(left.length - right.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j += 1) {
      const cost = left[i - 1] === right[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1])
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[right.length]!;
}

/**
 * How many typing errors a word of this length may carry and still be recognised: none up to 5
 * letters (too many real words lie one edit apart: "weken"/"werken", "negen"/"tegen"), one up to 9
 * ("opgehaald" is two from "opgedaagd"), two from 10 ("ongeoorloofd", "gespijbeld").
 */
export function editBudget(length: number): number {
  if (length <= 5) return 0;
  if (length <= 9) return 1;
  return 2;
}
