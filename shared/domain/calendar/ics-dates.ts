import { dateParts, daysInMonth, fromDayNumber, isoDate, isValidIsoDate, toDayNumber } from './dates';

/**
 * The calendar day of an iCalendar DTSTART/DTEND value, as ical.js's jCal gives it:
 * type "date" ("2025-10-18") or "date-time" ("2025-10-17T22:00:00Z", or without Z when
 * floating or with a TZID).
 *
 * A floating or TZID time is already the wall-clock time of the calendar: its date is taken
 * as written. A UTC time (Z) is read as French metropolitan time, because that is what the
 * official files mean: their periods start at local midnight, which is 22:00 or 23:00 UTC the
 * evening before, so cutting the UTC text at "T" would put every period one day early.
 */
export function icsValueDate(type: unknown, value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (type === 'date') return isValidIsoDate(value) ? value : null;
  if (type !== 'date-time') return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/.exec(value);
  if (!m || !isValidIsoDate(m[1])) return null;
  const [hour, minute, second] = [Number(m[2]), Number(m[3]), Number(m[4])];
  if (hour > 23 || minute > 59 || second > 60) return null;
  return m[5] === 'Z' ? parisDateOfUtc(m[1], hour, minute) : m[1];
}

/** Day number of the last Sunday of a month. */
function lastSunday(year: number, month: number): number {
  const last = toDayNumber(isoDate(year, month, daysInMonth(year, month)));
  const weekdayIndex = (((last + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
  return last - ((weekdayIndex + 1) % 7);
}

/**
 * The date in Paris of a UTC instant. EU rule (since 1996): summer time (UTC+2) from the last
 * Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC, otherwise UTC+1. Written
 * out rather than asked of Intl so that shared/ needs no time-zone data.
 */
export function parisDateOfUtc(date: string, hour: number, minute: number): string {
  const { year } = dateParts(date);
  const minutes = toDayNumber(date) * 1440 + hour * 60 + minute;
  const summerFrom = lastSunday(year, 3) * 1440 + 60;
  const summerTo = lastSunday(year, 10) * 1440 + 60;
  const offset = minutes >= summerFrom && minutes < summerTo ? 120 : 60;
  return fromDayNumber(Math.floor((minutes + offset) / 1440));
}
