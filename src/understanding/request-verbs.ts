/** The verbs with which staff ask the bot to act, as word classes for `sentence-mode.ts`. */

/** Verbs that, first in the sentence, make it an instruction to the bot. */
export const imperatives = new Set(
  (
    'open opent openen start starten begin beginnen toon tonen laat geef maak zet ' +
    'vul regel stuur meld verwijs doe pak bekijk check ' +
    ('klaarzetten aanmaken invullen laten plan help graag leg lees registreer leid ' +
      'begeleid verwijder inschakelen aanvragen haal ') +
    'wissel vervang wijs koppel leer loop ' +
    'wil wilde wou geef voeg ga'
  ).split(' '),
);
/**
 * Verbs that, first in the sentence with an object after them, ask the bot to act: "neem me mee door het gesprek",
 * "loods me erdoorheen", "test me daarna" — not "neem ik contact op?", a question with its subject after the verb.
 */
export const objectImperatives = new Set(
  'neem loods bereid oefen overhoor toets test herinner noteer onthoud'.split(' '),
);
/** Words that make "kun je …" a request to the bot rather than a question in the generic "je". */
export const botActions = new Set(
  (
    'klaarzetten klaar openen open starten start maken aanmaken invullen tonen laten ' +
    'geven regelen sturen helpen help opstarten ' +
    ('zetten opzoeken zoeken voorbereiden beginnen doorlopen aanpassen wijzigen ' +
      'toevoegen me mij ons willen opstellen aanvragen ') +
    'inschakelen openzetten klaarmaken klaarleggen sturen doorsturen'
  ).split(' '),
);
/** The same actions said of the bot in a clause passed on: "… vraagt of je de aanmelding klaarzet". */
export const finiteBotActions = new Set(
  (
    'klaarzet invult opent start regelt maakt aanmaakt stuurt aanvraagt helpt loodst loodsen begeleidt begeleiden ' +
    'doorloopt'
  ).split(' '),
);

/**
 * A bot action asked for indirectly: "lukt het om …", "is het mogelijk om …", "is er een manier om …", "zou het
 * kunnen dat je …", "ik vroeg me af of we …".
 */
const indirectAsk = new RegExp(
  String.raw`^(?:lukt\s+het|is\s+het\s+mogelijk|is\s+er\s+(?:een\s+)?(?:manier|mogelijkheid|optie)|` +
    String.raw`zou\s+het\s+(?:kunnen|lukken|mogelijk\s+zijn))\s+(?:\S+\s+)?(?:om|dat)\b|` +
    String.raw`^(?:ik\s+)?(?:vroeg|vraag)\s+(?:me|mij)\s+af\s+of\s+(?:je|jij|u|we|wij)\b`,
);

/** Leave asked ("ik vroeg me af of we groep 8 al mogen aanmelden"): a question about the protocol. */
const leaveWords = new Set(['mag', 'mogen', 'moet', 'moeten']);

/**
 * Whether a clause asks the bot to act in a request passed on ("collega Daan vraagt of je de aanmelding klaarzet",
 * "Mark wil dat jij hem erdoor loodst") or asked indirectly ("lukt het om het formulier klaar te zetten?", "ik vroeg
 * me af of we samen het formulier kunnen invullen").
 */
export function asksTheBotToAct(said: string, words: readonly string[]): boolean {
  const asked = (word: string) => botActions.has(word) || finiteBotActions.has(word) || word === 'aanmelden';
  const passedOn = /\b(?:vraagt|vroeg|wil|wilde|wou)\s+(?:of|dat)\s+(?:je|jij|u)\s+(.*)$/.exec(said);
  if (passedOn?.[1]?.split(' ').some(asked)) return true;
  return indirectAsk.test(said) && words.some(asked) && !words.some((word) => leaveWords.has(word));
}
