import { fromDayNumber, toDayNumber } from '../calendar/dates';

/**
 * The planning rules count in whole days since 1970-01-01 (fast arithmetic over a year of
 * half-days); the conversions are the calendar's, which refuse impossible dates (2025-02-30).
 */
export const dayNumber = toDayNumber;
export const isoDate = fromDayNumber;

/** ISO weekday of a day number: Monday 1 … Sunday 7 (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week holding `day`. */
export function mondayOf(day: number): number {
  return day - (isoWeekday(day) - 1);
}
