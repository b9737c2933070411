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
  'klaarzet invult opent start regelt maakt aanmaakt stuurt aanvraagt helpt loodst loodsen begeleidt begeleiden'.split(
    ' ',
  ),
);
