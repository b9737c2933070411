/**
 * Absence listed by its days rather than counted: "ma, wo en vr te laat", "tl 12/9, tl 19/9, tl 3/10", "ziekmeldingen
 * 14/11 en 2/12", "vorige week di-middag en deze week do-middag niet geweest". The list is rewritten as the count the
 * parser reads ("3 keer", "2 dagdelen", "2 keer ziek"), by the kind of absence said around it. Sick days that follow
 * each other ("ma, di en wo ziek", "18 sept + 19 sept") are one ziekmelding. Works on the normalized text (see
 * `situation-text.ts`: lower case, month names written out).
 */

import { monthNames } from './situation-patterns.js';

const weekdays = ['ma', 'di', 'wo', 'do', 'vr'] as const;
const weekdayPattern = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|ma|di|wo|do|vr)`;
const datePattern = String.raw`(?:\d{1,2}[/-]\d{1,2}|\d{1,2}\s+(?:${monthNames.join('|')}))`;
/** One occasion: a weekday (with its part of the day), a date, or a weekday with its date; "tl" marks a late one. */
const item =
  String.raw`(?:tl\s+)?(?:${weekdayPattern}(?:[-\s]?(?:ochtend|middag|mid))?(?:\s+${datePattern})?|` +
  String.raw`${datePattern})`;
const items = new RegExp(item, 'gu');
const separator =
  String.raw`\s*(?:,\s*(?:en\b|plus\b)?|\ben\b|\bplus\b|\+|&|;|\n\s*[-•*]?)\s*(?:[-•*]\s*)?` +
  String.raw`(?:(?:vorige|deze|afgelopen)\s+week\s+)?` +
  // The kind said again before each day: "ziek op maandag, ziek op donderdag, ziek weer op dinsdag".
  String.raw`(?:(?:ziek|te\s+laat|afwezig)\s+(?:weer\s+)?)?(?:op\s+)?`;
/**
 * A registration line may name the kind after each day: "12 sept ziek", "3/10 te laat", a line each (the last one
 * stays).
 */
const kinds = String.raw`(?:ziek(?:gemeld)?|te\s+laat|tl|afwezig|gespijbeld|ongeoorloofd)`;
const kindAfter =
  String.raw`(?:[^\S\n]+${kinds}(?=[^\S\n]*\n)|` +
  // "ma ziek, wo ziek, vr ziek": after each day in a comma list, the next day straight after the comma.
  String.raw`[^\S\n]+${kinds}(?=\s*,\s*(?:en\s+)?${weekdayPattern}\b))?`;
// "ziekgemeld op 3 okt, 17 okt en 2 nov": the "op" goes with the days.
const list = new RegExp(
  String.raw`(?<![\p{L}\d/])(?:(?:op|van)\s+)?${item}(?:${kindAfter}${separator}${item})+(?![\p{L}\d/])`,
  'gu',
);

type Occasion = { readonly day?: number; readonly date?: string; readonly daypart: boolean; readonly late: boolean };

function occasionsOf(listed: string): Occasion[] {
  return [...listed.matchAll(items)].map(([text]) => {
    const weekday = /^(?:tl\s+)?(ma|di|wo|do|vr)/.exec(text)?.[1];
    const date = /(\d{1,2})[/-](\d{1,2})|(\d{1,2})\s+(\p{L}+)/u.exec(text);
    const month = date ? (date[2] ? Number(date[2]) - 1 : monthNames.indexOf(date[4]!)) : -1;
    const dayOfYear = date ? month * 31 + Number(date[1] ?? date[3]) : undefined;
    // Days in school order: a weekday's place in the week, or the date's place in the year (weekends skipped over).
    const day = dayOfYear ?? (weekday ? weekdays.indexOf(weekday as (typeof weekdays)[number]) : undefined);
    return {
      ...(day === undefined ? {} : { day }),
      ...(date && monthNames[month] ? { date: `${Number(date[1] ?? date[3])} ${monthNames[month]}` } : {}),
      daypart: /ochtend|middag|mid\b/.test(text),
      late: /^tl\b/.test(text),
    };
  });
}

/** Spells of days that follow each other (a Friday and the Monday after it included): one ziekmelding each. */
function spells(occasions: readonly Occasion[], datesGiven: boolean): number {
  let count = 0;
  let previous: number | undefined;
  for (const { day } of occasions) {
    const gap = datesGiven ? 3 : 1;
    if (day === undefined || previous === undefined || day - previous < 1 || day - previous > gap) count += 1;
    previous = day;
  }
  return count;
}

/** What kind of absence the words around a list tell ("afwezig" alone tells none: the rules ask which). */
function kindAround(context: string, occasions: readonly Occasion[]): 'late' | 'sick' | 'truancy' | undefined {
  if (occasions.some((occasion) => occasion.late) || /\bte\s+laat\b|\btl\b/.test(context)) return 'late';
  if (/ziek/.test(context)) return 'sick';
  if (/spijbel|ongeoorloofd|zonder\s+(?:geldige\s+)?reden/.test(context)) return 'truancy';
  return undefined;
}

/** The text with each list of days rewritten as its count. */
export function countListedOccasions(text: string): string {
  return text.replace(list, (listed, offset: number) => {
    const occasions = occasionsOf(listed);
    // "anderhalve dag weggebleven (ma + di ochtend)": days in brackets explain a count already given.
    if (occasions.length < 2 || /\(\s*$/.test(text.slice(0, offset))) return listed;
    const before =
      text
        .slice(Math.max(0, offset - 80), offset)
        .split(/[.!?]\s/)
        .pop() ?? '';
    const after = text.slice(offset + listed.length, offset + listed.length + 60).split(/[.!?](?:\s|$)/)[0] ?? '';
    // The sentence tells the kind, or else the message does: "ma, di en vr hele dag weg. … hij heeft gespijbeld".
    const kind =
      kindAround(`${before} ${listed} ${after}`, occasions) ??
      kindAround(text.replace(/\b(?:niet|geen|zonder)\s*ziek\w*/g, ' '), []);
    // Dated days keep their span as a period: "4 keer te laat van 12 september tot 4 oktober".
    const dates = occasions.flatMap((occasion) => (occasion.date ? [occasion.date] : []));
    const span = dates.length >= 2 ? `van ${dates[0]} tot ${dates.at(-1)} ` : '';
    const dayparts = occasions.some((occasion) => occasion.daypart);
    // "te laat" said once, before the list ("te laat: 3/9, 10/9") or after it, is said for each day.
    const lateAfter = /^\s*(?:te\s+laat|tl)\b/.test(after);
    if (kind === 'late') return `${occasions.length} keer ${lateAfter ? '' : 'te laat '}${span}`;
    if (kind === 'truancy') return `${occasions.length} ${dayparts ? 'dagdelen' : 'dagen'} ${span}`;
    if (kind === 'sick') {
      const reports = spells(occasions, /\d/.test(listed));
      return reports === 1 ? `${occasions.length} dagen achter elkaar ${span}` : `${reports} keer ${span}`;
    }
    return listed;
  });
}
