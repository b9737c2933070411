import { distance } from 'fastest-levenshtein';

/** Lower case, no diacritics ("coördinator" → "coordinator"). */
export function foldWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The words of a message, folded; hyphens and punctuation split words ("jgz-arts" → "jgz", "arts"). */
export function wordsOf(text: string): string[] {
  return (foldWord(text).match(/[\p{L}\d]+/gu) ?? []).flatMap((word) => {
    // A verb typed together with its pronoun: "kunjij", "hebje", "wiljij".
    const glued = /^(kun|kan|kunt|wil|wilt|heb|hebt|ben|weet|moet|mag|zal)(jij|je)$/.exec(word);
    if (glued) return [glued[1]!, glued[2]!];
    // A question word typed together with the next word: "welkemaand", "hoeveeldagen" (not "hoeveelheid").
    const asked = /^(welke|hoeveel|wanneer|waarom)(?!heid|heden)(\p{L}{3,})$/u.exec(word);
    return asked ? [asked[1]!, asked[2]!] : [word];
  });
}

/**
 * How many typing errors a word of this length tolerates: none below 5 letters, 2 from 13 (2 from 9
 * would take "aanmelding" for "aanmeldingen" and "begeleid" for "begeleider").
 */
export function editBudget(length: number): number {
  if (length < 5) return 0;
  return length >= 13 ? 2 : 1;
}

/** Whether two words of 4+ letters differ by one swap of neighbours ("jeugdarst" / "jeugdarts"): one typing error. */
export function swapsOnce(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a === b) return false;
  let first = 0;
  while (a[first] === b[first]) first += 1;
  return a[first] === b[first + 1] && a[first + 1] === b[first] && a.slice(first + 2) === b.slice(first + 2);
}

/**
 * Whether a word matches a lexicon term (see `knowledge/capabilities.yaml`): "=word" only as the whole
 * word; a stem as a prefix, inside a compound from 6 letters, or within the edit budget (the word and its
 * prefix of the stem's length are both tried, so "aanmeldingen" and "aanmeldngen" both match "aanmeld").
 */
export function matchesTerm(word: string, term: string): boolean {
  if (matchesSpelled(word, term)) return true;
  // A slip by sound ("overzigt", "gesprekslijdraad"): compared as both sound, with no further slip
  // ("bereiken" sounds one edit away from "bekijken").
  const bare = term[0] === '=' || term[0] === '*' ? term.slice(1) : term;
  let heardTerm = heardTerms.get(bare);
  if (heardTerm === undefined) heardTerms.set(bare, (heardTerm = soundFold(bare)));
  const heard = soundFold(word);
  if (heard === word && heardTerm === bare) return false;
  if (term.startsWith('*')) return heard.endsWith(heardTerm) && heard.length > heardTerm.length;
  if (term.startsWith('=')) return heard === heardTerm;
  return heard.startsWith(heardTerm) || (heardTerm.length >= 6 && heard.includes(heardTerm));
}

/**
 * A word as it sounds, for slips that cost two edits though they are one to the writer: "ch" written "g"
 * ("overzigt", "leerplig"), "ij" written "y" or "ei", a final "dt" written "t".
 */
export function soundFold(word: string): string {
  // Most words hold none of these: no new string for them (this runs for every word against every term).
  if (!word.includes('ch') && !word.includes('y') && !word.includes('ei') && !word.endsWith('dt')) return word;
  return word.replace(/ch/g, 'g').replace(/y|ei/g, 'ij').replace(/dt$/, 't');
}

/** The lexicon's terms as they sound (the lexicon is fixed: no message's words are kept). */
const heardTerms = new Map<string, string>();

function matchesSpelled(word: string, term: string): boolean {
  if (term.startsWith('*')) return word.endsWith(term.slice(1)) && word.length > term.length;
  if (term.startsWith('=')) {
    const whole = term.slice(1);
    if (word === whole || swapsOnce(word, whole)) return true;
    const budget = editBudget(whole.length);
    return (
      budget > 0 &&
      word[0] === whole[0] &&
      Math.abs(word.length - whole.length) <= budget &&
      distance(word, whole) <= budget
    );
  }
  if (word.startsWith(term) || swapsOnce(word.slice(0, term.length), term)) return true;
  if (term.length >= 6 && word.length > term.length && word.includes(term)) return true;
  const budget = editBudget(term.length);
  if (budget === 0 || word[0] !== term[0] || word.length < term.length - budget) return false;
  // A stem of 8+ letters inside a longer word tolerates one error ("aanmeldngen"); two would take
  // "schoolangst" for "schoolarts", and a shorter stem would take "gesproken" for "gesprek".
  // The prefix is tried one letter shorter and longer too, so a dropped or doubled letter counts as one.
  const nearPrefix =
    term.length >= 8 && [-1, 0, 1].some((shift) => distance(word.slice(0, term.length + shift), term) <= 1);
  return nearPrefix || distance(word, term) <= budget;
}

/** Whether any word of the message matches any of the terms. */
export function mentionsAny(words: readonly string[], terms: readonly string[]): boolean {
  return words.some((word) => terms.some((term) => matchesTerm(word, term)));
}

/**
 * The terms of a lexicon that a message's words match, found without trying every term on every
 * word: a term can only match a word starting with the same letter, except a stem inside a compound,
 * which is a substring test. Nothing is kept between messages (words may be pupils' names).
 */
export function createTermMatcher(terms: Iterable<string>): (words: readonly string[]) => ReadonlySet<string> {
  const byFirstLetter = new Map<string, string[]>();
  // Each stem with how it sounds: a compound may hold either ("gesprekslijdraad").
  const compoundStems: [string, string][] = [];
  const suffixes: string[] = [];
  for (const term of new Set(terms)) {
    if (term.startsWith('*')) {
      suffixes.push(term);
      continue;
    }
    const letter = term.startsWith('=') ? term[1]! : term[0]!;
    byFirstLetter.set(letter, [...(byFirstLetter.get(letter) ?? []), term]);
    if (!term.startsWith('=') && term.length >= 6) compoundStems.push([term, soundFold(term)]);
  }
  const wholeWords = new Set([...byFirstLetter.values()].flat().filter((term) => term.startsWith('=')));
  // A compound of two whole-word terms ("introductiemodule", "verzuimregels") holds both.
  const partsOf = (word: string): string[] => {
    for (let split = 3; split <= word.length - 3; split++) {
      const right = `=${word.slice(split)}`;
      if (!wholeWords.has(right)) continue;
      const left = word.slice(0, split);
      const leftTerm = [`=${left}`, `=${left.slice(0, -1)}`].find((term) => wholeWords.has(term));
      if (leftTerm && (leftTerm.length === left.length + 1 || /[se]$/.test(left))) return [leftTerm, right];
    }
    return [];
  };
  return (words) => {
    const matched = new Set<string>();
    for (const word of words) {
      for (const part of word.length >= 8 ? partsOf(word) : []) matched.add(part);
      for (const term of byFirstLetter.get(word[0] ?? '') ?? [])
        if (!matched.has(term) && matchesTerm(word, term)) matched.add(term);
      const heard = soundFold(word);
      for (const [stem, heardStem] of compoundStems)
        if (!matched.has(stem) && word.length > stem.length && (word.includes(stem) || heard.includes(heardStem)))
          matched.add(stem);
      for (const suffix of suffixes) if (!matched.has(suffix) && matchesTerm(word, suffix)) matched.add(suffix);
    }
    return matched;
  };
}
