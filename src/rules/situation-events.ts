import type { SituationEvents } from './situation.js';
import { backgroundProblemWords } from './situation-lexicon.js';

const backgroundProblems = new RegExp(backgroundProblemWords.join('|'));
const partners = '(?:jeugdarts|leerplicht|hulpverlen|jeugdhulp|ggz|wijkteam|partner|maatschappelijk\\s+werk|ggd)';

const negation = /\b(?:geen|niet|nooit|nog\s+niet)\b/;

/**
 * Whether the pattern occurs in the text and is not denied: no "geen", "niet", "nooit" inside the
 * match or in the three words before it within its clause ("nog geen preventief gesprek gehad",
 * "jeugdarts is nog niet ingeschakeld"). For facts that are themselves a "not" (the pupil did not
 * come) use `pattern.test` instead.
 */
function affirmed(pattern: RegExp, text: string, skip?: (match: string, clause: string) => boolean): boolean {
  for (const match of text.matchAll(new RegExp(pattern.source, 'g'))) {
    const clause = text.slice(0, match.index).split(/[,.;:!?()]|\bmaar\b/).pop() ?? '';
    const before = clause.trim().split(/\s+/).slice(-3).join(' ');
    if (negation.test(match[0]) || negation.test(before)) continue;
    if (skip?.(match[0], clause)) continue;
    return true;
  }
  return false;
}

const preventive = '(?:preventie\\w*\\s+(?:gesprek|spreekuur)|(?:het\\s+)?spreekuur(?:\\s+van\\s+(?:de\\s+)?leerplicht\\w*)?|gesprek\\s+(?:met|bij)\\s+(?:de\\s+)?leerplicht\\w*)';
const preventiveHeld = new RegExp(
  `leerplicht\\w*\\s+(?:heeft|hebben|had|is)\\s+(?:\\S+\\s+){0,4}?(?:gesproken|gesprek\\s+(?:\\S+\\s+){0,3}?(?:gehad|gevoerd))|(?:na|ondanks|sinds)\\s+(?:het|een|dat|afloop\\s+van\\s+het)\\s+${preventive}|${preventive}\\s+(?:\\S+\\s+){0,4}?(?:gehad|geweest|gevoerd|plaatsgevonden|gedaan|achter\\s+de\\s+rug)|(?:heeft|hebben|hadden|had)\\s+(?:\\S+\\s+){0,3}(?:een|het)\\s+${preventive}|(?:op|bij)\\s+(?:het\\s+)?(?:preventieve\\s+)?spreekuur\\s+(?:\\S+\\s+){0,2}geweest`,
);
const held = '(?:gehad|gevoerd|geweest|plaatsgevonden|gedaan|achter\\s+de\\s+rug)';
const schoolTalk = new RegExp(`\\w*gesprek(?:ken)?\\s+(?:\\S+\\s+){0,4}?${held}|(?:heb|hebben|heeft|had|hadden)\\s+(?:\\S+\\s+){0,4}?(?:gesproken|\\w*gesprek(?:ken)?\\s+(?:\\S+\\s+){0,3}?(?:mee\\s+)?gehad)`);
const jeugdartsInvolved = /(?:jeugdarts|ggd)\w*\s+(?:\S+\s+){0,4}?(?:ingeschakeld|aangemeld|betrokken|gezien|op\s+de\s+hoogte|gebeld)|(?:aangemeld|doorverwezen|verwezen|gemeld)\s+(?:\S+\s+){0,2}(?:bij|naar)\s+(?:de\s+)?(?:jeugdarts|ggd)|(?:bij|naar)\s+de\s+(?:jeugdarts|ggd)\s+(?:\S+\s+){0,2}(?:geweest|gegaan)|(?:heeft|hebben|had)\s+(?:\S+\s+){0,3}(?:gesprek|afspraak)\s+(?:\S+\s+){0,2}(?:jeugdarts|ggd)|(?:jeugdarts|ggd)\s+is\s+(?:al\s+)?(?:bij\s+\S+\s+)?betrokken/;
const zatDiscussed = /(?:besproken|ingebracht)\s+(?:\S+\s+){0,2}in\s+(?:het\s+|de\s+)?zat|zat[\s-]?(?:driehoek|overleg|bespreking)\s+(?:\S+\s+){0,2}(?:besproken|geweest|gehad|gedaan)|\bzat\s+(?:is|heeft)\s+(?:al\s+)?(?:geweest|plaatsgevonden|besproken)|in\s+(?:het\s+|de\s+)?zat(?:[\s-]driehoek)?\s+(?:\S+\s+){0,2}(?:besproken|ingebracht|geweest)/;
const duoReported = /(?:gemeld|melding\s+gedaan)\s+(?:\S+\s+){0,2}(?:via|in|bij)\s+(?:duo|leerplicht)|duo[\s-]?melding\s+(?:\S+\s+){0,2}(?:gedaan|gemaakt|loopt|ingediend|verstuurd)/;

/** What already happened around the pupil, or explicitly did not (then the flag stays unset). */
export function parseEvents(text: string, sentences: readonly string[]): SituationEvents {
  const events: SituationEvents = {};
  if (affirmed(preventiveHeld, text)) {
    events.preventiveTalkHeld = true;
    if (/\b(?:weer|opnieuw|nog\s+steeds|sindsdien|daarna|daarna\s+nog|blijft|toch|alsnog)\b/.test(text)) events.absenceAgainAfterTalk = true;
  }
  // A talk at school (mentor, parents), not the preventief gesprek with leerplicht nor one with the jeugdarts.
  if (affirmed(schoolTalk, text, (match, clause) => /preventie\w*\s*$/.test(clause) || /preventie|leerplicht|spreekuur|jeugdarts|ggd/.test(match))) {
    events.schoolTalkHeld = true;
  }
  if (affirmed(jeugdartsInvolved, text)) events.jeugdartsInvolved = true;
  if (sentences.some((sentence) => /jeugdarts|ggd/.test(sentence) && /niet\s+(?:\S+\s+){0,3}(?:verschenen|gekomen|komen\s+opdagen|opgedaagd|op\s*(?:komen\s+)?dagen|opdagen|geweest|gegaan)|no[\s-]?show|afspraak\s+(?:\S+\s+){0,3}(?:gemist|afgezegd)|(?:kwam|kwamen|verscheen|verschenen|komt|komen|verschijnt|verschijnen)\s+(?:\S+\s+){0,2}niet\b(?!\s+(?:meer\s+)?(?:naar|op)\s+school)/.test(sentence))) {
    events.jeugdartsNoShow = true;
  }
  if (/(?:wil|willen)\s+(?:\S+\s+){0,2}niet\s+(?:mee)?werken|werk(?:t|en)\s+(?:\S+\s+){0,3}niet\s+mee|weiger|niet\s+mee\s+(?:willen|kunnen)\s+werken|geen\s+medewerking|ouders\s+(?:\S+\s+){0,2}(?:reageren|bereikbaar)\s+niet|ouders\s+zijn\s+(?:\S+\s+)?niet\s+bereikbaar|geen\s+contact\s+(?:\S+\s+)?met\s+(?:de\s+)?ouders|ouders\s+(?:\S+\s+){0,3}niet\s+te\s+pakken|(?:houden|houdt)\s+(?:\S+\s+){0,2}(?:de\s+)?boot\s+af/.test(text)) {
    events.notCooperating = true;
  }
  if (new RegExp(`${partners}\\w*\\s+(?:\\S+\\s+){0,4}(?:komt|komen|reageert|reageren|doet|doen)\\s+(?:\\S+\\s+){0,3}niet|afspraken\\s+niet\\s+na|ligt\\s+(?:\\S+\\s+)?bij\\s+(?:de\\s+)?${partners}|${partners}\\w*\\s+(?:[^\\s.!?]+\\s+){0,20}?(?:nog\\s+)?(?:niks|niets)\\b`).test(text)) {
    events.stagnation = true;
    events.stagnationCause = 'partner';
  } else if (/(?:de\s+)?school\s+(?:\S+\s+){0,3}(?:doet|komt|onderneemt)\s+(?:\S+\s+){0,2}(?:niet|niets|geen)|ligt\s+(?:\S+\s+)?bij\s+(?:de\s+|ons\s+op\s+)?school|bij\s+(?:de\s+)?school\s+ligt/.test(text)) {
    events.stagnation = true;
    events.stagnationCause = 'school';
  }
  if (/stagn|loopt\s+vast|vastgelopen|zit\s+vast|komt\s+niet\s+(?:van\s+de\s+grond|verder)|geen\s+voortgang|wordt\s+niet\s+uitgevoerd|gebeurt\s+niets|staat\s+stil|lukt\s+niet|loopt\s+niet\s+(?:meer|goed|verder)|geen\s+(?:passende\s+)?plek/.test(text)) events.stagnation = true;
  if (affirmed(/opgeschaald|opschaling\s+(?:\S+\s+){0,3}(?:gedaan|geweest)/, text)) events.escalated = true;
  if (affirmed(/wachtlijst/, text)) events.waitingList = true;
  if (/\b(?:dreigende|beginnende|aankomende|mogelijke)\s+thuiszitter/.test(text)) events.beginningHomeSitter = true;
  if (/geen\s+overeenstemming|niet\s+eens\s+(?:over|met)|verschil\s+van\s+mening|oneens/.test(text)) events.noAgreement = true;
  if (backgroundProblems.test(text)) {
    events.backgroundProblems = true;
    if (events.stagnation && !events.stagnationCause) events.stagnationCause = 'problematiek';
  }
  if (affirmed(zatDiscussed, text)) events.zatDiscussed = true;
  if (affirmed(duoReported, text)) events.duoReported = true;
  if (affirmed(/vrijstelling/, text)) events.vrijstelling = true;
  return events;
}
