import { affirmed } from './affirmed.js';

/** The preventief gesprek with leerplicht, told as having happened. */

const preventive =
  '(?:preventie\\w*\\s+(?:gesprek|spreekuur)|gesprek\\s+(?:op|bij|met)\\s+(?:het\\s' +
  '+)?(?:preventieve?\\s+)?spreekuur|(?:het\\s+)?spreekuur(?:\\s+van\\s+(?:de\\s+)?' +
  'leerplicht\\w*)?|gesprek\\s+(?:met|bij)\\s+(?:de\\s+)?(?:leerplicht\\w*|lpa))';
export const preventiveHeld = new RegExp(
  `(?:was|waren|is|zijn|ging|gingen|gegaan|zat|zaten|gezeten)\\s+(?:\\S+\\s+){0,3}(?:bij|op|` +
    // Not a plan: "om hem op het spreekuur te zetten".
    `naar)\\s+(?:het\\s+)?(?:preventie\\w*\\s+)?spreekuur(?!\\s+(?:te\\s+)?(?:zetten|plaatsen|melden|krijgen))|` +
    `bij\\s+(?:de\\s+)?leerplicht\\w*\\s+(?:\\S+\\s+){0,3}(?:geweest|gemoeten)|` +
    // Summoned to it, in the past: "moest in december op het spreekuur komen", "is opgeroepen door leerplicht".
    `(?:moest|moesten|gemoeten)\\s+(?:\\S+\\s+){0,4}?(?:bij|op|naar)\\s+(?:het\\s+|de\\s+)?(?:preventie\\w*\\s+)?` +
    `(?:spreekuur|leerplicht\\w*|lpa)\\b|(?:is|was|werd|zijn|waren|werden)\\s+(?:\\S+\\s+){0,3}?` +
    `(?:opgeroepen|ontboden)\\s+(?:\\S+\\s+){0,2}?(?:door|bij|van)\\s+(?:de\\s+)?(?:leerplicht\\w*|lpa)\\b|` +
    `preventie\\w*\\s+(?:gesprek|spreekuur)\\s+(?:op\\s+|van\\s+)?\\d{1,2}\\s+[a-z]+|` +
    // "prev. gesprek LPA 10/11", "een gesprek gehad met de leerplichtambtenaar".
    `preventie\\w*\\s+(?:gesprek|spreekuur)\\s+(?:\\S+\\s+){0,4}\\d{1,2}[/-]\\d{1,2}\\b|` +
    `gesprek\\s+(?:\\S+\\s+){0,2}(?:gehad|gevoerd)\\s+(?:met|bij)\\s+(?:de\\s+)?(?:leerplicht\\w*|lpa)|` +
    // "zijn in december op gesprek geweest bij leerplicht": a talk at leerplicht is the preventive talk.
    `gesprek\\s+(?:geweest|gegaan)\\s+(?:bij|met)\\s+(?:de\\s+)?(?:leerplicht\\w*|lpa)|` +
    // Its report exists: "de terugkoppeling van het preventief gesprek", "het verslag van het spreekuur".
    `(?:terugkoppeling|verslag)\\s+(?:van|over)\\s+(?:het\\s+)?${preventive}|` +
    `leerplicht\\w*\\s+(?:heeft|hebben|had|is)\\s+(?:\\S+\\s+){0,4}?(?:gesproken|` +
    `gesprek\\s+(?:\\S+\\s+){0,3}?(?:gehad|gevoerd))|(?:na|ondanks|` +
    `sinds)\\s+(?:(?:het|een|dat|zijn|haar|afloop\\s+van\\s+het)\\s+)?${preventive}|` +
    `${preventive}\\s+(?:\\S+\\s+){0,4}?(?:gehad|geweest|gevoerd|plaatsgevonden|` +
    `gedaan|achter\\s+de\\s+rug)|(?:heeft|hebben|hadden|` +
    `had)\\s+(?:[^\\s.?!]+\\s+){0,3}(?:(?:een|het)\\s+)?${preventive}|(?:op|` +
    `bij)\\s+(?:het\\s+)?(?:preventie\\w*\\s+)?spreekuur\\s+(?:\\S+\\s+){0,2}geweest|` +
    `(?:zat|zaten)\\s+(?:\\S+\\s+){0,3}(?:bij|` +
    `op)\\s+(?:het\\s+)?(?:preventie\\w*\\s+)?(?:spreekuur|gesprek)|` +
    `preventie\\w*\\s+(?:gesprek|spreekuur)\\s+(?:\\S+\\s+){0,5}?(?:was|` +
    `vond\\s+plaats)\\b(?!\\s+(?:\\S+\\s+)?(?:gepland|ingepland|afgesproken|nodig|` +
    `nog\\s+niet))`,
);

/** Leerplicht in a clause: the leerplichtambtenaar, by any of the names staff use. */
const leerplicht = /\b(?:leerplicht\w*|lpa|lpa'?er)\b/;
/**
 * A talk or warning from leerplicht told as past, in the clause that names leerplicht: "de leerplichtambtenaar heeft
 * al met hem gepraat", "zat in september bij de lpa aan tafel", "na een eerdere oproep van leerplicht", "leerplicht
 * heeft hem al gewaarschuwd".
 */
const pastTalk = new RegExp(
  String.raw`\b(?:gepraat|gesproken|aan\s+tafel|gewaarschuwd|berispt|op\s+het\s+matje)\b|` +
    String.raw`\b(?:waarschuwing|oproep|gesprek)\s+(?:\S+\s+){0,3}?(?:gegeven|gehad|gekregen|geweest|gevoerd)\b|` +
    String.raw`\beerdere\s+(?:oproep|waarschuwing|gesprek|uitnodiging)\b|` +
    // "was al eens bij de leerplichtambtenaar": the pupil went there.
    String.raw`(?<!\b(?:melding|dossier|zaak|casus)\s+)\b(?:was|waren)\s+` +
    String.raw`(?:(?:al|eerder|eens|toen|ook|in\s+\S+)\s+){0,3}` +
    String.raw`bij\s+(?:de\s+)?(?:leerplicht|lpa)`,
);
/** Not yet or not at all: a plan, a wish or a denial. */
const notHappened = new RegExp(
  String.raw`\b(?:gaat|gaan|zal|zullen|wil|willen|moet|moeten|wordt|worden|gepland|ingepland|plannen|` +
    String.raw`nog\s+niet|geen|niet|nooit|als|zodra)\b`,
);

/** Whether the text tells that the preventief gesprek (or a talk or warning from leerplicht) took place. */
export function preventiveTalkTold(text: string): boolean {
  if (affirmed(preventiveHeld, text)) return true;
  return text
    .split(/[.,;!?]|\bmaar\b/)
    .some((clause) => leerplicht.test(clause) && pastTalk.test(clause) && !notHappened.test(clause));
}
