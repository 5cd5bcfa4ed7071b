/**
 * Calendar dates as ISO strings ("2025-11-03"), the only form that crosses the API.
 *
 * Arithmetic runs on day numbers (days since 1970-01-01 in the proleptic Gregorian calendar)
 * with integer formulas (H. Hinnant, "chrono-compatible low-level date algorithms"), not on
 * Date objects: there is no time of day at all, so neither the machine's time zone nor a
 * daylight-saving change can ever shift a day. The tests check the formulas against Date.UTC.
 */

/** Monday is 1 … Sunday is 7 (ISO 8601), as the rest of Carnet numbers weekdays. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** A real day written YYYY-MM-DD, years 0001 to 9999 ("2025-02-29" is not one). */
export function isValidIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Its year, month (1–12) and day; throws on anything but a valid ISO date (a caller's bug). */
export function dateParts(date: string): { year: number; month: number; day: number } {
  if (!isValidIsoDate(date)) throw new RangeError(`Invalid ISO date: ${JSON.stringify(date)}`);
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/** The ISO string of a day given by its parts; throws if that day does not exist. */
export function isoDate(year: number, month: number, day: number): string {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (
    !Number.isInteger(year) ||
    !Number.isInteger(month) ||
    !Number.isInteger(day) ||
    !isValidIsoDate(text)
  ) {
    throw new RangeError(`No such day: ${year}-${month}-${day}`);
  }
  return text;
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: string): number {
  const { year, month, day } = dateParts(date);
  const y = month <= 2 ? year - 1 : year; // the computed year starts on 1 March: leap days fall last
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of toDayNumber; throws outside years 0001–9999. */
export function fromDayNumber(dayNumber: number): string {
  if (!Number.isInteger(dayNumber)) throw new RangeError(`Not a day number: ${dayNumber}`);
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return isoDate(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** How many days from `from` to `to`: positive when `to` is later, so addDays(from, n) === to. */
export function diffDays(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** 1 = Monday … 7 = Sunday. */
export function weekday(date: string): Weekday {
  // Day 0, 1970-01-01, was a Thursday (4).
  return (((((toDayNumber(date) + 3) % 7) + 7) % 7) + 1) as Weekday;
}

/** The Monday of the (ISO) week holding `date`: the date itself on a Monday. */
export function mondayOf(date: string): string {
  return addDays(date, 1 - weekday(date));
}

/** Every day from start to end, both included; empty when end is before start. */
export function eachDay(start: string, end: string): string[] {
  const first = toDayNumber(start);
  const last = toDayNumber(end);
  const days: string[] = [];
  for (let n = first; n <= last; n++) days.push(fromDayNumber(n));
  return days;
}

/**
 * ISO 8601 week: weeks start on Monday and week 1 holds the year's first Thursday, so
 * 2021-01-01 (a Friday) is week 53 of 2020 and 2024-12-30 is week 1 of 2025.
 */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = addDays(mondayOf(date), 3);
  const { year } = dateParts(thursday);
  return { year, week: Math.floor(diffDays(isoDate(year, 1, 1), thursday) / 7) + 1 };
}

export function isoWeekNumber(date: string): number {
  return isoWeek(date).week;
}

/** Negative, zero or positive, for Array.prototype.sort. Valid ISO dates sort as text. */
export function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function isBefore(a: string, b: string): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: string, b: string): boolean {
  return compareDates(a, b) > 0;
}

/** Whether `date` lies in [start, end], both included. */
export function isWithin(date: string, start: string, end: string): boolean {
  return compareDates(start, date) <= 0 && compareDates(date, end) <= 0;
}

export function minDate(first: string, ...others: string[]): string {
  return others.reduce((min, d) => (compareDates(d, min) < 0 ? d : min), first);
}

export function maxDate(first: string, ...others: string[]): string {
  return others.reduce((max, d) => (compareDates(d, max) > 0 ? d : max), first);
}
