import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonths,
  addSchoolDays,
  amsterdamDay,
  amsterdamInstant,
  describeDueRule,
  dueDate,
  formatDay,
  type DueRule,
} from './due-dates.js';
import {
  dayNumber,
  isSchoolDay,
  loadSchoolCalendars,
  toIsoDay,
  weekdaysOnlyCalendar,
  type SchoolCalendar,
} from './school-calendar.js';

const weekdays = weekdaysOnlyCalendar;
/** A school with the Christmas holiday of 2026-2027 and a study day. */
const school: SchoolCalendar = {
  id: 'school-a',
  name: 'Testcollege A 2026-2027',
  label: 'volgens de schoolkalender',
  holidays: [
    { name: 'Kerstvakantie', from: '2026-12-19', to: '2027-01-03' },
    { name: 'Voorjaarsvakantie', from: '2027-02-13', to: '2027-02-21' },
  ],
  studyDays: [{ name: 'Studiedag', date: '2027-02-08' }],
};

const threeSchoolDays: DueRule = { kind: 'school-days', count: 3 };
const twoWeeks: DueRule = { kind: 'calendar-days', count: 14 };

describe('dueDate', () => {
  it('should count school days over a weekend', () => {
    expect(dueDate({ calendar: weekdays, start: '2026-12-10', rule: threeSchoolDays })).toBe('2026-12-15'); // thu → tue
    expect(dueDate({ calendar: weekdays, start: '2026-12-11', rule: threeSchoolDays })).toBe('2026-12-16'); // fri → wed
    expect(dueDate({ calendar: weekdays, start: '2026-12-12', rule: threeSchoolDays })).toBe('2026-12-16'); // sat → wed
  });

  it('should give a "now" deadline on a weekend the next Monday', () => {
    expect(dueDate({ calendar: weekdays, start: '2026-12-09', rule: { kind: 'school-days', count: 0 } })).toBe(
      '2026-12-09',
    );
    expect(dueDate({ calendar: weekdays, start: '2026-12-13', rule: { kind: 'school-days', count: 0 } })).toBe(
      '2026-12-14',
    );
  });

  it('should skip the Christmas holiday across the year end when counting school days', () => {
    expect(dueDate({ calendar: school, start: '2026-12-18', rule: threeSchoolDays })).toBe('2027-01-06');
    // Weekdays only knows no holiday: New Year's Day is counted, and the date says so.
    expect(dueDate({ calendar: weekdays, start: '2026-12-31', rule: threeSchoolDays })).toBe('2027-01-05');
  });

  it('should count weeks on the calendar and move an end in a weekend or holiday to the next school day', () => {
    expect(dueDate({ calendar: weekdays, start: '2026-12-10', rule: twoWeeks })).toBe('2026-12-24');
    expect(dueDate({ calendar: school, start: '2026-12-10', rule: twoWeeks })).toBe('2027-01-04');
    expect(dueDate({ calendar: weekdays, start: '2026-12-20', rule: twoWeeks })).toBe('2027-01-04'); // ends on a sunday
    // ends in the voorjaarsvakantie
    expect(dueDate({ calendar: school, start: '2027-02-01', rule: twoWeeks })).toBe('2027-02-22');
  });

  it('should skip a study day', () => {
    expect(dueDate({ calendar: school, start: '2027-02-05', rule: { kind: 'school-days', count: 1 } })).toBe(
      '2027-02-09',
    );
  });

  it('should take the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    // 28 feb is a sunday
    expect(dueDate({ calendar: weekdays, start: '2027-01-31', rule: { kind: 'months', count: 1 } })).toBe('2027-03-01');
  });

  it('should never give an earlier due date for a later start, and never one before the start', () => {
    const day = fc.integer({ min: dayNumber('2025-01-01'), max: dayNumber('2029-12-31') }).map(toIsoDay);
    const rule = fc.oneof(
      fc.record({ kind: fc.constant('school-days' as const), count: fc.integer({ min: 0, max: 30 }) }),
      fc.record({ kind: fc.constant('calendar-days' as const), count: fc.integer({ min: 0, max: 120 }) }),
      fc.record({ kind: fc.constant('months' as const), count: fc.integer({ min: 0, max: 4 }) }),
    );
    fc.assert(
      fc.property(day, day, rule, fc.constantFrom(weekdays, school), (first, second, dueRule, calendar) => {
        const [early, late] = first <= second ? [first, second] : [second, first];
        const earlyDue = dueDate({ calendar, start: early, rule: dueRule });
        const lateDue = dueDate({ calendar, start: late, rule: dueRule });
        expect(earlyDue <= lateDue).toBe(true);
        expect(earlyDue >= early).toBe(true);
        expect(isSchoolDay(calendar, earlyDue)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('should give exactly n school days between the start and a school-day due date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('2026-09-01'), max: dayNumber('2027-07-01') }).map(toIsoDay),
        fc.integer({ min: 1, max: 20 }),
        (start, count) => {
          const due = addSchoolDays(school, start, count);
          let between = 0;
          for (let day = dayNumber(start) + 1; day <= dayNumber(due); day += 1)
            if (isSchoolDay(school, toIsoDay(day))) between += 1;
          expect(between).toBe(count);
        },
      ),
    );
  });
});

describe('Europe/Amsterdam', () => {
  it('should take the Dutch day, not the server day, around midnight', () => {
    expect(amsterdamDay(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-07');
    expect(amsterdamDay(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });

  it('should put 08:00 at 07:00 UTC in winter and 06:00 UTC in summer, also on the days the clocks change', () => {
    expect(amsterdamInstant('2026-12-07', 8).toISOString()).toBe('2026-12-07T07:00:00.000Z');
    expect(amsterdamInstant('2026-06-15', 8).toISOString()).toBe('2026-06-15T06:00:00.000Z');
    expect(amsterdamInstant('2027-03-28', 8).toISOString()).toBe('2027-03-28T06:00:00.000Z');
    expect(amsterdamInstant('2026-10-25', 8).toISOString()).toBe('2026-10-25T07:00:00.000Z');
  });
});

describe('labels', () => {
  it('should say how a date was counted, and read as staff write dates', () => {
    expect(describeDueRule(threeSchoolDays)).toBe('3 schooldagen');
    expect(describeDueRule(twoWeeks)).toBe('2 weken (kalenderdagen)');
    expect(formatDay('2026-12-11')).toBe('vr 11 dec 2026');
  });

  it('should load the default calendar from knowledge/calendars, labelled as weekdays only', () => {
    const calendar = loadSchoolCalendars().calendarFor('any-school');
    expect(calendar.id).toBe('default');
    expect(calendar.label).toMatch(/weekdagen/);
    expect(calendar.holidays).toEqual([]);
  });
});
