import { addDays, dateParts, daysInMonth, isoDate, weekday } from '../../../shared/domain/calendar/dates';
import { weekdayNamesFr } from '../../../shared/i18n/fr/calendar';
import { rhythmScreenFr as t } from '../../../shared/i18n/fr/rhythm';
import type { Output } from '../../../shared/api/index';

export type Pattern = NonNullable<Output<'rhythm.get'>['pattern']>;

export interface MonthGrid {
  year: number;
  month: number;
  /** Rows of 7 (Monday first); null outside the month. */
  weeks: (string | null)[][];
}

/** The months touched by start–end, each as Monday-first weeks of dates. */
export function monthsOf(start: string, end: string): MonthGrid[] {
  const months: MonthGrid[] = [];
  let { year, month } = dateParts(start);
  const last = dateParts(end);
  while (year < last.year || (year === last.year && month <= last.month)) {
    const first = isoDate(year, month, 1);
    const cells: (string | null)[] = Array.from({ length: weekday(first) - 1 }, () => null);
    for (let day = 0; day < daysInMonth(year, month); day++) cells.push(addDays(first, day));
    while (cells.length % 7 !== 0) cells.push(null);
    const weeks: (string | null)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    months.push({ year, month, weeks });
    month += 1;
    if (month === 13) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** "lundi, mardi et jeudi" */
export function weekdayList(days: readonly number[]): string {
  const names = [...days].sort((a, b) => a - b).map((d) => weekdayNamesFr[d]!);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} et ${names[names.length - 1]}`;
}

/** The stored pattern in one sentence. */
export function describePattern(pattern: Pattern | null): string {
  if (!pattern) return t.noPattern;
  if (pattern.kind === 'weeks')
    return t.patternWeeks(pattern.centreWeeks, pattern.companyWeeks, pattern.startsWith);
  return t.patternWeekdays(weekdayList(pattern.centreWeekdays));
}
