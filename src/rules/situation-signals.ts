import { z } from 'zod';
import { loadKnowledgeData } from '../knowledge/knowledge-base.js';
import { foldDutch } from './dutch-numbers.js';

/**
 * The signals staff name in a situation, as data (`knowledge/situation-signals.yaml`): worry beyond the
 * numbers, and problems behind the absence. Written from the documents and staff language, not from the
 * evaluation's messages.
 */
export type SignalKind = 'worry' | 'concern' | 'background';

const entries = z.array(z.string().min(2)).min(1);
const signalsSchema = z.object({
  worry: entries,
  concern: entries,
  background: entries,
});

/**
 * One entry as a pattern over folded text: words separated by spaces, `*` alone is any one word, a word
 * ending in `*` any continuation ("depressie*" → "depressief"). Whole words only.
 * @example entryPattern('in * schulp') // 'in[\\s-]+\\S+[\\s-]+schulp'
 */
export function entryPattern(entry: string): string {
  return foldDutch(entry)
    .trim()
    .split(/\s+/)
    .map((word, position) => {
      if (word === '*') return String.raw`\S+`;
      // A verb leading the entry is read in its other forms too: "huilt" → "huilen", "huilde", "huilend".
      if (position === 0 && /^\p{L}{3,}t$/u.test(word) && !notVerbs.has(word)) return verbForms(word);
      const stem = word.endsWith('*') ? word.slice(0, -1) : word;
      const escaped = stem.replace(/[.?+^$()[\]{}|\\]/g, (character) => `\\${character}`);
      return word.endsWith('*') ? `${escaped}[\\p{L}\\p{N}-]*` : escaped;
    })
    .join(String.raw`[\s-]+`);
}

/** Words ending in "t" that lead an entry but are no verb. */
const notVerbs = new Set(['niet', 'slecht', 'net', 'laat', 'licht', 'angst', 'verdriet', 'burnout', 'eetlust']);

/**
 * The forms of a verb given in its third person ("huilt", "klaagt", "zakt"): as written, the plural and infinitive
 * ("huilen", "klagen", "zakken"), the past ("huilde", "zakte", "huilden") and the present participle ("huilend").
 * @example verbForms('klaagt') // '(?:klaagt|klagen|klaagde|klaagden|klaagte|klaagten|klagend|klagende)'
 */
export function verbForms(third: string): string {
  const stem = third.slice(0, -1);
  // Dutch spelling: a long vowel is written once in an open syllable ("klaag" → "klagen"), a short one doubles the
  // consonant after it ("zak" → "zakken").
  const open = /([aeou])\1([^aeiou])$/.test(stem)
    ? stem.replace(/([aeou])\1([^aeiou])$/, '$1$2')
    : /[^aeiou][aeiou][bdfgklmnprst]$/.test(stem)
      ? stem + stem.at(-1)
      : stem;
  const forms = [third, `${open}en`, `${stem}de`, `${stem}den`, `${stem}te`, `${stem}ten`, `${open}end`, `${open}ende`];
  return `(?:${[...new Set(forms)].join('|')})`;
}

/**
 * Two words in either order, one word between allowed (no denial): a main clause says "ze slaapt slecht", a
 * subordinate one "dat ze (heel) slecht slaapt"; "thuis geen problemen" is none.
 */
export function reorderedPattern(entry: string): string | undefined {
  const words = foldDutch(entry).trim().split(/\s+/);
  if (words.length !== 2 || words.includes('*')) return undefined;
  const [first, second] = words.map((word) => entryPattern(word));
  // The word between is no denial: "thuis geen problemen".
  const between = String.raw`(?:(?!(?:geen|niet|nooit|niks|niets)\s)\S+\s+)?`;
  return `${first}[\\s-]+${between}${second}|${second}[\\s-]+${between}${first}`;
}

/** The entries of one kind as one pattern, longest first so that the longest phrase is the one found. */
function patternOf(list: readonly string[]): RegExp {
  const patterns = [...new Set(list.map((entry) => reorderedPattern(entry) ?? entryPattern(entry)))].sort(
    (left, right) => right.length - left.length,
  );
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${patterns.join('|')})(?![\p{L}\p{N}])`, 'u');
}

let compiled: Record<SignalKind, RegExp> | undefined;

/** The pattern of one kind of signal, compiled once from the knowledge data. */
export function signalPattern(kind: SignalKind): RegExp {
  if (!compiled) {
    const signals = loadKnowledgeData('situation-signals.yaml', signalsSchema);
    compiled = {
      worry: patternOf(signals.worry),
      concern: patternOf(signals.concern),
      background: patternOf(signals.background),
    };
  }
  return compiled[kind];
}
