/** Words and numbers the situation parser matches, shared by the parts that read each kind of absence. */
import { illnessWords } from './illness-words.js';

/** The months, in order (their index is the month's). */
export const monthNames: readonly string[] = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** A number as normalizeSituationText writes it: digits, a dot decimal. */
export const number = '(\\d+(?:\\.\\d+)?)';

/** The first capture of the pattern as a number. */
export const first = (pattern: RegExp, text: string): number | undefined => {
  const match = pattern.exec(text);
  return match ? Number(match[1]) : undefined;
};

export const truancyWords = new RegExp(
  // Where the pupil turned out to be instead: "bleek met een vriend te zijn gaan vissen", "zat in de stad",
  // "is gezien op de skatebaan".
  String.raw`\bbleek\s+(?:\S+\s+){0,5}te\s+(?:zijn|hangen|zitten|liggen|slapen|gamen|werken)\b|` +
    String.raw`\bzat\s+in\s+de\s+stad|\bgezien\s+(?:op|in|bij)\s+|\bhing\s+(?:\S+\s+){0,3}rond\b|` +
    String.raw`niet\s+(?:meer\s+)?teruggekomen|wist(?:en)?\s+(?:er\s+)?(?:van\s+)?(?:niks|` +
    String.raw`niets|nergens)|\bwist(?:en)?\s+(?:het|dat|dit)\s+niet\b|` +
    String.raw`geen\s+(?:afmelding|bericht|reden|toestemming|geldige\s+reden)|` +
    String.raw`niet\s+(?:\S+\s+)?afgemeld|geen\s+zin\b|spijbel|brossen|gebrost|skip|blauwtje|` +
    // Kept home by a parent, or out while the parents thought the pupil at school.
    String.raw`thuisgehouden|thuis\s+gehouden|` +
    String.raw`dachten?\s+dat\s+(?:hij|zij|ze)\s+(?:gewoon\s+)?(?:op|naar)\s+school\s+(?:was|zat|ging)|` +
    // Not in the lesson while at school: "was er niet bij mijn 2 uur wiskunde terwijl ze wel op school was".
    String.raw`terwijl\s+(?:hij|zij|ze)\s+(?:\S+\s+)?(?:wel\s+)?(?:op|in)\s+(?:school|het\s+gebouw|de\s+school)\b|` +
    String.raw`ongeoorloofd|zonder\s+(?:geldige\s+)?(?:reden|afmelding|toestemming|bericht|` +
    String.raw`verlof|verklaring)|weggebleven|wegblijf\w*|wegblijv\w*|` +
    String.raw`blijft\s+(?:\S+\s+){0,2}weg\b|afwezig|gemist|verzuimd|overgeslagen|` +
    String.raw`slaat\s+(?:\S+\s+){0,3}over\b|weggelopen|\b(?:liep|loopt|lopen|` +
    String.raw`liepen)\s+(?:\S+\s+){0,3}weg\b|niet\s+bijgewoond|(?:ipv|` +
    String.raw`in\s+plaats\s+van)\s+(?:op\s+|naar\s+)?(?:school|de\s+les)|\bmist(?:e|en)?\b|` +
    String.raw`niet\s+naar\s+(?:de\s+|zijn\s+|haar\s+)?les|uit\s+de\s+les\s+(?:weg)?gelopen|` +
    String.raw`luxe\s+verzuim|(?:eerder|langer)\s+(?:\S+\s+){0,3}op\s+vakantie|` +
    String.raw`vakantie\s+(?:\S+\s+){0,3}buiten\s+(?:de\s+)?schoolvakanties?|` +
    // "3 lesuren weg", "weer 5 uur weg": hours away are counted for truancy (sickness is counted in days).
    String.raw`\b\d+(?:\.\d+)?\s*(?:lesuren|lesuur|uren|uur)\s+(?:\S+\s+)?(?:weg|afwezig)\b`,
);
/** Not showing up for lessons; in a sentence about the jeugdarts it is the no-show there instead. */
export const missedLessonWords = new RegExp(
  String.raw`niet\s+(?:altijd\s+|steeds\s+|vaak\s+|meer\s+)?(?:komen\s+|komt\s+)?op\s*(?:komen\s+)?dagen|` +
    String.raw`niet\s+opgedaagd|` +
    String.raw`niet\s+aanwezig|niet\s+(?:\S+\s+){0,3}(?:les|lessen|lesuur|` +
    String.raw`lesuren)\s+(?:verschenen|gekomen|geweest)`,
);
/** Absent, kind not said: "sanne verzuimt", "hij is nogal eens weg", "hij was er niet". */
export const absentWords = new RegExp(
  String.raw`\bverzuim(?:t|de|den)?\b|\bniet\s+op\s+school\b|\bontbre(?:ekt|ken|kt|ek)\b|` +
    // "komt daardoor niet altijd": not always there.
    String.raw`\bkom(?:t|en)\s+(?:\S+\s+){0,2}niet\s+altijd\b|` +
    // "was weer niet in de les", "niet bij gym", "niet in de klas": absent from a lesson.
    String.raw`\b(?:is|was|zijn|waren|zat|zaten)\s+(?:\S+\s+){0,3}niet\s+(?:in|bij|op)\s+(?:de\s+|het\s+|mijn\s+)?` +
    String.raw`(?:les|lessen|lesuur|klas|gym|mentoruur|eerste\s+uur|stage)\b|` +
    // "weer niet in de les gezien", "wil soms niet naar school": not seen in class, not wanting to go.
    String.raw`\bniet\s+(?:in|bij|op)\s+(?:de\s+|het\s+|mijn\s+)?(?:les|lessen|klas|school)\s+(?:\S+\s+)?gezien\b|` +
    String.raw`\b(?:wil|wilde|willen|wilden)\s+(?:\S+\s+){0,2}niet\s+(?:meer\s+)?naar\s+school\b|` +
    String.raw`\bniet\s+(?:meer\s+)?naar\s+school\s+(?:wil|wilde|willen|wilden)\b|` +
    // "ouders melden hem geregeld af": reported absent, the kind not said.
    String.raw`\bmeld(?:t|en)\s+(?:\S+\s+){0,4}(?:geregeld|vaak|steeds|regelmatig|weer)\s+af\b|` +
    String.raw`\bzie\s+(?:\S+\s+){0,2}(?:steeds\s+)?minder\b|\b(?:is|was|zijn|` +
    String.raw`waren)\s+(?:\S+\s+){0,6}weg\b|ontlopen|ontloopt|schoolvermijd|` +
    // The subordinate order: "een leerling die de laatste tijd vaak weg is".
    String.raw`\b(?:vaak|veel|regelmatig|steeds|af\s+en\s+toe|soms|geregeld|wel\s+eens|nogal\s+eens)\s+(?:\S+\s+)?` +
    String.raw`(?:weg|afwezig)\s+(?:is|was|zijn|waren)\b|` +
    // An amount said only vaguely: "veel dagdelen weg", "een paar lessen gemist".
    String.raw`\b(?:veel|wat|een\s+paar|meerdere|diverse|verschillende|flink\s+wat)\s+(?:\S+\s+)?(?:dagdelen|uren|` +
    String.raw`uurtjes|lessen|lesuren|dagen|ochtenden|middagen)\s+(?:\S+\s+)?(?:weg|afwezig|gemist|kwijt)\b|` +
    // Not coming: "komt niet naar school", "een leerling die niet komt".
    String.raw`\b(?:komt|kwam|komen|kwamen|gaat|ging)\s+(?:\S+\s+){0,2}(?:niet|nooit|zelden)\s+` +
    String.raw`(?:naar|op)\s+school\b|` +
    String.raw`\b(?:die|dat)\s+(?:\S+\s+){0,2}(?:niet|nooit|zelden)\s+(?:meer\s+)?(?:komt|kwam|komen)\b|` +
    String.raw`zie\s+(?:\S+\s+){0,2}bijna\s+(?:niet|nooit)\b|\b(?:is|` +
    String.raw`was)\s+er\s+(?:\S+\s+){0,4}(?:weinig|nauwelijks|bijna\s+nooit)\b|\b(?:is|was|` +
    String.raw`zijn|waren)\s+er\s+(?:\S+\s+){0,5}(?:niet|nooit|zelden)\b|` +
    // Called in absent, kept home, fetched during the day, not back after the break: "belt al de zoveelste keer af",
    // "houdt hem thuis", "blijft thuis", "wordt midden op de dag opgehaald", "komt niet terug na de lunch".
    String.raw`\bbel(?:t|len|de|den)\s+(?:\S+\s+){0,4}af\b|\bafgebeld\b|\bthuis\s*(?:blijf\w*|bleef|bleven|gebleven)|` +
    String.raw`\b(?:houdt|houden|hield|hielden)\s+(?:\S+\s+){0,3}thuis\b|\bopgehaald\b|` +
    // "verschijnt steeds minder in de lessen".

    String.raw`\b(?:verschijnt|verschijnen|verscheen|komt|komen|kwam)\s+(?:\S+\s+){0,2}(?:steeds\s+)?minder\b` +
    String.raw`(?!\s+(?:vaak\s+)?(?:te\s+laat|ziek))|` +
    String.raw`\bniet\s+(?:meer\s+)?terug\s*(?:komt|komen|kwam|kwamen|gekomen|na|van|in|uit)\b|` +
    String.raw`\b(?:komt|komen|kwam|kwamen)\s+(?:\S+\s+){0,5}niet\s+(?:meer\s+)?terug\b|` +
    // "ze zou 'steeds' weg zijn": the order of a subordinate clause, the adverb quoted.
    String.raw`\b(?:vaak|veel|steeds|regelmatig|geregeld|soms)\W{0,2}\s+(?:\S+\s+)?(?:weg|afwezig)\s+` +
    String.raw`(?:zijn|is|was|waren)\b`,
);
// "nietziek" is a denied sickness (see normalizeSituationText).
// "ziek" inside a word, as in "darmziekte", but not in "muziek".
export const sickWords = new RegExp(`(?<!niet|mu)ziek|(?:${illnessWords.join('|')})`);
export const lateWords = new RegExp(
  String.raw`\bte\s*laat\b|laatkom|te-laat|(?:niet|nooit|zelden|amper)\s+op\s+tijd|laat\s*-?\s*briefje|` +
    // Coming in after the start: "kwam binnen tijdens het tweede uur", "pas binnenkomen als de deur al dicht is".
    String.raw`\b(?:kom\w*|kwam\w*|binnenkom\w*|binnenkwam\w*)\s+(?:\S+\s+){0,3}?(?:binnen\s+)?(?:tijdens|na)\s+` +
    String.raw`(?:het|de)\s+(?:eerste|tweede|derde|\d(?:e|ste|de))\s+(?:uur|lesuur|les)\b|` +
    String.raw`\bbinnen\w*\s+als\s+de\s+(?:deur|les)\s+(?:al\s+)?(?:dicht|begonnen)\b|` +
    // "komt steeds later binnen", "die soms pas om half 10 binnenkomt": in after the bell, told by the clock.
    String.raw`\blater\s+binnen|\b(?:kom\w*|kwam\w*)\s+(?:steeds|vaak|regelmatig|telkens|elke\s+dag)\s+later\b|` +
    String.raw`\bpas\s+om\s+(?:half\s+)?\d{1,2}(?:[.:]\d\d)?\s+(?:uur\s+)?(?:\S+\s+)?binnen`,
);
export const homeWords = new RegExp(
  String.raw`(?:sinds|vanaf)\s+(?:\S+\s+){1,8}thuis\b|laatst\s+op\s+school|` +
    String.raw`niet\s+meer\s+(?:te\s+)?komen\b|thuis\s*zit|thuiszit|` +
    String.raw`zit\s+(?:al\s+)?(?:\S+\s+){0,3}thuis\b|(?:niet|nooit)\s+meer\s+(?:naar|` +
    String.raw`op)\s+school|\b(?:al|sinds|vanaf)\s+(?:\S+\s+){0,4}(?:niet|nooit)\s+(?:naar|` +
    String.raw`op)\s+school|(?:niet|nooit)\s+(?:naar|op)\s+school\s+(?:\S+\s+){0,2}(?:sinds|` +
    String.raw`al)\b|\d+(?:\.\d+)?\s+(?:weken|week|maanden|maand)\s+(?:\S+\s+)?(?:niet|` +
    String.raw`nooit)\s+(?:naar|op)\s+school|thuis\s+(?:sinds|al)|\d\s+(?:weken|week|maanden|` +
    String.raw`maand)\s+(?:al\s+)?thuis\b|` +
    // "26 schooldagen aaneengesloten afwezig", "3 weken achter elkaar afwezig": whole days away in a row.
    String.raw`\b\d+(?:[.,]\d+)?\s+(?:schooldagen|dagen|schoolweken|weken)\s+(?:aaneengesloten|achter\s+elkaar|` +
    String.raw`op\s+rij)\s+(?:\S+\s+)?afwezig\b|` +
    // "sinds 2 weken elke dag afwezig", "al drie weken volledig afwezig": whole days away for weeks.
    String.raw`\b(?:sinds|al|vanaf)\s+(?:\S+\s+){0,4}(?:elke|iedere)\s+dag\s+(?:\S+\s+)?afwezig\b|` +
    String.raw`\b(?:al|sinds)\s+\S+\s+(?:weken|week|maanden|maand)\s+(?:volledig|helemaal|hele\s+dagen)\s+afwezig\b|` +
    String.raw`\bkomt\s+(?:\S+\s+){0,5}niet\s+meer\b(?!\s+(?:te\s+laat|op\s+tijd))|` +
    String.raw`\bwil\s+(?:\S+\s+){0,2}niet\s+(?:meer\s+)?naar\s+school|` +
    String.raw`\bweiger\w*\s+(?:\S+\s+){0,4}(?:naar\s+)?school|` +
    String.raw`\b\d+(?:\.\d+)?\s+(?:schooldagen|dagen|schoolweken|weken|week|maanden|` +
    String.raw`maand)\s+(?:al\s+)?(?:niet|nooit)\s+(?:meer\s+)?(?:(?:op|` +
    String.raw`naar)\s+school\s+)?(?:geweest|gekomen|verschenen)\b|\bhele\s+(?:maand|periode|` +
    String.raw`week)\b(?:\s+\S+){0,3}?\s+(?:niet|nooit)\s+(?:op|naar)\s+school|` +
    String.raw`\bkomt\s+(?:al\s+)?(?:ruim\s+|bijna\s+)?\d+(?:\.\d+)?\s+(?:weken|week|maanden|` +
    String.raw`maand)\s+niet\b(?!\s+(?:meer\s+)?(?:te\s+laat|op\s+tijd|opdagen))`,
);
export const consecutiveWords =
  /achter\s*elkaar|achtereen|aaneengesloten|aan\s*een\s*stuk|onafgebroken|\bal\s+\d|\bsinds\b|\bnu\s+al\b/;
