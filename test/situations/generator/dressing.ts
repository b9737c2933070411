// The situation generator: fillers, word order, typos.
import fc from 'fast-check';
import type { ExpectedSlots } from './slots.js';

export const openers = ['', '', 'hoi, ', 'hoi! ', 'even snel: ', 'help, ', 'vraagje: ', 'Hallo, '];
const asks = [
  'wat nu?',
  'Wat nu?',
  'wat moet ik doen?',
  'moet ik dit melden?',
  'is dit al een duo melding?',
  'wat is de volgende stap?',
  'wat moet er nu gebeuren?',
  '',
];
export const closers = ['', '', ' groetjes', ' alvast bedankt!', ' gr'];

/** Words a typo may land in: long enough (≥ 7 letters) that one slip is still readable. */
const typoWords = [
  'gespijbeld',
  'ongeoorloofd',
  'ziekgemeld',
  'dagdelen',
  'ochtenden',
  'middagen',
  'jeugdarts',
  'verschenen',
  'kerstvakantie',
  'herfstvakantie',
  'voorjaarsvakantie',
  'preventief',
  'ingeschakeld',
  'meewerken',
];
const typoTargets = new RegExp(`\\b(${typoWords.join('|')})\\b`);

/** A small seeded generator (mulberry32), so a typo is the same on every run of a seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Edits between two words (insert, delete, substitute, swap neighbours); the generator's own. */
function distance(left: string, right: string): number {
  const rows = Array.from({ length: left.length + 1 }, (_, i) =>
    Array.from({ length: right.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= left.length; i += 1) {
    for (let j = 1; j <= right.length; j += 1) {
      const row = rows[i]!;
      row[j] = Math.min(
        rows[i - 1]![j]! + 1,
        row[j - 1]! + 1,
        rows[i - 1]![j - 1]! + (left[i - 1] === right[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1])
        row[j] = Math.min(row[j]!, rows[i - 2]![j - 2]! + 1);
    }
  }
  return rows[left.length]![right.length]!;
}

/**
 * One slip inside a long key word: two letters swapped, one dropped or one doubled (never the first).
 * A slip that lands as close to another key word ("herstvakantie": herfst or kerst?) is not made,
 * since no reader could tell which was meant.
 */
export function withTypo(text: string, seed: number): string {
  const match = typoTargets.exec(text);
  if (!match) return text;
  const random = seeded(seed);
  const word = match[1]!;
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  const typed =
    kind === 0
      ? word.slice(0, at) + word[at + 1]! + word[at]! + word.slice(at + 2)
      : kind === 1
        ? word.slice(0, at) + word.slice(at + 1)
        : word.slice(0, at) + word[at]! + word.slice(at);
  if (typoWords.some((other) => other !== word && distance(typed, other) <= distance(typed, word))) return text;
  return text.slice(0, match.index) + typed + text.slice(match.index + word.length);
}

type Dressing = { opener: string; ask: string; closer: string; askFirst: boolean; typo: boolean; seed: number };
export const dressingArbitrary: fc.Arbitrary<Dressing> = fc.record({
  opener: fc.constantFrom(...openers),
  ask: fc.constantFrom(...asks),
  closer: fc.constantFrom(...closers),
  askFirst: fc.boolean(),
  typo: fc.boolean(),
  seed: fc.nat(),
});

export function dress(facts: readonly string[], { opener, ask, closer, askFirst, typo, seed }: Dressing): string {
  const body = facts.join('. ');
  const joint = /[.!?)]$/.test(body) ? ' ' : ', ';
  const text =
    askFirst && ask ? `${opener}${ask} ${body}${closer}` : `${opener}${body}${ask ? `${joint}${ask}` : ''}${closer}`;
  return typo ? withTypo(text, seed) : text;
}

export function mergeSlots(...all: readonly ExpectedSlots[]): ExpectedSlots {
  const merged: ExpectedSlots = {};
  for (const slots of all) {
    const { events: ownEvents, ...rest } = slots;
    Object.assign(merged, rest);
    if (ownEvents) merged.events = { ...merged.events, ...ownEvents };
  }
  return merged;
}
