import type { Period } from './situation.js';
import { monthNames } from './situation-patterns.js';
import { schoolHolidays, schoolYearStart } from './school-holidays.js';

const number = '(\\d+(?:\\.\\d+)?)';
const dayMs = 86_400_000;
const daysPerUnit: Record<string, number> = {
  dag: 1,
  dagen: 1,
  schooldag: 1.4,
  schooldagen: 1.4,
  week: 7,
  weken: 7,
  schoolweek: 7,
  schoolweken: 7,
  maand: 30.5,
  maanden: 30.5,
};
const periodUnits = 'schooldagen|schooldag|dagen|dag|schoolweken|schoolweek|weken|week|maanden|maand';
const months = monthNames;
const monthPattern = months.join('|');
const holidayPattern = Object.keys(schoolHolidays).join('|');

const amountPatterns = [
  new RegExp(
    `\\b(?:in|binnen|over|gedurende)\\s+(?:de\\s+|een\\s+periode\\s+van\\s+|ruim\\s+|` +
      `bijna\\s+|zo'?n\\s+)?(?:afgelopen\\s+|laatste\\s+|voorbije\\s+|` +
      `eerste\\s+)?${number}\\s+(${periodUnits})\\b`,
  ),
  new RegExp(`\\b(?:de\\s+)?(?:afgelopen|laatste|voorbije)\\s+${number}\\s+(${periodUnits})\\b`),
];
const onePattern =
  /\b(?:deze|afgelopen|de afgelopen|vorige|per|in een|binnen een|in de afgelopen|de laatste)\s+(maand|week)\b/;
const rangePattern = new RegExp(
  `\\b(?:van|tussen)\\s+(\\d{1,2})(?:\\s+(${monthPattern}))?\\s+(?:tot\\s+en\\s+met` +
    `|tot|t/m|en)\\s+(\\d{1,2})\\s+(${monthPattern})\\b|` +
    `\\b(\\d{1,2})\\s*-\\s*(\\d{1,2})\\s+(${monthPattern})\\b`,
);

function utcDay(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

/** The last date with this month and day on or before `now`. */
function lastOccurrence(monthIndex: number, day: number, now: Date): Date {
  const date = utcDay(now.getUTCFullYear(), monthIndex, day);
  return date > now ? utcDay(now.getUTCFullYear() - 1, monthIndex, day) : date;
}

/**
 * The day a "sinds …" in the sentence starts from: a date ("sinds 1 oktober"), a month ("sinds
 * januari"), a school holiday ("sinds de kerstvakantie": the day school started again) or the school
 * year ("sinds begin van het schooljaar").
 */
function sinceDate(sentence: string, now: Date): { date: Date; match: string } | undefined {
  const date = new RegExp(
    `\\b(?:sinds|vanaf|laatst\\s+(?:op\\s+school\\s+)?(?:geweest\\s+)?op)\\s+(\\d{1,2})\\s+(${monthPattern})\\b`,
  ).exec(sentence);
  if (date) return { date: lastOccurrence(months.indexOf(date[2]!), Number(date[1]), now), match: date[0] };
  const holiday = new RegExp(
    // "sinds (voor) de kerst", "van voor de kerstvakantie": from the holiday, counted from school's restart.
    `\\b(?:sinds|na|vanaf|(?:al\\s+)?vanaf|van(?=\\s+voor\\b))\\s+(?:(?:net\\s+)?(?:voor|na)\\s+)?(?:de\\s+|` +
      `het\\s+eind\\s+van\\s+de\\s+)?(${holidayPattern})\\b(\\s+(?:van\\s+)?(?:vorig|` +
      `verleden)e?\\s+(?:school)?jaar\\b)?`,
  ).exec(sentence);
  if (holiday) {
    const { month, day } = schoolHolidays[holiday[1]!]!;
    const date = lastOccurrence(month - 1, day, now);
    // "sinds de herfstvakantie vorig schooljaar": a year before the last one.
    return {
      date: holiday[2] ? utcDay(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate()) : date,
      match: holiday[0],
    };
  }
  const month = new RegExp(`\\b(?:sinds|vanaf)\\s+(?:begin\\s+|half\\s+|medio\\s+|eind\\s+)?(${monthPattern})\\b`).exec(
    sentence,
  );
  if (month) {
    const part = /half|medio/.test(month[0]) ? 15 : /eind/.test(month[0]) ? 25 : 1;
    return { date: lastOccurrence(months.indexOf(month[1]!), part, now), match: month[0] };
  }
  const year = /\b(?:sinds|vanaf)\s+(?:het\s+)?(?:begin|start)\s+(?:van\s+)?(?:het|dit)\s+schooljaar\b/.exec(sentence);
  if (year) return { date: lastOccurrence(schoolYearStart.month - 1, schoolYearStart.day, now), match: year[0] };
  return undefined;
}

/** The label of "deze periode", a school period whose length is estimated (about ten weeks). */
export const schoolPeriodLabel = 'deze periode';

/** Weeks (to one decimal) since the "sinds …" of the sentence, or undefined. */
export function weeksSince(sentence: string, now: Date): number | undefined {
  const since = sinceDate(sentence, now);
  if (!since) return undefined;
  const days = Math.floor((now.getTime() - since.date.getTime()) / dayMs);
  return Math.round((days / 7) * 10) / 10;
}

/**
 * Today as the message states it ("het is nu december", "nu januari", "inmiddels eind maart"): the
 * nearest such day to the clock, or the clock itself when the message names no month for today.
 */
export function statedToday(text: string, now: Date): Date {
  const exact = new RegExp(
    `\\b(?:vandaag|nu)\\s+is\\s+het\\s+(\\d{1,2})\\s+(${monthPattern})\\b|` +
      `\\bhet\\s+is\\s+(?:nu|vandaag)\\s+(\\d{1,2})\\s+(${monthPattern})\\b`,
  ).exec(text);
  if (exact) {
    const day = Number(exact[1] ?? exact[3]);
    const monthIndex = months.indexOf((exact[2] ?? exact[4])!);
    const candidates = [-1, 0, 1].map((offset) => utcDay(now.getUTCFullYear() + offset, monthIndex, day));
    return candidates.reduce((best, date) =>
      Math.abs(date.getTime() - now.getTime()) < Math.abs(best.getTime() - now.getTime()) ? date : best,
    );
  }
  const match = new RegExp(
    `\\b(?:het\\s+is\\s+nu|nu\\s+is\\s+het|(?:en\\s+)?nu|inmiddels|we\\s+zijn\\s+nu|` +
      `we\\s+zitten\\s+nu\\s+in)\\s+(?:al\\s+)?(begin|half|medio|` +
      `eind)?\\s*(${monthPattern})\\b`,
  ).exec(text);
  if (!match) return now;
  const monthIndex = months.indexOf(match[2]!);
  if (monthIndex === now.getUTCMonth()) return now;
  const day = match[1] === 'begin' ? 5 : match[1] === 'eind' ? 25 : 15;
  const candidates = [-1, 0, 1].map((offset) => utcDay(now.getUTCFullYear() + offset, monthIndex, day));
  return candidates.reduce((best, date) =>
    Math.abs(date.getTime() - now.getTime()) < Math.abs(best.getTime() - now.getTime()) ? date : best,
  );
}

function label(amount: number, unit: string): string {
  return `${String(amount).replace('.', ',')} ${unit}`;
}

/**
 * A length said right after a period, which is more exact than it: "de laatste maand (4 wkn)", "sinds de
 * kerstvakantie (7 weken)", "sinds 1 maart – dus nog geen vier weken –".
 */
function statedAfter(sentence: string, periodWords: string): { period: Period; match: string } | undefined {
  const after = sentence.slice(sentence.indexOf(periodWords) + periodWords.length);
  const stated = new RegExp(
    `^\\s*[(–-]?\\s*(?:dus\\s+)?(?:nog\\s+geen\\s+|ruim\\s+|bijna\\s+|zo'?n\\s+|` +
      `ongeveer\\s+)?${number}\\s+(${periodUnits})\\b`,
  ).exec(after);
  if (!stated) return undefined;
  const amount = Number(stated[1]);
  return { period: { days: amount * daysPerUnit[stated[2]!]!, label: label(amount, stated[2]!) }, match: periodWords };
}

/**
 * The period the counts of a sentence are about, in calendar days, and the words it came from:
 * "in 2 maanden", "de afgelopen 3 weken", "deze maand", "van 3 tot 21 maart", "sinds de
 * kerstvakantie", "dit schooljaar".
 */
export function findPeriod(sentence: string, now: Date): { period: Period; match: string } | undefined {
  for (const pattern of amountPatterns) {
    const match = pattern.exec(sentence);
    if (match)
      return {
        period: { days: Number(match[1]) * daysPerUnit[match[2]!]!, label: label(Number(match[1]), match[2]!) },
        match: match[0],
      };
  }
  // "in november", not "we zitten nu in januari" (today).
  const inMonth = new RegExp(
    `(?<!\\bnu\\s)\\b(?:in|deze|afgelopen|vorige|heel|de\\s+maand)\\s+(${monthPattern})\\b`,
  ).exec(sentence);
  if (inMonth)
    return (
      statedAfter(sentence, inMonth[0]) ?? {
        period: { days: daysPerUnit.maand!, label: inMonth[1]! },
        match: inMonth[0],
      }
    );
  // A school period (four to a school year) is about ten weeks.
  const schoolPeriod = /\b(?:deze|afgelopen|de\s+afgelopen|vorige|in\s+deze|in\s+de\s+afgelopen)\s+periode\b/.exec(
    sentence,
  );
  if (schoolPeriod) return { period: { days: 70, label: schoolPeriodLabel }, match: schoolPeriod[0] };
  // A quarter of the year: "dit kwartaal", "het afgelopen kwartaal" (thirteen weeks).
  const quarter = /\b(?:dit|deze|het\s+afgelopen|afgelopen|vorig|het\s+vorige|in\s+dit)\s+kwartaal\b/.exec(sentence);
  if (quarter) return { period: { days: 91, label: 'dit kwartaal' }, match: quarter[0] };
  // A third or a half of the school year: "dit trimester" (thirteen weeks), "dit semester" (twenty).
  const part = /\b(?:dit|deze|het\s+afgelopen|afgelopen|vorig|het\s+vorige|in\s+dit)\s+(trimester|semester)\b/.exec(
    sentence,
  );
  if (part) return { period: { days: part[1] === 'trimester' ? 91 : 140, label: `dit ${part[1]}` }, match: part[0] };
  const one = onePattern.exec(sentence);
  if (one)
    return (
      statedAfter(sentence, one[0]) ?? {
        period: { days: daysPerUnit[one[1]!]!, label: `de afgelopen ${one[1]}` },
        match: one[0],
      }
    );
  const range = rangePattern.exec(sentence);
  if (range) {
    const [fromDay, fromMonth, toDay, toMonth] = range[1]
      ? [range[1], range[2] ?? range[4]!, range[3]!, range[4]!]
      : [range[5]!, range[7]!, range[6]!, range[7]!];
    const to = utcDay(now.getUTCFullYear(), months.indexOf(toMonth), Number(toDay));
    let from = utcDay(to.getUTCFullYear(), months.indexOf(fromMonth), Number(fromDay));
    if (from > to) from = utcDay(to.getUTCFullYear() - 1, months.indexOf(fromMonth), Number(fromDay));
    const days = Math.round((to.getTime() - from.getTime()) / dayMs) + 1;
    let schoolDays = 0;
    for (let day = 0; day < days; day += 1)
      if (![0, 6].includes(new Date(from.getTime() + day * dayMs).getUTCDay())) schoolDays += 1;
    return { period: { days, label: range[0].replace(/^(?:van|tussen)\s+/, ''), schoolDays }, match: range[0] };
  }
  const since = sinceDate(sentence, now);
  // "sinds de kerstvakantie (7 weken)": the weeks said win over the holiday table.
  const stated = since && statedAfter(sentence, since.match);
  if (stated) return stated;
  if (since) {
    const days = Math.max(1, Math.round((now.getTime() - since.date.getTime()) / dayMs));
    return { period: { days, label: since.match }, match: since.match };
  }
  const schoolYear = /\b(?:dit|het\s+hele|heel\s+dit|het)\s+schooljaar\b|\bdit\s+jaar\b/.exec(sentence);
  if (schoolYear) {
    const start = lastOccurrence(schoolYearStart.month - 1, schoolYearStart.day, now);
    return {
      period: { days: Math.max(1, Math.round((now.getTime() - start.getTime()) / dayMs)), label: 'dit schooljaar' },
      match: schoolYear[0],
    };
  }
  return undefined;
}
