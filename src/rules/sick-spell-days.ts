/** Schooldagen of one spell of sickness told without a count of days. */

export const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/** "de 3e dag", "dag 2 van de griep": the day of this spell. */
const dayOfTheSpell = new RegExp(
  String.raw`\b(\d+)(?:e|de|ste)\s+(?:zieke?\s+)?dag\b|\bdag\s+(\d{1,2})\b(?!\s*(?:van\s+de\s+)?(?:maand|week))`,
);

/** Schooldagen ill in a row said without a number: "de 3e dag", "gisteren en vandaag", "sinds dinsdag". */
export function daysInARow(sentence: string, todayWeekday: number): number | undefined {
  const ordinal = dayOfTheSpell.exec(sentence);
  if (ordinal) return Number(ordinal[1] ?? ordinal[2]);
  // "de hele week ziek": five schooldagen.
  if (/\b(?:de\s+)?hele\s+week\b/.test(sentence)) return 5;
  if (/\bgisteren\s+en\s+vandaag\b|\bsinds\s+gisteren\b/.test(sentence)) return 2;
  if (
    /\b(?:vandaag|vanochtend|vanmorgen|vanmiddag)\b/.test(sentence) &&
    !/\bsinds\s+(?!vandaag|vanochtend|vanmorgen|vanmiddag)/.test(sentence)
  )
    return 1;
  const since = new RegExp(`\\bsinds\\s+(?:afgelopen\\s+|vorige\\s+)?(${weekdays.join('|')})\\b`).exec(sentence);
  if (!since) return undefined;
  const from = weekdays.indexOf(since[1]!);
  const span = ((todayWeekday - from + 7) % 7) + 1;
  // Weekend days in between are no schooldagen.
  let weekend = 0;
  for (let offset = 0; offset < span; offset += 1) if ([0, 6].includes((from + offset) % 7)) weekend += 1;
  return span - weekend;
}
