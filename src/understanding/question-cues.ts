/**
 * Cues that a clause asks for information rather than asking the bot to act: knowing asked for, a search-box query,
 * the documents named as the source, a yes/no or a time asked.
 */
/**
 * Asking to know or to have something looked up, put as a wish or a command with an indirect question after it:
 * "ik wil weten of ik het formulier ook bij spijbelen mag gebruiken", "check even wat die OEN-houding inhoudt",
 * "zeg eens wanneer …", "zoek ff op hoe lang …". What is asked decides, as it does for "leg me uit hoe …".
 */
export const asksToKnow = new RegExp(
  String.raw`^(?:(?:ik|we|wij)\s+(?:wil|willen|wilde|wou|zou|zouden|moet|moeten)\s+` +
    String.raw`(?:\S+\s+){0,2}(?:weten|horen|nagaan|checken|uitzoeken)|` +
    String.raw`(?:check|chek|checken|controleer|zeg|zoek\s+(?:\S+\s+){0,2}(?:op|uit|na)|ga\s+(?:\S+\s+){0,2}na|` +
    // "help me herinneren hoe lang …", "ik snap niet wanneer …", "ik begrijp het niet goed wie …".
    String.raw`help\s+(?:me|mij)\s+(?:\S+\s+)?(?:herinneren|onthouden)|` +
    String.raw`(?:ik|we|wij)\s+(?:snap|snappen|begrijp|begrijpen)\s+(?:het\s+|er\s+)?(?:niet|niks)(?:\s+goed)?))` +
    String.raw`\s+(?:(?:me|mij|even|eens|ff|effe|efkes|voor|nog|snel|dan|eventjes|ook|graag)\s+){0,3}` +
    // "ik zou graag weten over welke onderwerpen …", "… binnen welke termijn …".
    String.raw`(?:(?:over|van|bij|met|tot|vanaf|binnen|in|op|aan|door|naar|na|sinds)\s+)?` +
    String.raw`(?:of|wat|hoe|waarom|wanneer|wie|welke|welk|waar|hoeveel|hoelang|hoevaak)\b`,
);

/** Question words that end a search-box query: "… via wie", "… welke scholen", "… hoeveel". */
export const trailingQuestionWords = new Set(
  'wie wat welke welk wanneer waar waarom hoeveel hoelang hoevaak who what which when where why'.split(' '),
);

/** Properties of a subject a search-box query asks for by naming them (not "kosten", as often a verb). */
export const askedProperties = new Set(
  (
    'wachttijd wachttijden termijn termijnen duur doorlooptijd aantal aantallen percentage criteria ' +
    'criterium voorwaarden voorwaarde doel verschil definitie betekenis telefoonnummer mailadres leeftijdsgrens ' +
    'grens grenzen norm normen sanctie sancties boete'
  ).split(' '),
);

/**
 * The documents named as the source of what is asked: "volgens het protocol", "wat staat er in de leidraad over …"
 * (not "train me in het protocol").
 */
const documentNames =
  String.raw`(?:het\s+|de\s+)?(?:protocol|verzuimprotocol|leidraad|gespreksleidraad|bijlage|praktijkkaart|` +
  String.raw`jaarverslag|leerplichtwet)\b`;
export const perTheDocuments = new RegExp(
  String.raw`\bvolgens\s+${documentNames}|\b(?:staat|staan|stond|beschreven|genoemd|vermeld)\s+(?:\S+\s+){0,3}?` +
    String.raw`in\s+${documentNames}|\bin\s+${documentNames}\s+(?:staat|staan|stond)\b`,
);

/** Words before "vragen" that make it a thing to work with, not a question asked: "de vragen", "met vragen". */
export const questionsAsAThing = new Set('de die deze met alle goede juiste volgende eerste'.split(' '));

/** A question's first word asking yes or no: "moet ik …?", "mag dat …?", "is er …?". */
export const yesNoOpeners = new Set(
  (
    'moet moeten mag mogen is zijn wordt worden heeft hebben klopt geldt gelden ' +
    'kan kunnen zou zouden hoort valt telt'
  ).split(' '),
);

/** A question asking a time or an amount: "hoe lang …", "hoeveel …", "wanneer …", "binnen hoeveel dagen …". */
export const timeOrAmountAsked = /^(?:hoe\s+(?:lang|snel|vaak)|hoelang|hoeveel|wanneer|binnen\s+(?:hoeveel|welke))\b/;

/** What is asked to be explained, besides a question word: the thing just asked ("leg je dat uit?"), a difference. */
export const explainedThings = new Set(['dat', 'dit', 'verschil']);
const explainInfinitives = new Set(['uitleggen', 'toelichten', 'verklaren', 'verduidelijken']);

/**
 * Explaining asked, as an infinitive after a modal, of the thing just asked or a difference: "kun je dat toelichten?",
 * "zou je het verschil kunnen uitleggen?". With a question word instead ("kun je uitleggen hoe de verwijzing loopt?")
 * it gained a frozen capability question and lost a frozen request, and was left out.
 */
export function asksToExplainIt(words: readonly string[]): boolean {
  return words.some((word) => explainInfinitives.has(word)) && words.some((word) => explainedThings.has(word));
}
