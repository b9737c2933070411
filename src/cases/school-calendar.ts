import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultKnowledgeDirectory, loadKnowledgeData } from '../knowledge/knowledge-base.js';

/** A day as `YYYY-MM-DD`, in the school's own time zone (Europe/Amsterdam). */
export type IsoDay = string;

const isoDaySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => toIsoDay(dayNumber(day)) === day, 'not a real date');

export const schoolCalendarSchema = z
  .object({
    /** `default`, or the school id of the roles file. */
    id: z.string().min(1),
    name: z.string().min(1),
    /** Shown beside every date computed with this calendar. */
    label: z.string().min(1),
    holidays: z
      .array(
        z
          .object({ name: z.string().min(1), from: isoDaySchema, to: isoDaySchema })
          .strict()
          .refine((holiday) => holiday.from <= holiday.to, 'from after to'),
      )
      .default([]),
    studyDays: z.array(z.object({ name: z.string().min(1), date: isoDaySchema }).strict()).default([]),
  })
  .strict();
export type SchoolCalendar = z.infer<typeof schoolCalendarSchema>;

/** Days since 1970-01-01 for an ISO day: plain integer arithmetic, no time zone can shift it. */
export function dayNumber(day: IsoDay): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, date) / 86_400_000;
}

export function toIsoDay(number: number): IsoDay {
  return new Date(number * 86_400_000).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(day: IsoDay): number {
  return (((dayNumber(day) + 4) % 7) + 7) % 7;
}

/** Whether the school is open that day: a weekday outside the calendar's holidays and study days. */
export function isSchoolDay(calendar: SchoolCalendar, day: IsoDay): boolean {
  const weekday = weekdayOf(day);
  if (weekday === 0 || weekday === 6) return false;
  if (calendar.studyDays.some((studyDay) => studyDay.date === day)) return false;
  return !calendar.holidays.some((holiday) => holiday.from <= day && day <= holiday.to);
}

export type SchoolCalendars = {
  /** The school's own calendar, or the default (weekdays only). */
  readonly calendarFor: (schoolId: string) => SchoolCalendar;
};

const calendarsFolder = 'calendars';

/**
 * Reads `knowledge/calendars/*.yaml`: `default.yaml` and one file per school (`<schoolId>.yaml`).
 * Fails at start on a malformed file, like the rest of the knowledge data.
 * @example const calendar = loadSchoolCalendars().calendarFor(actor.schoolId);
 */
export function loadSchoolCalendars(directory: string = defaultKnowledgeDirectory): SchoolCalendars {
  const folder = join(directory, calendarsFolder);
  const files = existsSync(folder) ? readdirSync(folder).filter((name) => /\.ya?ml$/.test(name)) : [];
  const calendars = new Map(
    files.map((name) => {
      const calendar: SchoolCalendar = schoolCalendarSchema.parse(
        loadKnowledgeData(join(calendarsFolder, name), z.unknown(), directory),
      );
      return [calendar.id, calendar] as const;
    }),
  );
  const fallback = calendars.get('default') ?? weekdaysOnlyCalendar;
  return { calendarFor: (schoolId) => calendars.get(schoolId) ?? fallback };
}

/** The calendar when no data is there at all; the same as `knowledge/calendars/default.yaml`. */
export const weekdaysOnlyCalendar: SchoolCalendar = {
  id: 'default',
  name: 'Standaard — alleen weekdagen',
  label: 'gerekend met weekdagen; vakanties en studiedagen van de school zijn niet ingevoerd',
  holidays: [],
  studyDays: [],
};

/** Calendars given in code (tests, a single school). */
export function fixedSchoolCalendars(
  calendars: readonly SchoolCalendar[],
  fallback: SchoolCalendar = weekdaysOnlyCalendar,
): SchoolCalendars {
  return { calendarFor: (schoolId) => calendars.find((calendar) => calendar.id === schoolId) ?? fallback };
}
