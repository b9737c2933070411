/**
 * Counts told in parts, added up into the one count the rules read: per weekday ("maandag 3 uur dinsdag 2 woensdag 4
 * gespijbeld" → "9 uur gespijbeld"), per week ("2 keer te laat in week 1 3 in week 2 en 4 deze week" → "9 keer te laat
 * in 3 weken"), before and after ("5 keer te laat, daarna nog 4 keer" → "9 keer te laat"), a total without its unit
 * ("4 uur niet geweest, dus 9 in totaal" → "9 uur"), and a rate over weeks ("2
 * uur per week" for "5 weken" → "10 uur"). Works on the normalized text (lower case, numbers as digits; see
 * `situation-text.ts`).
 */
const units = 'keer|x|maal|uur|uren|lesuur|lesuren|dagdelen|dagdeel|dagen|dag';
const weekday = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag)(?:ochtend|middag)?`;
const separator = String.raw`\s*(?:,|\ben\b|\+|&)?\s*`;

/** The sum of the numbers and the unit the parts name (the first named), or undefined when no part names one. */
function total(parts: readonly RegExpMatchArray[], number: number, unit: number): [number, string] | undefined {
  const named = parts.find((part) => part[unit])?.[unit];
  if (!named) return undefined;
  return [parts.reduce((sum, part) => sum + Number(part[number]), 0), named === 'x' ? 'keer' : named];
}

const weekdayPart = String.raw`(?:op\s+)?${weekday}\s+(\d+(?:\.\d+)?)(?:\s+(${units})\b)?`;
const weekdayParts = new RegExp(weekdayPart, 'g');
const weekdayList = new RegExp(String.raw`\b${weekdayPart}(?:${separator}${weekdayPart})+`, 'g');

/** "maandag 3 uur dinsdag 2 woensdag 4": a count per weekday. */
function perWeekday(text: string): string {
  return text.replace(weekdayList, (listed) => {
    const parts = [...listed.matchAll(weekdayParts)];
    const summed = total(parts, 1, 2);
    return summed ? `${summed[0]} ${summed[1]}` : listed;
  });
}

const weekNamed =
  String.raw`(?:in\s+)?(?:week\s+\d+|(?:deze|vorige|afgelopen|de\s+week\s+daarvoor|die)\s+week|` +
  String.raw`de\s+week\s+(?:daarna|erna))\b`;

const weekPart =
  String.raw`(\d+(?:\.\d+)?)(?:\s+(${units})\b)?` +
  String.raw`((?:\s+(?!in\b|week\b|deze\b|vorige\b)[a-z-]+){0,3}?)\s+${weekNamed}`;
const weekParts = new RegExp(weekPart, 'g');
const weekList = new RegExp(String.raw`\b${weekPart}(?:${separator}${weekPart})+`, 'g');

/** "2 keer te laat in week 1 3 in week 2 en 4 deze week": a count per week, each week named once. */
function perWeek(text: string): string {
  return text.replace(weekList, (listed) => {
    const parts = [...listed.matchAll(weekParts)];
    const summed = total(parts, 1, 2);
    if (!summed) return listed;
    const words = parts.find((each) => each[3]?.trim())?.[3]?.trim();
    return `${summed[0]} ${summed[1]}${words ? ` ${words}` : ''} in ${parts.length} weken`;
  });
}

const countThenMore = new RegExp(
  String.raw`\b(\d+)\s+(${units})\b([^.?!\d]{0,80}?)\b(?:daarna|erna|nadien|sindsdien|toen|later)\s+` +
    String.raw`(?:(?:is\s+ze|is\s+hij|nog|weer|opnieuw|alweer)\s+)+(\d+)(?:\s+(${units})\b)?`,
  'g',
);

/** "5 keer te laat, daarna nog 4 keer": a count, then more of the same after it. */
function thenMore(text: string): string {
  return text.replace(
    countThenMore,
    (whole, first: string, unit: string, between: string, more: string, moreUnit?: string) =>
      !moreUnit || moreUnit === unit || (moreUnit === 'x' && unit === 'keer')
        ? `${Number(first) + Number(more)} ${unit}${between}`
        : whole,
  );
}

/** "2 uur per week" over "5 weken": the rate times the weeks, when the sentence gives one span in weeks. */
function rateOverWeeks(sentence: string): string {
  const spans = [...sentence.matchAll(/\b(\d+)\s+weken\b/g)];
  if (spans.length !== 1) return sentence;
  const weeks = Number(spans[0]![1]);
  return sentence.replace(
    /\b(\d+(?:\.\d+)?)\s+(uur|uren|lesuren|dagdelen)\s+(?:per|in\s+de|elke|iedere)\s+week\b/g,
    (_, rate: string, unit: string) => `${Number(rate) * weeks} ${unit}`,
  );
}

const totalWithoutUnit = new RegExp(
  String.raw`\b(?:dus|in\s+totaal|totaal|samen|opgeteld)\s+(?:(?:nu|al|dus|inmiddels)\s+)*(\d+(?:\.\d+)?)` +
    String.raw`(?=\s+(?:in\s+)?totaal\b|\s*[.,;!?]|\s*$|\s+(?:nu|inmiddels|al)\b)`,
  'g',
);
const countWithUnit = new RegExp(String.raw`\b\d+(?:\.\d+)?\s+(${units})\b`, 'g');

/** "weer 4 keer te laat, in totaal nu 11": a total without its unit takes the unit of the count told before it. */
function totalsWithUnit(text: string): string {
  return text.replace(totalWithoutUnit, (whole, number: string, offset: number) => {
    const unit = [...text.slice(0, offset).matchAll(countWithUnit)].at(-1)?.[1];
    return unit ? `${whole} ${unit === 'x' ? 'keer' : unit}` : whole;
  });
}

/** The text with counts told in parts added up (see the module's comment). */
export function summedRunningCounts(text: string): string {
  const summed = thenMore(perWeek(perWeekday(totalsWithUnit(text))));
  return summed.replace(/[^.?!]+/g, rateOverWeeks);
}
