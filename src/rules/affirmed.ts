const negation = /\b(?:geen|niet|nooit|nog\s+niet)\b/;

const globalVersions = new WeakMap<RegExp, RegExp>();

/**
 * Whether the pattern occurs in the text and is not denied: no "geen", "niet", "nooit" inside the
 * match or in the three words before it within its clause (six across an "of") ("nog geen preventief gesprek gehad",
 * "jeugdarts is nog niet ingeschakeld"). For facts that are themselves a "not" (the pupil did not
 * come) use `pattern.test` instead.
 */
export function affirmed(pattern: RegExp, text: string, skip?: (match: string, clause: string) => boolean): boolean {
  let global = globalVersions.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'g');
    globalVersions.set(pattern, global);
  }
  for (const match of text.matchAll(global)) {
    const clause =
      text
        .slice(0, match.index)
        .split(/[,.;:!?()]|\bmaar\b/)
        .pop() ?? '';
    // "nooit bij leerplicht of op het spreekuur geweest": a denial reaches over "of" to what it joins.
    const words = clause.trim().split(/\s+/);
    const window = words.slice(-3).includes('of') ? 6 : 3;
    const before = words.slice(-window).join(' ');
    if (negation.test(match[0]) || negation.test(before)) continue;
    if (skip?.(match[0], clause)) continue;
    return true;
  }
  return false;
}
