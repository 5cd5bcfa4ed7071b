import { addDays, compareDates, dateParts, daysInMonth, diffDays, isoDate } from '../calendar/dates';
import type { IsoDate } from './types';

/**
 * Working hours of an employment contract (apprenticeship, professionalisation), the figure the
 * apprentice's 25 % in centre is measured against.
 *
 * ASSUMED: no text gives a contract's hours directly. We take the legal annual working time of
 * 1 607 hours (the full-time year of Code du travail L3121-41: 35 h a week net of paid leave and
 * public holidays) and prorate it on calendar days: contract days ÷ 365,25 × 1 607. Calendar
 * days, not working days, so the figure does not move with where holidays fall; 365,25 so that a
 * four-year span comes out at exactly 4 × 1 607 h whatever the leap years (a single leap year of
 * 366 days counts a little more than 1 607 h, a plain year a little less). The French note shown
 * beside the figure says the same (learnerPlanFr.contractHoursNote).
 */
export const LEGAL_ANNUAL_HOURS = 1607;
export const DAYS_PER_YEAR = 365.25;

/** Calendar days of a contract, first and last included; 0 when it ends before it starts. */
export function contractDays(start: IsoDate, end: IsoDate): number {
  return Math.max(0, diffDays(start, end) + 1);
}

/** The contract's working hours under the assumption above (exact, rounded only for display). */
export function contractHours(start: IsoDate, end: IsoDate): number {
  return (contractDays(start, end) / DAYS_PER_YEAR) * LEGAL_ANNUAL_HOURS;
}

/** The day `months` calendar months after `date`, clamped to the month's end (31 Jan + 1 = 28/29 Feb). */
function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return isoDate(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The contract's length in calendar months, for the BTS pro rata of meetsApprenticeMinimum:
 * whole months from the first day, then the last partial month as a fraction of its days. So
 * 1 September 2025 – 31 August 2027 is exactly 24 months, and 15 January – 14 April is 3.
 */
export function contractMonths(start: IsoDate, end: IsoDate): number {
  const stop = addDays(end, 1); // the day after the last: months are counted up to it
  if (compareDates(stop, start) <= 0) return 0;
  let whole = 0;
  while (compareDates(addMonths(start, whole + 1), stop) <= 0) whole++;
  const from = addMonths(start, whole);
  const partial = diffDays(from, stop) / diffDays(from, addMonths(start, whole + 1));
  return whole + partial;
}
