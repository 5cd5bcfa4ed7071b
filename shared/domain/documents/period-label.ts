import { addDays, dateParts } from '../calendar/dates';
import type { DateRange } from './training-range';

/**
 * The calendar month a range covers exactly ("2026-03" for 1–31 March), or null: funders ask
 * for certificates per month, and a whole month reads better as "mars 2026" than as two dates.
 */
export function wholeMonth(range: DateRange): string | null {
  const from = dateParts(range.from);
  if (from.day !== 1) return null;
  const next = dateParts(addDays(range.to, 1));
  const to = dateParts(range.to);
  return next.day === 1 && to.year === from.year && to.month === from.month ? range.from.slice(0, 7) : null;
}
