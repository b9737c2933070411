/** Spells of sickness: the schooldagen of one told without a count, and one told again, also, or listed by its days. */

export const weekdays = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];

/**
 * "de 3e dag", "dag 2 van de griep": the day of this spell; also as the text normalisation leaves an ordinal ("nu 2e
 * dag", "de tweede dag" → "2 dag": a number of two or more before the singular).
 */
const dayOfTheSpell = new RegExp(
  String.raw`\b(?:(\d+)(?:e|de|ste)|([2-9]|[1-9]\d))\s+(?:zieke?\s+)?dag\b(?!\s*(?:van\s+de\s+)?(?:maand|week))|` +
    String.raw`\bdag\s+(\d{1,2})\b(?!\s*(?:van\s+de\s+)?(?:maand|week))`,
);

/** Schooldagen ill in a row said without a number: "de 3e dag", "gisteren en vandaag", "sinds dinsdag". */
export function daysInARow(sentence: string, todayWeekday: number): number | undefined {
  const ordinal = dayOfTheSpell.exec(sentence);
  if (ordinal) return Number(ordinal[1] ?? ordinal[2] ?? ordinal[3]);
  // "de hele week ziek": five schooldagen.
  if (/\b(?:de\s+)?hele\s+week\b/.test(sentence)) return 5;
  if (/\bgisteren\s+en\s+vandaag\b|\bsinds\s+gisteren\b/.test(sentence)) return 2;
  if (
    /\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|gisteren|eergisteren)\b/.test(sentence) &&
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

/** Sick again, not better again: "weer ziek", "opnieuw ziekgemeld", "ziekmelding maandag en vandaag weer". */
export const againSick = new RegExp(
  String.raw`\b(?:weer|opnieuw)\s+(?:\S+\s+){0,2}ziek|` +
    String.raw`\bziek\w*\b[^.?!]*\b(?:en|nu|vandaag)\s+(?:\S+\s+)?(?:weer|opnieuw)` +
    // "… ziek gemeld en nu weer vandaag en …": the day may follow the again.
    String.raw`(?:\s+(?:vandaag|gisteren|vanochtend|vanmorgen))?(?:\s*[.?!,]|\s*$|\s+(?:en|maar)\b)`,
);

/** Sick, and sick also at another time: "vandaag ziek en vorige week ook", "ziek, vorige week was hij ook ziek". */
const otherTime = String.raw`\b(?:vandaag|gisteren|eergisteren|vorige|afgelopen|${weekdays.join('|')}|week|maand)\b`;
const alsoSickPattern = new RegExp(
  String.raw`\bziek\w*\b[^.?!]*\book\b[^.?!]*\bziek|` + String.raw`\bziek\w*\b[^.?!]*${otherTime}\s+ook\s*(?:[.?!,]|$)`,
);
const anyOtherTime = new RegExp(otherTime);
/** Whether the sentence tells sickness also at another time; the period of the message may have been taken out of
 * the sentence, so any time word stands for the other time. */
export function toldAlsoSick(sentence: string): boolean {
  return alsoSickPattern.test(sentence) && anyOtherTime.test(sentence);
}

/** A spell's days in a list of spells: not a period ("in 10 dagen"), nor a time ago ("3 dagen geleden"). */
export const listedSpellDays = new RegExp(
  String.raw`(?<!\b(?:in|binnen|afgelopen|over|na|sinds)\s+(?:de\s+)?(?:afgelopen\s+)?)\b(\d+)\s*` +
    String.raw`(?:schooldagen|schooldag|dagen|dag)\b(?!\s+(?:achter\s*elkaar|op\s+rij|aaneen\w*|geleden|terug))`,
  'g',
);
