import type { Period, Situation } from './situation.js';
import { schoolPeriodLabel } from './situation-periods.js';
import { first, lateWords, monthNames, number, sickWords, truancyWords } from './situation-patterns.js';

/** The weekdays in the plural, for "5 maandagen op rij". */
export const weekdayPlurals = 'maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen';
const monthWords = monthNames.join('|');

/** Times te laat said without "N keer": listed dates, "nu op 6", "5 maandagen op rij", "9 te laat". */
function lateCountWithoutKeer(sentence: string): number | undefined {
  // "te laat op 4, 11 en 18 november en vanochtend weer", "te laat op: 2/9, 9/9, 16/9".
  const listed = new RegExp(
    `\\bte\\s*laat\\s+op\\s*:?\\s*((?:\\d{1,2}(?:\\/\\d{1,2})?(?:\\s+(?:${monthWords}))?\\s*(?:,|en|\\.)?\\s*)+)`,
  ).exec(sentence);
  if (listed) {
    const dates = listed[1]!.match(/\d{1,2}(?:\/\d{1,2})?/g)?.length ?? 0;
    const today =
      /\b(?:vandaag|vanochtend|vanmorgen)\s+(?:\S+\s+)?weer\b|\bweer\s+(?:vandaag|vanochtend|vanmorgen)\b/.test(
        sentence,
      )
        ? 1
        : 0;
    if (dates >= 2) return dates + today;
  }
  // "kwam op maandag 6, dinsdag 14 en donderdag 23 januari te laat": the dates listed (the weekdays before a
  // date are dropped when the text is normalised).
  const dates = new RegExp(`\\b\\d{1,2}(?:\\s*(?:,|en)\\s*\\d{1,2})+\\s+(?:${monthWords})\\b`).exec(sentence);
  if (dates) return dates[0].match(/\d{1,2}/g)!.length;
  return (
    // "toen stond de teller op 4, nu op 6": the count now.
    first(
      new RegExp(`\\bnu\\s+(?:(?:staat|zit)\\s+(?:\\S+\\s+)?)?op\\s+${number}\\b(?!\\s*(?:min|uur|dagen|weken))`),
      sentence,
    ) ??
    first(new RegExp(`\\bte[\\s-]*laat\\w*\\s*[:=]\\s*${number}(?!\\s*(?:min|uur|dagen|weken))`), sentence) ??
    // "elke maandag te laat, dat zijn er nu 13": the times counted up.
    first(
      new RegExp(
        `\\b(?:dat|het)\\s+(?:zijn|is|waren|was|staat)\\s+(?:er\\s+)?(?:(?:nu|inmiddels|` +
          `intussen|al|dus|op|zo'?n)\\s+)*${number}\\b(?!\\s*(?:min|uur|lesuren|dagen|` +
          `weken|jaar|%))`,
      ),
      sentence,
    ) ??
    first(new RegExp(`(?<!\\bom\\s)\\b${number}\\s+te[\\s-]*laat\\b`), sentence) ??
    // "op de helft van de schooldagen te laat: dat is 15 (van de 30) dagen", "15 dagen te laat": days late are times.
    first(
      new RegExp(
        `\\b(?:dat|het)\\s+(?:zijn|is|waren|was)\\s+(?:er\\s+)?(?:(?:dus|al|nu|inmiddels)\\s+)*${number}\\s+` +
          `(?:school)?dagen\\b`,
      ),
      sentence,
    ) ??
    first(new RegExp(`\\b${number}\\s+(?:school)?dagen\\s+te[\\s-]*laat\\b`), sentence) ??
    first(new RegExp(`\\b${number}\\s+(?:${weekdayPlurals})\\b`), sentence) ??
    first(new RegExp(`\\bstaat\\s+(?:\\S+\\s+){0,2}op\\s+${number}\\b(?!\\s*(?:min|uur))`), sentence)
  );
}

/** "2x per week te laat, 7 weken lang", "3 weken op rij elke dag te laat": a rate times the weeks. */
function lateRateTimesWeeks(sentence: string, period: Period | undefined): number | undefined {
  const perWeek =
    first(new RegExp(`${number}\\s*(?:keer|maal)\\s+(?:per|in\\s+de|elke|iedere)\\s+week\\b`), sentence) ??
    (/\b(?:elke|iedere)\s+(?:school)?dag\b|\bdagelijks\b/.test(sentence) ? 5 : undefined);
  if (perWeek === undefined) return undefined;
  const weeks =
    first(new RegExp(`${number}\\s*(?:schoolweken|weken)\\b`), sentence) ??
    (period && period.label !== schoolPeriodLabel ? Math.round(period.days / 7) : undefined);
  return weeks === undefined ? undefined : perWeek * weeks;
}

/** "(3 vmbo)", "(14 jaar)", "(groep 7)": a class or an age, not a count. */
const classInParentheses = new RegExp(
  String.raw`\(\s*(?:\d{1,2}\s*(?:jaar|jr)|(?:groep|klas)\s*\d{1,2}[a-z]?|` +
    String.raw`\d\s*(?:havo|vwo|vmbo|mavo|tl|kb|bb|gt|[a-h])\b)([^)]*)\)`,
  'g',
);

/** Counts the times te laat a sentence says into the situation. */
export function parseLate(said: string, situation: Situation, period: Period | undefined): void {
  if (!lateWords.test(said)) return;
  // A class or an age in parentheses says nothing of the count: "te laat Zoë (3 vmbo): 12 keer".
  // A late slip is one time late: "haalt een te-laatbriefje, nu de 7e keer", "9 laatbriefjes".
  // "(3 havo, 9x te laat)": the class goes, a count told beside it stays.
  const sentence = said
    .replace(classInParentheses, (_, rest: string) => ` ${rest.replace(/^[^,;]*[,;]?/, '')} `)
    .replace(/\b(?:te[\s-]*)?laat[\s-]*briefjes?\b/g, 'te laat');
  situation.mentioned.late = true;
  // "Deze periode 6 keer te laat, vorige periode 7 keer": every count of the sentence.
  const counts = [
    ...sentence.matchAll(new RegExp(`${number}\\s*(?:keer|maal)\\b(?!\\s+(?:per|in\\s+de\\s+week))`, 'g')),
  ].map((match) => Number(match[1]));
  const tied =
    first(
      new RegExp(
        `${number}\\s*(?:keer|maal)\\b(?:(?!ziek|spijbel|afwezig|\\bdag|\\buur|` +
          `\\d).){0,40}?\\b(?:te[\\s-]*laat|niet\\s+op\\s+tijd)`,
      ),
      sentence,
    ) ??
    first(new RegExp(`\\bte[\\s-]*laat\\b[^\\d]{0,60}?${number}\\s*(?:keer|maal)\\b`), sentence) ??
    first(
      new RegExp(`${number}\\s*(?:te[\\s-]*laat[\\s-]*(?:meldingen|komingen|momenten)|laatkomingen|laatkomers)`),
      sentence,
    );
  const stated = lateCountWithoutKeer(sentence);
  const onlyLate = !truancyWords.test(sentence) && !sickWords.test(sentence);
  // "in totaal dus 5 keer" is the total; counts for different periods ("deze periode 6, vorige periode 7") add up.
  const total = first(
    new RegExp(`\\b(?:in\\s+totaal|totaal|dus|samen)\\s+(?:\\S+\\s+){0,2}?${number}\\s*(?:keer|maal)\\b`),
    sentence,
  );
  const periodsNamed = (
    sentence.match(
      new RegExp(
        String.raw`\bperiode\b|\bmaand\b|\bweek\b|januari|februari|maart|april|mei|juni|september|` +
          String.raw`oktober|november|december|vakantie`,
        'g',
      ),
    ) ?? []
  ).length;
  const perPeriod =
    tied !== undefined && onlyLate && counts.length > 1 && periodsNamed >= counts.length - 1 && periodsNamed > 0;
  const count =
    stated !== undefined && /\bnu\s+(?:(?:staat|zit)\s+(?:\S+\s+)?)?op\s+\d|te\s*laat\s+op\s*:?\s*\d/.test(sentence)
      ? stated
      : (total ??
        (perPeriod
          ? counts.reduce((sum, value) => sum + value, 0)
          : // A count said outright outweighs a rate: "bijna elke dag te laat: 13 keer sinds 1 december", "elke
            // maandag te laat, dat zijn er nu 12".
            ((counts.length === 0 && stated === undefined ? lateRateTimesWeeks(sentence, period) : undefined) ??
            tied ??
            stated)));
  if (count !== undefined) {
    situation.lateCount = (situation.lateCount ?? 0) + count;
    // Te laat has no counting period in the protocol; an estimated "deze periode" is left as the user said it.
    if (period && period.label !== schoolPeriodLabel) situation.latePeriod = period;
  }
}
