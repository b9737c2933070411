/**
 * A message that lists several pupils and asks about one ("Job 4x te laat, Fatih 12x te laat, Lara 1x.
 * Wat moet ik bij Fatih doen?") is read as the message about that one pupil: the parts about the others
 * are left out, so their counts do not mix in.
 */

const name = "[A-Z][\\p{Ll}\\p{M}'-]+";
/** The pupil the question is about: "wat moet ik met Fatih?", "wat doe ik bij Tom", "en voor Sophie?". */
const askedPattern = new RegExp(
  `\\b(?:met|bij|voor|over|aan|van)\\s+(${name})\\s*(?:\\(\\S+\\)\\s*)?(?:doen|aan|` +
    `mee)?\\s*\\??\\s*$|\\b(?:wat|hoe)\\b[^.?!]{0,40}?\\b(?:met|bij|voor|` +
    `over)\\s+(${name})\\b`,
  'u',
);
/** A pupil in a list with a count of their own: "Job 4x", "Fatih (14): 12 keer", "Lara 1x". */
const listedPattern = new RegExp(
  `(?<![\\p{L}])(${name})\\s*(?:\\([^)]{0,20}\\)\\s*)?:?\\s*(\\d+(?:[.,]\\d+)?)\\s*` +
    `(x|keer|maal|uur|lesuren|dagen)?(?![\\p{L}\\d])`,
  'gu',
);
const parts = /[^,;:.!?]+(?:[,;:.!?]+|$)/g;

/** The message with the parts about other listed pupils left out, or the message itself. */
export function focusOnAskedPupil(text: string): string {
  const asked = askedPattern.exec(text.trim());
  const askedName = asked?.[1] ?? asked?.[2];
  if (!askedName) return text;
  const listed = [...text.matchAll(listedPattern)];
  const others = new Set(listed.map((match) => match[1]!).filter((listedName) => listedName !== askedName));
  if (others.size === 0 || !listed.some((match) => match[1] === askedName)) return text;
  const mentions = (part: string, who: string) => new RegExp(`(?<![\\p{L}])${who}(?![\\p{L}])`, 'u').test(part);
  // "Jesse 13x te laat en Tom 2x": a part without its kind of absence takes it from the list.
  const kind = /[^\d]*?(?:\d+(?:[.,]\d+)?)\s*(?:x|keer|maal)?\s*([^,;.!?\d]*)/u;
  const kindOf = (part: string) =>
    kind.exec(part.replace(new RegExp(`^\\s*(?:en\\s+)?${name}\\s*(?:\\([^)]*\\))?\\s*:?`, 'u'), ''))?.[1]?.trim() ??
    '';
  const pieces = (text.match(parts) ?? [text]).flatMap((part) => part.split(/(?<=\S)\s+(?=en\s+[A-Z])/u));
  const listKind =
    pieces
      .map(kindOf)
      .find((words) => /\p{L}{3}/u.test(words) && ![...others].some((other) => words.includes(other))) ?? '';
  return pieces
    .filter((part) => mentions(part, askedName) || ![...others].some((other) => mentions(part, other)))
    .map((part) =>
      mentions(part, askedName) &&
      new RegExp(
        `${askedName}\\s*(?:\\([^)]*\\))?\\s*:?\\s*\\d+(?:[.,]\\d+)?\\s*(?:x|keer|maal)?\\s*[,;.!?]*\\s*$`,
        'u',
      ).test(part.replace(/^\s*en\s+/, '')) &&
      listKind
        ? part.replace(/([,;.!?]*)\s*$/, ` ${listKind}$1 `)
        : part,
    )
    .join(' ');
}
