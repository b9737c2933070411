/**
 * Letters staff swap because they sound alike ("gemelt", "zorgwekkent", "privicy"): any two vowels, d/t,
 * s/z, f/v, c/k, g/ch's g. Another replaced letter makes another word more often than a typo
 * ("vader" is not "vaker", "betalen" not "behalen"), so a replacement must be one of these.
 */
const soundAlike = new Set(['dt', 'sz', 'fv', 'ck', 'ks', 'cs', 'gh', 'yi', 'yj', 'ij']);
const vowels = new Set('aeiouy');

function soundsAlike(left: string, right: string): boolean {
  if (vowels.has(left) && vowels.has(right)) return true;
  return soundAlike.has(left < right ? `${left}${right}` : `${right}${left}`);
}

/** The letter keys of a keyboard, row by row (QWERTY, as Dutch keyboards are). */
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters next to each other in the same row of the keyboard. */
function besideOnKeyboard(left: string, right: string): boolean {
  return keyboardRows.some((row) => {
    const at = row.indexOf(left);
    return at >= 0 && (row[at - 1] === right || row[at + 1] === right);
  });
}

/** Keys that touch: beside each other, or in the row above or below, which are staggered. */
export function keysTouch(left: string, right: string): boolean {
  return keyboardRows.some((row, index) => {
    const at = row.indexOf(left);
    if (at < 0) return false;
    if (row[at - 1] === right || row[at + 1] === right) return true;
    return [keyboardRows[index - 1], keyboardRows[index + 1]].some((other) => {
      const there = other?.indexOf(right) ?? -1;
      return there >= 0 && Math.abs(there - at) <= 1;
    });
  });
}

/**
 * Whether `typed` may be a slip for `known`, given the edit distance: each replaced letter must sound
 * alike; a letter too many in a short word must double its neighbour ("oorzaaak"), since dropping one
 * letter of a short word often gives another word ("wiens" is not "wens"). `beside`: a letter replaced by the key
 * beside it counts too ("protpcol"), for a typed word that is no everyday word.
 */
export function plausibleSlip(typed: string, known: string, edits: number, beside = false): boolean {
  if (typed.length === known.length && edits === 1) {
    for (let position = 0; position < typed.length; position++) {
      if (typed[position] !== known[position])
        return (
          soundsAlike(typed[position]!, known[position]!) ||
          (beside && besideOnKeyboard(typed[position]!, known[position]!))
        );
    }
  }
  if (typed.length === known.length + 1 && edits === 1 && typed.length < 7) {
    for (let position = 0; position < typed.length; position++) {
      if (typed[position] !== known[position])
        return typed[position] === typed[position - 1] || typed[position] === typed[position + 1];
    }
  }
  if (typed.length === known.length && edits === 2 && !isTransposition(typed, known)) {
    const differing = [...typed].flatMap((letter, position) =>
      letter === known[position] ? [] : [[letter, known[position]!] as const],
    );
    // Two letters replaced (not a letter dropped and another added elsewhere): both must sound alike.
    return differing.length !== 2 || differing.every(([left, right]) => soundsAlike(left, right));
  }
  return true;
}

/** Two adjacent letters swapped ("jeugdarst"): one slip of the fingers, though Levenshtein counts two. */
export function isTransposition(left: string, right: string): boolean {
  if (left.length !== right.length) return false;
  let first = -1;
  for (let position = 0; position < left.length; position++) {
    if (left[position] === right[position]) continue;
    if (first !== -1)
      return (
        position === first + 1 &&
        left[first] === right[position] &&
        left[position] === right[first] &&
        left.slice(position + 1) === right.slice(position + 1)
      );
    first = position;
  }
  return false;
}
