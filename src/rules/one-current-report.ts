import type { Situation } from './situation.js';

/** One spell told as now: "Lotte is ziek, moeder belde net", "Daan ligt met griep in bed", "is ziekgemeld". */
const currentSpell = new RegExp(
  String.raw`\b(?:is|ligt|zit|blijft)\s+(?:\S+\s+){0,4}?(?:ziek\w*|thuis|in\s+bed)\b|\bziek\s*gemeld\b|` +
    String.raw`\bheeft\s+(?:\S+\s+){1,3}en\s+(?:blijft|is)\s+(?:\S+\s+)?thuis\b`,
);
/** How often, however vaguely: then the count is asked, not assumed. */
const oftenWords = new RegExp(
  String.raw`\b(?:vaak|vaker|regelmatig|geregeld|steeds|telkens|af\s+en\s+toe|soms|een\s+paar|meerdere|` +
    String.raw`herhaaldelijk|weer|opnieuw|elke|iedere|structureel|nogal|veel|keer|keren|wekelijks|maandelijks|altijd|` +
    String.raw`meestal|nooit|` +
    // How long, said vaguely: "de laatste tijd", "al een tijdje", "wekenlang".
    String.raw`laatste\s+tijd|tijdje|een\s+tijd|al\s+lang|langere?\s+tijd|\w+lang|periode)\b`,
);

/**
 * A ziekmelding told as it happens, with no count and nothing else absent ("Lotte is ziek, moeder belde net. Wat moet
 * ik doen?"): one report, so the mentor's contact, not "hoe vaak en hoe lang?".
 */
export function oneCurrentReport(text: string, situation: Situation): void {
  const { mentioned, events } = situation;
  const counted = [situation.sickReports, situation.sickDays, situation.consecutiveSickDays, situation.sickPeriod];
  if (!mentioned.sick || mentioned.late || mentioned.truancy || mentioned.home || events.sentHomeSickOften) return;
  if (counted.some((value) => value !== undefined) || oftenWords.test(text) || !currentSpell.test(text)) return;
  situation.sickReports = 1;
}
