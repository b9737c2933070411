import type { Period, Situation } from './situation.js';
import { first, missedLessonWords, number, sickWords, truancyWords } from './situation-patterns.js';

/**
 * "6 lesuren", "2 keer 0.5 dag" → 1, "2 ochtenden en 1 middag" → 3: the amounts before a unit, each times
 * a count of occasions before it, summed. A breakdown in parentheses ("3 dagdelen (2 ochtenden, 1
 * middag)") counts only when nothing outside them does.
 */
function amountOf(unit: string, sentence: string): number | undefined {
  const pattern = new RegExp(
    `(?:${number}\\s*(?:keer|maal)\\s+)?${number}\\s*(?:(?:losse|aparte|verschillende|hele)\\s+)?${unit}\\b`,
    'g',
  );
  const sum = (text: string) => {
    let total: number | undefined;
    for (const match of text.matchAll(pattern))
      total = (total ?? 0) + (match[1] ? Number(match[1]) : 1) * Number(match[2]);
    return total;
  };
  return sum(sentence.replace(/\([^)]*\)/g, ' ')) ?? sum(sentence);
}

/** "5e en 6e uur" → 2, "3e t/m 6e uur" → 4. */
function listedLessons(list: string): number {
  const numbers = [...list.matchAll(/(\d+)(?:e|de|ste)/g)].map((match) => Number(match[1]));
  if (/t\/m|tot/.test(list) && numbers.length === 2) return Math.max(1, numbers[1]! - numbers[0]! + 1);
  return numbers.length;
}

/** "vanochtend", "vrijdagmiddag", "de middag": one dagdeel said without a number. */
function uncountedDagdeel(text: string): number | undefined {
  return /\b(?:van|(?:maan|dins|woens|donder|vrij)dag|de|die|een)\s*(?:ochtend|middag)\b/.test(text) ? 1 : undefined;
}

/** The truancy a sentence counts, by unit: "6 lesuren", "3x mijn gymles", "2 losse lesuren", "twee middagen", "1,5
 * dag". */
export function truancyAmounts(sentence: string): { hours?: number; dagdelen?: number; days?: number } {
  // "een halve dag" is a dagdeel, the unit Bijlage 1 counts in; a blokuur is two lesuren.
  const text = sentence
    .replace(/\b0\.5\s+dag\b/g, '1 dagdeel')
    .replace(
      /\b(\d+)\s+blokuur|\b(\d+)\s+blokuren\b/g,
      (_whole, one?: string, many?: string) => `${Number(one ?? many) * 2} lesuren`,
    );
  // Each lesson missed is a lesuur: "3x mijn gymles", "5 x gespijbeld (losse uren)".
  const hours =
    amountOf('\\w*(?:lesuren|lesuur|uren|uur|lessen|les)', text) ??
    first(
      new RegExp(
        `${number}\\s*(?:keer|maal)\\s+(?:\\S+\\s+){0,3}\\(?(?:losse\\s+)?\\w*(?:les(?:uur|uren|sen)?|uren)\\b`,
      ),
      text,
    );
  // "het 5e en 6e uur": the lessons listed.
  const listed = /\b(?:het\s+)?\d+(?:e|de|ste)(?:\s*(?:,|en|t\/m|tot)\s*\d+(?:e|de|ste))*\s+(?:les)?uur\b/.exec(text);
  const listedHours = listed ? listedLessons(listed[0]) : undefined;
  const dagdelen = amountOf('(?:dagdelen|dagdeel|ochtenden|ochtend|middagen|middag)', text) ?? uncountedDagdeel(text);
  // "op 3 verschillende dagen het 1e uur gemist": the lessons listed, each of those days.
  const onDays = /\bop\s+(\d+)\s+(?:verschillende\s+|losse\s+|aparte\s+)?dagen\b/.exec(text);
  const lessonsEach = /\b(?:het\s+)?\d+(?:e|de|ste)(?:\s*(?:,|en|t\/m|tot)\s*\d+(?:e|de|ste))*\s+(?:les)?uur\b/.exec(
    text,
  );
  if (onDays && lessonsEach) return { hours: Number(onDays[1]) * listedLessons(lessonsEach[0]) };
  // "2 uur per week, nu 3 weken achter elkaar": a rate times the weeks.
  const rate = /(\d+(?:\.\d+)?)\s*(?:les)?uur\s+per\s+week\b.*?\b(\d+(?:\.\d+)?)\s+weken\b/.exec(text);
  if (rate) return { hours: Number(rate[1]) * Number(rate[2]) };
  // "maandag en woensdag de hele dag": each weekday named a day; "3 maandagen op rij de laatste 3 uur": times the
  // hours.
  const weekdayList = new RegExp(
    String.raw`\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:\s*(?:,|en)\s*(?:maandag|` +
      String.raw`dinsdag|woensdag|donderdag|vrijdag))+\s+(?:\S+\s+){0,2}hele\s+dag\b`,
  ).exec(text);
  if (weekdayList) return { days: weekdayList[0].match(/maandag|dinsdag|woensdag|donderdag|vrijdag/g)!.length };
  const repeated =
    /\b(\d+)\s+(?:maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen)\b(?:\s+\S+){0,6}?\s+(\d+)\s*(?:les)?uur\b/.exec(
      text,
    );
  if (repeated) return { hours: Number(repeated[1]) * Number(repeated[2]) };
  // "sinds 3 weken elke maandag de eerste 3 lesuren": the hours each week times the weeks.
  const weekly = /\b(?:elke|iedere)\s+(?:maandag|dinsdag|woensdag|donderdag|vrijdag|week)\b/.test(text)
    ? /\b(\d+(?:\.\d+)?)\s+(?:schoolweken|weken)\b/.exec(text)
    : null;
  const weeklyHours = weekly
    ? amountOf('\\w*(?:lesuren|lesuur|uren|uur|lessen)', text.replace(weekly[0], ' '))
    : undefined;
  if (weekly && weeklyHours !== undefined) return { hours: weeklyHours * Number(weekly[1]) };
  // "maandag, dinsdag en woensdag zonder reden afwezig": each weekday named a day, when no other unit is said.
  const namedDays = new RegExp(
    String.raw`\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:\s*(?:,|en)\s*(?:maandag|` +
      String.raw`dinsdag|woensdag|donderdag|vrijdag))+\b`,
  ).exec(text);
  if (
    namedDays &&
    !new RegExp(
      String.raw`\d\s*(?:\w*uur|\w*uren|lessen|dagdel|ochtend|middag|dag|dagen)\b|\b(?:ochtend|` +
        String.raw`middag|\d+(?:e|de|ste)\s+(?:les)?uur)`,
    ).test(text)
  )
    return { days: namedDays[0].match(/maandag|dinsdag|woensdag|donderdag|vrijdag/g)!.length };
  // "2 weken mee op vakantie zonder toestemming": a week is 5 schooldagen (not "al 3 weken", a duration).
  const weeks = /per\s+week/.test(text)
    ? null
    : new RegExp(
        String.raw`(?<!\b(?:al|sinds|afgelopen|laatste|ruim|bijna|nu|geen|` +
          String.raw`dus)\s+)(?<![(–-]\s*)\b(\d+(?:\.\d+)?)\s*(?:schoolweken|schoolweek|weken|` +
          String.raw`week)\b(?!\s+(?:eerder|later|geleden|voor|na|lang|achter\s+elkaar|op\s+rij)\b)`,
      ).exec(text);
  const days =
    amountOf('(?:hele\\s+)?(?:schooldagen|schooldag|dagen|dag)', text) ??
    (weeks ? Number(weeks[1]) * 5 : undefined) ??
    (/\b(?:de|een)\s+hele\s+dag\b/.test(text) && !/\b(?:elke|iedere|steeds|vaak)\b/.test(text) ? 1 : undefined);
  const allHours = hours ?? listedHours;
  return {
    ...(allHours !== undefined && { hours: allHours }),
    ...(dagdelen !== undefined && { dagdelen }),
    ...(days !== undefined && { days }),
  };
}

/** Adds truancy amounts to the situation, with the period they were counted in. */
export function addTruancy(
  situation: Situation,
  { hours, dagdelen, days }: ReturnType<typeof truancyAmounts>,
  period: Period | undefined,
): void {
  if (hours !== undefined) situation.truancyHours = (situation.truancyHours ?? 0) + hours;
  if (dagdelen !== undefined) situation.truancyDagdelen = (situation.truancyDagdelen ?? 0) + dagdelen;
  if (days !== undefined) situation.truancyDays = (situation.truancyDays ?? 0) + days;
  if (period && (hours ?? dagdelen ?? days) !== undefined) situation.truancyPeriod = period;
}

/** Reads the truancy a sentence says into the situation. */
export function parseTruancy(sentence: string, situation: Situation, period: Period | undefined): void {
  const truant =
    truancyWords.test(sentence) ||
    (missedLessonWords.test(sentence) && !/jeugdarts|ggd|afspraak|spreekuur/.test(sentence));
  if (
    !truant ||
    sickWords.test(sentence) ||
    /\bgeoorloofd/.test(sentence.replace(/ongeoorloofd|niet\s+geoorloofd/g, ''))
  )
    return;
  situation.mentioned.truancy = true;
  const amounts = truancyAmounts(sentence);
  // "van 3 t/m 7 november ongeoorloofd afwezig": the schooldagen of the range.
  const fromRange =
    Object.keys(amounts).length === 0 && period?.schoolDays !== undefined ? { days: period.schoolDays } : amounts;
  addTruancy(situation, fromRange, period);
}

/** Whether any amount of truancy was read. */
export const hasTruancyAmount = (situation: Situation) =>
  situation.truancyHours !== undefined ||
  situation.truancyDagdelen !== undefined ||
  situation.truancyDays !== undefined;
