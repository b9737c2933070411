import type { CapabilityLexicon, LexiconCapability } from './capability-lexicon.js';
import type { Intent } from './understanding.js';

/** The words and fixed phrases the understanding step reads a message by. */
/** The manifest commands and their exact forms: shortcuts that always open their capability. */
export const shortcuts: ReadonlyMap<string, Intent> = new Map([
  ['aanmeldformulier', 'aanmeldformulier'],
  ['verzuimcoach', 'verwijzing'],
  ['verwijzing', 'verwijzing'],
  ['gespreksleidraad', 'gespreksleidraad'],
  ['onboarding', 'onboarding'],
  ['onboarding starten', 'onboarding'],
  ['onboarding overzicht', 'onboarding-overzicht'],
  ['overzicht', 'overzicht'],
  ['rollen', 'rollen'],
  ['help', 'help'],
  ['hulp', 'help'],
  ['menu', 'help'],
  ['hallo', 'help'],
  ['hoi', 'help'],
  ['hey', 'help'],
  ['hi', 'help'],
  ['start', 'help'],
  ['wat nu', 'wat-nu'],
  ['openstaande acties', 'openstaande-acties'],
  ['acties', 'openstaande-acties'],
  ['wat loopt er nog', 'openstaande-acties'],
  ['mijn acties', 'mijn-acties'],
]);

export function mentionStrengths(
  matched: ReadonlySet<string>,
  lexicon: CapabilityLexicon,
): Map<LexiconCapability, number> {
  const strengths = new Map<LexiconCapability, number>();
  for (const [capability, signals] of lexicon.signals) {
    for (const signal of signals) {
      if (strengths.has(capability) && signal.strength <= strengths.get(capability)!) continue;
      if (signal.groups.every((group) => group.some((term) => matched.has(term))))
        strengths.set(capability, signal.strength);
    }
  }
  return strengths;
}

/** Words of chatting with a bot that everyday Dutch lists may lack: never "corrected". */
export const chatWords = [
  'chat',
  'chatten',
  'bot',
  'chatbot',
  'app',
  'teams',
  'tool',
  'link',
  'mail',
  'dashboard',
  'menu',
  'help',
  'oke',
  'thanks',
  'status',
  'todo',
  'follow',
  'ups',
  // The follow-through's and the bot's own words, so that "deadlnes" and "opentstaande" are read as meant.
  'deadline',
  'deadlines',
  'openstaande',
  'actiepunten',
  'mogelijkheden',
  'functies',
  'permissions',
  'aangeraden',
  'geadviseerd',
  'vink',
  'afvinken',
  // Flemish: "kunde gij …".
  'kunde',
  'gij',
];

/** Folded text as typed, one space between words, letters held down counted once ("heeeelp", "hallooo"). */
export function typedForm(folded: string): string {
  return folded
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A forwarded mail's header lines ("---- Doorgestuurd bericht ----", "Van: …", "Verzonden: …") say nothing of
 * what is asked ("doorgestuurd" is not a record's status); the subject line keeps its words.
 */
export function withoutMailHeaders(text: string): string {
  if (!/-{2,}\s*(?:doorgestuurd|forwarded|oorspronkelijk)|^\s*(?:fwd?|doorst)\s*:/im.test(text)) return text;
  return text
    .split('\n')
    .filter((line) => !/^\s*(?:-{2,}.*-{2,}|(?:van|aan|cc|verzonden|datum|from|to|sent|date)\s*:.*)\s*$/i.test(line))
    .map((line) => line.replace(/^\s*(?:onderwerp|subject|fwd?)\s*:\s*/i, ''))
    .join('\n');
}

/**
 * A subordinate clause up to the end of its clause: "nadat we hem hebben aangemeld", "als we niets hebben
 * gedaan", "blijkt dat wij te weinig hebben gedaan" — not a relative clause ("het verslag dat ik heb gemaakt").
 */
export const subordinateClause = new RegExp(
  String.raw`\b(?:nadat|als|wanneer|zodra|voordat|omdat|indien|waarna|` +
    String.raw`(?:blijkt|bleek|zegt|zei|denk|denkt|vind|vindt|weet|merk|merkt|lijkt|hoor|zie|ziet)\s+dat)\b[^,.?!]*`,
  'g',
);

/** A form named without its kind: which of the two forms is meant, the user chooses. */
export const genericForm = /\b(?:formulier|formuliertje|aanmelding|aanmelden|aanmeldformulier\s+invullen)\b/;

/** The bot named or spoken to: "jij", "jou", "bot", "verzuimwijzer". */
const botAddress = new Set(['jij', 'jou', 'jouw', 'je', 'u', 'bot', 'chatbot', 'verzuimwijzer', 'assistent']);
export function addressesTheBot(words: readonly string[]): boolean {
  return words.some((word) => botAddress.has(word));
}

const separableParticles = new Set(['aan', 'door', 'uit', 'in', 'klaar', 'op', 'mee', 'open']);

/** "meld Jesse aan bij de jgz": the separable verb joined, so that "aanmelden" is found. */
export function joinSeparableVerbs(words: readonly string[]): string[] {
  const joined = [...words];
  const meld = words.findIndex((word) => word === 'meld' || word === 'meldt' || word === 'melden');
  if (meld >= 0 && words.slice(meld + 1).includes('aan')) joined.push('aanmelden');
  const leg = words.findIndex((word) => word === 'leg' || word === 'legt');
  if (leg >= 0 && words.slice(leg + 1).includes('uit')) joined.push('uitleggen');
  const loop = words.findIndex((word) => word === 'loop' || word === 'loopt');
  if (loop >= 0 && words.slice(loop + 1).includes('door')) joined.push('doorlopen');
  const verwijs = words.findIndex((word) => word === 'verwijs' || word === 'stuur');
  if (verwijs >= 0 && words.slice(verwijs + 1).includes('door')) joined.push('doorverwijzen');
  // "aan te melden", "in te vullen", "klaar te zetten": the infinitive whole.
  words.forEach((word, index) => {
    const particle = words[index - 1];
    if (word === 'te' && particle && separableParticles.has(particle) && words[index + 1])
      joined.push(particle + words[index + 1]);
  });
  return joined;
}

export function strongest(strengths: ReadonlyMap<LexiconCapability, number>): LexiconCapability[] {
  const top = Math.max(0, ...strengths.values());
  return top === 0 ? [] : [...strengths].filter(([, strength]) => strength === top).map(([capability]) => capability);
}

/**
 * The capabilities a message names most strongly, of which one opens. Rights are about something: "rechten geven
 * voor het overzicht" is about roles. A form for the coaches is the verwijzing ("het aanmeldformulier voor de
 * verzuimcoaches"), unless the jeugdarts is named too.
 */
export function candidatesOf(
  strengths: ReadonlyMap<LexiconCapability, number>,
  folded: string,
): readonly LexiconCapability[] {
  const named = strongest(strengths);
  if (named.includes('rollen')) return ['rollen'];
  const coachesForm =
    named.includes('verwijzing') &&
    named.includes('aanmeldformulier') &&
    /formulier\w*\s+(?:voor|van|bij|naar)\s+(?:de\s+|een\s+)?(?:verzuim)?coach/.test(folded) &&
    !/jeugdarts|\bjgz\b|\bggd\b|schoolarts|\barts\b/.test(folded);
  return coachesForm ? ['verwijzing'] : named;
}

/** A thing named only to be set aside, first: "niet de verwijzing, ik bedoel …", "nee niet het overzicht: …". */
const setAside = new RegExp(
  String.raw`^\s*(?:nee\W*\s*)?niet\s+(?:de|het|die|dat|een|mijn|jouw)\s+[^,.:;!?]{1,50}[,:;]\s*` +
    String.raw`(?:(?:maar|ik\s+bedoel|bedoel)\b\s*(?:gewoon\b\s*)?:?\s*)?`,
  'i',
);

/**
 * The message without a correction's first half: "niet de cursus, ik bedoel: wat kan de bot" asks what follows.
 * @example withoutSetAside('niet de verwijzing, ik bedoel het formulier voor de schoolarts') // 'het formulier voor …'
 */
export function withoutSetAside(text: string): string {
  const rest = text.replace(setAside, '');
  return rest.trim() === '' ? text : rest;
}
