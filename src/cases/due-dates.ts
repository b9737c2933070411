import { dayNumber, isSchoolDay, toIsoDay, type IsoDay, type SchoolCalendar } from './school-calendar.js';

/**
 * How the protocol counts a deadline:
 * - `school-days`: the n-th school day after the start (Deel 3: "uiterlijk na drie dagen ziek zijn" counts
 *   days the pupil is absent from school). `count: 0` is "now": the start if it is a school day, else the
 *   next one.
 * - `calendar-days`: days or weeks ("binnen twee weken", "vier weken"), counted on the calendar.
 * - `months`: "maandelijks" / "drie maanden", the same day of a later month (the last day of a shorter one).
 * A calendar-day or month deadline that ends on a day the school is closed moves to the next school day,
 * as the Algemene termijnenwet does for a term ending in a weekend or on a holiday: nobody at school can
 * act on it before.
 */
export type DueRule =
  | { readonly kind: 'school-days'; readonly count: number }
  | { readonly kind: 'calendar-days'; readonly count: number }
  | { readonly kind: 'months'; readonly count: number };

/** How long the loops below may look for a school day: a calendar closed for a year is a data error. */
const maxSearchDays = 400;

export class CalendarError extends Error {
  override name = 'CalendarError';
  constructor(
    readonly reason: 'noSchoolDay',
    options?: ErrorOptions,
  ) {
    super(`no school day within ${maxSearchDays} days: check the school calendar's holidays`, options);
  }
}

/** The first school day on or after `day`. */
export function schoolDayOnOrAfter(calendar: SchoolCalendar, day: IsoDay): IsoDay {
  const start = dayNumber(day);
  for (let offset = 0; offset <= maxSearchDays; offset += 1) {
    const candidate = toIsoDay(start + offset);
    if (isSchoolDay(calendar, candidate)) return candidate;
  }
  throw new CalendarError('noSchoolDay');
}

/** The `count`-th school day after `start` (the start itself not counted). */
export function addSchoolDays(calendar: SchoolCalendar, start: IsoDay, count: number): IsoDay {
  if (count === 0) return schoolDayOnOrAfter(calendar, start);
  let current = dayNumber(start);
  let left = count;
  for (let steps = 0; steps <= maxSearchDays + count * 7; steps += 1) {
    current += 1;
    if (isSchoolDay(calendar, toIsoDay(current)) && (left -= 1) === 0) return toIsoDay(current);
  }
  throw new CalendarError('noSchoolDay');
}

export function addCalendarDays(start: IsoDay, count: number): IsoDay {
  return toIsoDay(dayNumber(start) + count);
}

/** The same day `count` months later; the 31st of a 30-day month becomes the 30th. */
export function addMonths(start: IsoDay, count: number): IsoDay {
  const [year, month, date] = start.split('-').map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(year, month - 1 + count + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month - 1 + count, Math.min(date, lastOfTarget))).toISOString().slice(0, 10);
}

/**
 * The due date of a deadline that starts on `start`, on the school's calendar.
 * @example
 * // '2027-01-06' with a Christmas holiday
 * dueDate({ calendar, start: '2026-12-18', rule: { kind: 'school-days', count: 3 } })
 */
export function dueDate({
  calendar,
  start,
  rule,
}: {
  readonly calendar: SchoolCalendar;
  readonly start: IsoDay;
  readonly rule: DueRule;
}): IsoDay {
  switch (rule.kind) {
    case 'school-days':
      return addSchoolDays(calendar, start, rule.count);
    case 'calendar-days':
      return schoolDayOnOrAfter(calendar, addCalendarDays(start, rule.count));
    case 'months':
      return schoolDayOnOrAfter(calendar, addMonths(start, rule.count));
    default: {
      const never: never = rule;
      throw new Error(`unknown due rule ${JSON.stringify(never)}`);
    }
  }
}

/** "3 schooldagen", "14 kalenderdagen", "1 maand": how the date was counted, shown beside it. */
export function describeDueRule(rule: DueRule): string {
  switch (rule.kind) {
    case 'school-days':
      return rule.count === 0 ? 'direct' : `${rule.count} ${rule.count === 1 ? 'schooldag' : 'schooldagen'}`;
    case 'calendar-days':
      return rule.count % 7 === 0
        ? `${rule.count / 7} ${rule.count === 7 ? 'week' : 'weken'} (kalenderdagen)`
        : `${rule.count} kalenderdagen`;
    case 'months':
      return `${rule.count} ${rule.count === 1 ? 'maand' : 'maanden'}`;
    default: {
      const never: never = rule;
      throw new Error(`unknown due rule ${JSON.stringify(never)}`);
    }
  }
}

const weekdayNames = ['zo', 'ma', 'di', 'wo', 'do', 'vr', 'za'];
const monthNames = ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "vr 11 dec 2026", as staff read a date. */
export function formatDay(day: IsoDay): string {
  const date = new Date(dayNumber(day) * 86_400_000);
  return (
    `${weekdayNames[date.getUTCDay()]} ${date.getUTCDate()} ${monthNames[date.getUTCMonth()]} ` +
    `${date.getUTCFullYear()}`
  );
}

const amsterdamParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Amsterdam',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function partsOf(instant: Date): { day: IsoDay; hour: number; minute: number } {
  const parts = Object.fromEntries(amsterdamParts.formatToParts(instant).map((part) => [part.type, part.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** Today in the Netherlands (a school's day starts and ends in Europe/Amsterdam, whatever the server's zone). */
export function amsterdamDay(instant: Date): IsoDay {
  return partsOf(instant).day;
}

/** The instant of `hour`:00 in Europe/Amsterdam on `day`, summer or winter time. */
export function amsterdamInstant(day: IsoDay, hour: number): Date {
  const wanted = dayNumber(day) * 1440 + hour * 60;
  let guess = new Date((wanted - 60) * 60_000);
  // Two corrections suffice: the offset is +1 or +2 hours, and 08:00 is never in a DST gap.
  for (let round = 0; round < 2; round += 1) {
    const seen = partsOf(guess);
    const seenMinutes = dayNumber(seen.day) * 1440 + seen.hour * 60 + seen.minute;
    guess = new Date(guess.getTime() + (wanted - seenMinutes) * 60_000);
  }
  return guess;
}
