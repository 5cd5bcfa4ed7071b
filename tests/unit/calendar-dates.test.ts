import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  dateParts,
  diffDays,
  eachDay,
  fromDayNumber,
  isAfter,
  isBefore,
  isoDate,
  isoWeek,
  isoWeekNumber,
  isValidIsoDate,
  isWithin,
  maxDate,
  minDate,
  mondayOf,
  toDayNumber,
  weekday,
} from '../../shared/domain/calendar';

const DAY_MS = 86_400_000;
/** The oracle: the same day through JavaScript's own UTC calendar. */
const viaDate = (dayNumber: number) => new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
const dayNumbers = fc.integer({ min: toDayNumber('1583-01-01'), max: toDayNumber('4099-12-31') });
const isoDates = dayNumbers.map(fromDayNumber);

describe('ISO dates', () => {
  it('knows a real day from anything else', () => {
    for (const ok of ['2025-11-03', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) {
      expect(isValidIsoDate(ok), ok).toBe(true);
    }
    for (const bad of ['2025-02-29', '1900-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '2025-11-3']) {
      expect(isValidIsoDate(bad), bad).toBe(false);
    }
    for (const bad of ['0000-01-01', ' 2025-11-03', '2025-11-03T00:00', '03/11/2025', '', null, 20251103]) {
      expect(isValidIsoDate(bad), String(bad)).toBe(false);
    }
  });

  it('refuses to compute on an invalid date rather than guess', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addDays('2025-02-28', 1.5)).toThrow(RangeError);
    expect(() => isoDate(2025, 2, 29)).toThrow(RangeError);
    expect(() => weekday('hier')).toThrow(RangeError);
  });

  it('builds and splits dates', () => {
    expect(isoDate(2025, 7, 4)).toBe('2025-07-04');
    expect(dateParts('2026-05-14')).toEqual({ year: 2026, month: 5, day: 14 });
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2025-10-18', 16)).toBe('2025-11-03');
    expect(diffDays('2025-10-18', '2025-11-03')).toBe(16);
    expect(diffDays('2025-11-03', '2025-10-18')).toBe(-16);
  });

  it('numbers weekdays from Monday = 1 to Sunday = 7', () => {
    expect(weekday('2025-11-03')).toBe(1);
    expect(weekday('2026-05-14')).toBe(4);
    expect(weekday('2025-10-18')).toBe(6);
    expect(weekday('2024-03-31')).toBe(7);
    expect(weekday('1970-01-01')).toBe(4);
    expect(weekday('1969-12-28')).toBe(7);
  });

  it('finds the Monday of a week', () => {
    expect(mondayOf('2025-11-03')).toBe('2025-11-03');
    expect(mondayOf('2025-11-09')).toBe('2025-11-03');
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
  });

  it('lists every day of a span, both ends included', () => {
    expect(eachDay('2025-12-30', '2026-01-02')).toEqual([
      '2025-12-30',
      '2025-12-31',
      '2026-01-01',
      '2026-01-02',
    ]);
    expect(eachDay('2025-11-03', '2025-11-03')).toEqual(['2025-11-03']);
    expect(eachDay('2025-11-04', '2025-11-03')).toEqual([]);
  });

  it('numbers ISO weeks, including week 53 and weeks that straddle the new year', () => {
    expect(isoWeekNumber('2025-11-03')).toBe(45);
    expect(isoWeek('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2023-01-01')).toEqual({ year: 2022, week: 52 });
  });

  it('compares dates', () => {
    expect(['2026-01-05', '2025-11-03', '2025-12-20'].sort(compareDates)).toEqual([
      '2025-11-03',
      '2025-12-20',
      '2026-01-05',
    ]);
    expect(isBefore('2025-11-03', '2025-11-04')).toBe(true);
    expect(isAfter('2025-11-03', '2025-11-04')).toBe(false);
    expect(isWithin('2025-11-03', '2025-11-03', '2025-11-05')).toBe(true);
    expect(isWithin('2025-11-06', '2025-11-03', '2025-11-05')).toBe(false);
    expect(minDate('2025-11-03', '2024-01-01', '2026-01-01')).toBe('2024-01-01');
    expect(maxDate('2025-11-03', '2024-01-01', '2026-01-01')).toBe('2026-01-01');
  });
});

describe('ISO dates, properties', () => {
  it('numbers days as JavaScript’s UTC calendar does', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => fromDayNumber(n) === viaDate(n) && toDayNumber(viaDate(n)) === n),
    );
  });

  it('makes addDays and diffDays inverse', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        const later = addDays(date, n);
        return diffDays(date, later) === n && addDays(later, -n) === date && isValidIsoDate(later);
      }),
    );
  });

  it('gives the weekday JavaScript gives', () => {
    fc.assert(
      fc.property(dayNumbers, (n) => weekday(fromDayNumber(n)) === (new Date(n * DAY_MS).getUTCDay() || 7)),
    );
  });

  it('puts mondayOf on a Monday at most six days before the date', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const monday = mondayOf(date);
        const back = diffDays(monday, date);
        return weekday(monday) === 1 && back >= 0 && back <= 6 && mondayOf(addDays(monday, 6)) === monday;
      }),
    );
  });

  it('lists diffDays + 1 consecutive days in eachDay', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: 0, max: 400 }), (start, n) => {
        const days = eachDay(start, addDays(start, n));
        return days.length === n + 1 && days.every((d, i) => d === addDays(start, i));
      }),
    );
  });

  it('keeps ISO weeks within 1–53, with 4 January always in week 1 and 28 December in the last', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const { year, week } = isoWeek(date);
        const last = isoWeekNumber(isoDate(year, 12, 28));
        return (
          week >= 1 &&
          week <= last &&
          (last === 52 || last === 53) &&
          isoWeekNumber(isoDate(year, 1, 4)) === 1
        );
      }),
    );
  });

  it('advances the week number by one each Monday, or restarts at 1', () => {
    fc.assert(
      fc.property(isoDates, (date) => {
        const monday = mondayOf(date);
        const next = isoWeek(addDays(monday, 7));
        const here = isoWeek(monday);
        return (
          (next.year === here.year && next.week === here.week + 1) ||
          (next.year === here.year + 1 && next.week === 1)
        );
      }),
    );
  });

  it('orders dates as their day numbers', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (a, b) => Math.sign(compareDates(a, b)) === Math.sign(diffDays(b, a))),
    );
  });
});
