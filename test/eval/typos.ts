/**
 * One typing slip in a message, as staff make them on a phone: a letter left out, two neighbours swapped, a letter
 * doubled, or the key beside the one meant. Seeded, so that a figure measured on it is the same on every run.
 */
const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** A seeded random number in [0, 1): the same sequence on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/** Applies one of `frames` to each message, chosen by a seeded random number. */
function seededFrames(frames: readonly ((text: string) => string)[], seed: number): (text: string) => string {
  const random = seededRandom(seed);
  return (text) => frames[Math.floor(random() * frames.length)]!(text);
}

export function createTypist(seed = 7): (text: string) => string {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const beside = (letter: string): string => {
    for (const row of keyboardRows) {
      const at = row.indexOf(letter);
      if (at >= 0) return pick([row[at - 1], row[at + 1]].filter((key): key is string => key !== undefined));
    }
    return letter;
  };
  return (text) => {
    // A word of six letters or more, in lower case: names (capitalised) stay as typed, as they are not slips.
    const words = [...text.matchAll(/\p{Ll}{6,}/gu)];
    if (words.length === 0) return text;
    const { 0: word, index } = pick(words);
    const at = 1 + Math.floor(random() * (word.length - 2));
    const slips = [
      () => word.slice(0, at) + word.slice(at + 1),
      () => word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2),
      () => word.slice(0, at) + word[at] + word.slice(at),
      () => word.slice(0, at) + beside(word[at]!) + word.slice(at + 1),
    ];
    return text.slice(0, index) + pick(slips)() + text.slice(index! + word.length);
  };
}

/** What staff put around a message: a greeting or a salutation before it, thanks or a sign-off after it. */
const wrappings: readonly ((text: string) => string)[] = [
  (text) => `Hoi! ${text}`,
  (text) => `Hallo, ${text}`,
  (text) => `Goedemorgen! ${text}`,
  (text) => `Beste collega, ${text}`,
  (text) => `${text} Alvast bedankt!`,
  (text) => `${text} Groetjes`,
  (text) => `${text} Thanks, mvg`,
];

/** Wraps each message in one of {@link wrappings}, seeded like the typist. */
export function createWrapper(seed = 11): (text: string) => string {
  return seededFrames(wrappings, seed);
}

/** How staff address the bot or announce a question before it. */
const addresses: readonly ((text: string) => string)[] = [
  (text) => `@Verzuimwijzer ${text}`,
  (text) => `Verzuimwijzer, ${text}`,
  (text) => `ff vraagje: ${text}`,
  (text) => `Quick question: ${text}`,
];

/** Puts one of {@link addresses} before each message, seeded like the typist. */
export function createAddresser(seed = 13): (text: string) => string {
  return seededFrames(addresses, seed);
}

/**
 * What staff say before what they ask: who they are (with their class or school, or new), an apology for asking, a
 * question announced, or whether the bot knows.
 */
const introductions: readonly ((text: string) => string)[] = [
  (text) => `Ik ben mentor van 2b. ${text}`,
  (text) => `Ik ben nieuw hier, ${text}`,
  (text) => `Als oco vraag ik me af: ${text}`,
  (text) => `Sorry als dit een domme vraag is, maar ${text}`,
  (text) => `Hi! ${text}`,
  (text) => `Weet jij dit? ${text}`,
  (text) => `Korte vraag. ${text}`,
];

/** Puts one of {@link introductions} before each message, seeded like the typist. */
export function createIntroducer(seed = 17): (text: string) => string {
  return seededFrames(introductions, seed);
}
