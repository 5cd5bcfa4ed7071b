/**
 * The few calendar helpers the planning rules need, kept private to this folder on purpose:
 * shared/domain/calendar/ is being written at the same time and these rules must not wait for
 * it. Dates are counted as whole days since 1970-01-01 in UTC, so no time zone or daylight
 * saving change can ever shift a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** "2025-03-04" -> days since 1970-01-01. Throws on a malformed or impossible date (2025-02-30). */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    // Date.UTC silently rolls 02-30 over to 03-02: refuse instead, a typo must not move a plan.
    if (back.getUTCFullYear() === year && back.getUTCMonth() === month - 1 && back.getUTCDate() === day) {
      return ms / DAY_MS;
    }
  }
  throw new RangeError(`Expected an ISO date YYYY-MM-DD, got "${date}"`);
}

/** Days since 1970-01-01 -> "YYYY-MM-DD". */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week holding `day`. */
export function mondayOf(day: number): number {
  return day - (isoWeekday(day) - 1);
}
