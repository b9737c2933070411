import { hasQuantifiedAbsence, looksLikeSituation } from '../rules/looks-like-situation.js';
import { parseSituation } from '../rules/parse-situation.js';
import type { Situation } from '../rules/situation.js';
import { lexiconCapabilities, loadCapabilityLexicon, type CapabilityLexicon, type LexiconCapability } from './capability-lexicon.js';
import { createTermMatcher, foldWord, matchesTerm, wordsOf } from './fuzzy-words.js';
import { clausesOf, modeOf, modeOfClause, type SentenceMode } from './sentence-mode.js';
import { pupilNameSlot } from './pupil-name-slot.js';

/** Everything the bot can open from a message. `wat-nu` is the empty "Situatie" card. */
export const intents = [...lexiconCapabilities, 'onboarding-overzicht', 'help', 'wat-nu'] as const;
export type Intent = (typeof intents)[number];

/** What the message already says, taken along to prefill what it opens. */
export type IntentSlots = {
  readonly pupilFirstName?: string;
  readonly age?: number;
  readonly schoolType?: 'po' | 'vo';
  /** The situation as parsed, when the message describes absence ("Jesse (12) is 4 dagen ziek, zet de aanmelding klaar"). */
  readonly situation?: Situation;
};

/**
 * The one decision about a message, made before anything is answered:
 * - `intent`: open a capability, with what the message says as slots;
 * - `situation`: a pupil's situation for the "wat nu?" rules;
 * - `question`: a question for the knowledge base, with the capability it is about (`offer`) if any;
 * - `choice`: the message asks to open one of two capabilities and it cannot be told which.
 */
export type Understanding =
  | { readonly kind: 'intent'; readonly intent: Intent; readonly slots: IntentSlots }
  | { readonly kind: 'situation' }
  | { readonly kind: 'question'; readonly offer?: LexiconCapability }
  | { readonly kind: 'choice'; readonly options: readonly [LexiconCapability, LexiconCapability]; readonly slots: IntentSlots };

export type Understander = { readonly understand: (text: string) => Understanding };

export type CreateUnderstanderOptions = {
  /** @default loadCapabilityLexicon() */
  readonly lexicon?: CapabilityLexicon;
  /** Words the knowledge base writes in lower case: never taken for a pupil's name. */
  readonly knownWords?: ReadonlySet<string>;
  /** Today, for periods such as "sinds de kerstvakantie". @default () => new Date() */
  readonly now?: () => Date;
};

/** The manifest commands and their exact forms: shortcuts that always open their capability. */
const shortcuts: ReadonlyMap<string, Intent> = new Map([
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
]);

/** Questions about the bot itself ("wat kan ik je vragen?", "wat kun jij?", "hoe werkt deze bot?"). */
const aboutTheBot =
  /\b(?:wat|waarmee|waarbij|hoe)\b[^.?!]*\b(?:kun|kan|kunt|doe|doet|werkt|help|helpt)\s+(?:je|jij|u)\b(?!\s+(?:een|de|het|als|bij|met)\b)|\b(?:wat|hoe)\b[^.?!]*\b(?:ik|we)\s+(?:je|jou|u)\s+(?:vragen|laten doen)|\b(?:deze|die|de)\s+(?:bot|app|chatbot|assistent)\b|\bverzuimwijzer\b|\b(?:wat|welke)\s+(?:functies|mogelijkheden|commando'?s|opties)\b|\bwaar\s+(?:kan|kun)\s+(?:ik\s+)?(?:je|jij|u)\s+(?:\w+\s+){0,2}(?:mee|voor|bij)\b|\bwat\s+(?:kan|kun)\s+ik\s+(?:hier|met\s+(?:je|jou|u|deze|dit))\b|\bhoe\s+werkt\s+(?:dit|dat|het\s+hier|jij|je)\s*[?!.]*$|\b(?:snap|begrijp)\s+(?:het\s+|er\s+)?niet(?:s)?\b[^.?!]*\b(?:hoe|wat)\b|\bcommand|\bhandleiding\b|\bhoe\s+gebruik\s+ik\s+(?:je|jou|u|dit|deze|de\s+bot|verzuimwijzer)\b|\bwaar(?:voor|mee)\s+(?:ben|is|kan|kun)\s+(?:je|jij|u|dit|deze)\b|\bwat\s+(?:kan|kun|doe|weet)\s+(?:je|jij|u)\s*(?:allemaal|eigenlijk|precies|zoal)?\s*[?!.]*$|\b(?:welke|wat\s+voor)\s+(?:opdrachten|vragen|dingen)\s+(?:kan|kun|ken|begrijp)\b/;
const helpWords = new Set(['help', 'hulp', 'helpen', 'menu', 'commands', 'commando', 'commandos', 'opties', 'uitleg', 'instructies', 'handleiding']);
/** First-person records: "heb ik", "hebben we", "staan er nog", "mijn aanmeldingen". */
const ownRecords = /\b(?:heb\s+ik|hebben\s+(?:we|wij)|had\s+ik|staan\s+er|lopen\s+er|zijn\s+er\s+(?:nog|al)|nog\s+open|openstaande?|ingediend|ingevuld|verstuurd|verwerkt|behandeld|opgepakt|aangemeld|doorverwezen|mijn|onze|van\s+mij|door\s+mij|ik\s+(?:al\s+)?(?:heb|had))\b/;
/** The bot's own roles: "welke rol heb ik", "wie is hier beheerder", "rechten geven aan een collega". */
const ownRoles = /\b(?:ik|mijn|me|mij|we|wij|onze|collega|collega's|hier|bot|app|verzuimwijzer|teams|toegang|rechten|beheerder|admin)\b/;
const protocolPartner = /\b(?:jeugdarts|leerplicht\w*|lpa|ggd|jgz|verzuimcoach\w*|partners?|ouders?|leerling|school\s*maatschappelijk|smw|swv|samenwerkingsverband|casusregisseur|casusverantwoordelijke|mdo|zat)\b/;
/** Learning the protocol: "leren", "uitleg", "inwerken", "cursus", "wegwijs". */
const learning = /\b(?:leren|uitleg|uitleggen|inwerk\w*|cursus|training|e-?learning|wegwijs|onboarding|introductie|eigen\s+maken|kennismaken|kennis\s+maken|inlezen)\b/;
/** A new colleague ("ik ben nieuw", "net begonnen", "eerste week"). */
const newColleague =
  /\b(?:ik\s+ben\s+(?:hier\s+)?(?:(?:de|een)\s+)?(?:nieuwe?|starter|startende|beginnende?)|nieuwe\s+(?:collega|mentor|docent|leraar|leerkracht|teamleider|oco|zorgcoordinator)|(?:net|pas|sinds\s+kort|onlangs|recent)\s+(?:begonnen|gestart|aangenomen|in\s+dienst|hier|nieuw|op\s+school)|(?:mijn\s+)?eerste\s+(?:week|dag|maand|jaar|weken)|nieuw\s+(?:hier|op\s+school|in\s+het\s+team|als\s+mentor|in\s+het\s+vak))\b/;

function mentionStrengths(matched: ReadonlySet<string>, lexicon: CapabilityLexicon): Map<LexiconCapability, number> {
  const strengths = new Map<LexiconCapability, number>();
  for (const [capability, signals] of lexicon.signals) {
    for (const signal of signals) {
      if (signal.strength <= (strengths.get(capability) ?? 0)) continue;
      if (signal.groups.every((group) => group.some((term) => matched.has(term)))) strengths.set(capability, signal.strength);
    }
  }
  return strengths;
}

/** "meld Jesse aan bij de jgz": the separable verb joined, so that "aanmelden" is found. */
function joinSeparableVerbs(words: readonly string[]): string[] {
  const joined = [...words];
  const meld = words.findIndex((word) => word === 'meld' || word === 'meldt' || word === 'melden');
  if (meld >= 0 && words.slice(meld + 1).includes('aan')) joined.push('aanmelden');
  const verwijs = words.findIndex((word) => word === 'verwijs' || word === 'stuur');
  if (verwijs >= 0 && words.slice(verwijs + 1).includes('door')) joined.push('doorverwijzen');
  return joined;
}

function strongest(strengths: ReadonlyMap<LexiconCapability, number>): LexiconCapability[] {
  const top = Math.max(0, ...strengths.values());
  return top === 0 ? [] : [...strengths].filter(([, strength]) => strength === top).map(([capability]) => capability);
}

/**
 * Builds the understanding step: one function from text to one decision, used by the bot, `npm run
 * ask`, `npm run eval` and `npm run bench` alike.
 */
export function createUnderstander({ lexicon = loadCapabilityLexicon(), knownWords = new Set(), now = () => new Date() }: CreateUnderstanderOptions = {}): Understander {
  const lexiconTerms = [...new Set([...lexicon.signals.values()].flatMap((signals) => signals.flatMap((signal) => signal.groups.flat())))];
  const isOrdinaryWord = (folded: string) => knownWords.has(folded) || lexiconTerms.some((term) => matchesTerm(folded, term));
  const termsIn = createTermMatcher(lexiconTerms);
  const slotsOf = (text: string, situation: Situation): IntentSlots => {
    const pupilFirstName = situation.pupilFirstName ?? pupilNameSlot(text, isOrdinaryWord);
    const absence = [situation.lateCount, situation.truancyHours, situation.truancyDagdelen, situation.truancyDays, situation.sickReports, situation.sickDays, situation.consecutiveSickDays, situation.homeWeeks].some((value) => value !== undefined);
    return {
      ...(pupilFirstName ? { pupilFirstName } : {}),
      ...(situation.age !== undefined ? { age: situation.age } : {}),
      ...(situation.schoolType ? { schoolType: situation.schoolType } : {}),
      ...(absence ? { situation } : {}),
    };
  };

  const understand = (text: string): Understanding => {
    const folded = foldWord(text).replace(/\s+/g, ' ').trim();
    const bare = folded.replace(/^[\s/]+|[\s!.?]+$/g, '');
    const shortcut = shortcuts.get(bare);
    if (shortcut) return { kind: 'intent', intent: shortcut, slots: {} };

    const clauses = clausesOf(folded).map((clause) => joinSeparableVerbs(wordsOf(clause)));
    const words = clauses.flat();
    const mode: SentenceMode = modeOf(clauses);
    const strengths = mentionStrengths(termsIn(words), lexicon);
    const situation = (): Situation => parseSituation(text, { now });

    if (strengths.size === 0 && aboutTheBot.test(folded) && !looksLikeSituation(text)) return { kind: 'intent', intent: 'help', slots: {} };
    if (strengths.size === 0 && words.length <= 3 && (words.length === 0 || words.some((word) => helpWords.has(word)))) return { kind: 'intent', intent: 'help', slots: {} };

    // A new colleague asking how things work wants the course, unless they ask to open something else.
    if (newColleague.test(folded) && !strengths.has('aanmeldformulier') && !strengths.has('verwijzing') && !strengths.has('rollen') && !looksLikeSituation(text)) {
      return { kind: 'intent', intent: 'onboarding', slots: {} };
    }

    // Our own records or the bot's roles, asked as a question, are the overzicht and the rollen:
    // "welke aanmeldingen heb ik gedaan?", "welke rol heb ik hier?". Questions about the protocol's roles
    // ("wat is de rol van de jeugdarts?") name a partner and stay questions.
    const asks = mode !== 'request';
    if (asks && strengths.has('overzicht') && ownRecords.test(folded)) return { kind: 'intent', intent: 'overzicht', slots: slotsOf(text, situation()) };
    if (asks && strengths.get('rollen') === 2 && ownRoles.test(folded) && !protocolPartner.test(folded)) return { kind: 'intent', intent: 'rollen', slots: {} };
    // Asking to learn the protocol ("waar kan ik het verzuimprotocol leren?") is the course.
    if (asks && strengths.has('onboarding') && learning.test(folded) && !looksLikeSituation(text)) return { kind: 'intent', intent: 'onboarding', slots: {} };

    const candidates = strongest(strengths);
    // Our own records, asked as a question ("welke aanmeldingen lopen er nog?"), are the overzicht.
    if (strengths.get('overzicht') === 3) return { kind: 'intent', intent: 'overzicht', slots: slotsOf(text, situation()) };

    const opens = mode === 'request' || (mode === 'fragment' && words.length <= 12 && !text.includes('?'));
    // A situation that only mentions a talk in passing ("ik heb al met moeder gesproken") is for the rules.
    const weakOnly = Math.max(0, ...strengths.values()) < 2;
    if (opens && candidates.length > 0 && !(weakOnly && hasQuantifiedAbsence(situation()))) {
      const parsed = situation();
      const slots = slotsOf(text, parsed);
      if (candidates.length === 1) return { kind: 'intent', intent: candidates[0]!, slots };
      // Two capabilities at the same strength: the one the request clause names, else ask which.
      const requested = clauses.filter((clause) => modeOfClause(clause) === 'request').map((clause) => strongest(mentionStrengths(termsIn(clause), lexicon)));
      const single = requested.find((found) => found.length === 1);
      if (single) return { kind: 'intent', intent: single[0]!, slots };
      return { kind: 'choice', options: [candidates[0]!, candidates[1]!], slots };
    }
    if (looksLikeSituation(text)) return { kind: 'situation' };
    const offer = candidates[0];
    return offer ? { kind: 'question', offer } : { kind: 'question' };
  };
  return { understand };
}
