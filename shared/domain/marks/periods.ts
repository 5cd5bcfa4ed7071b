import { addDays, dateParts, daysInMonth, diffDays, isoDate } from '../calendar/dates';

/**
 * How a cohort's dates fall into training years and periods. Pure date arithmetic: the handlers
 * read the cohort, call these, and write what comes back.
 */

export interface CohortDates {
  startDate: string;
  endDate: string;
  yearFrom: number;
  yearTo: number;
}

export interface TrainingYear {
  /** The cohort's year number (1 or 2): a cohort entering in second year has only year 2. */
  year: number;
  startDate: string;
  endDate: string;
}

export interface SplitPeriod {
  position: number;
  trainingYear: number;
  startDate: string;
  endDate: string;
}

export const PERIOD_KINDS = ['semester', 'trimester'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export const PERIODS_PER_YEAR: Record<PeriodKind, number> = { semester: 2, trimester: 3 };

function anniversary(date: string, years: number): string {
  const { year, month, day } = dateParts(date);
  return isoDate(year + years, month, Math.min(day, daysInMonth(year + years, month)));
}

/** `count` consecutive ranges covering start..end with day counts as equal as can be. */
function evenRanges(start: string, end: string, count: number): { startDate: string; endDate: string }[] {
  const days = diffDays(start, end) + 1;
  return Array.from({ length: count }, (_, k) => ({
    startDate: addDays(start, Math.floor((k * days) / count)),
    endDate: addDays(start, Math.floor(((k + 1) * days) / count) - 1),
  }));
}

/**
 * The training years of a cohort: each starts on an anniversary of the cohort's start and the
 * last ends with the cohort. A cohort too short for whole years (a 2-year course over 18
 * months) is split into equal parts instead.
 */
export function trainingYears(cohort: CohortDates): TrainingYear[] {
  const count = Math.max(1, cohort.yearTo - cohort.yearFrom + 1);
  const last = anniversary(cohort.startDate, count - 1);
  const byAnniversary = count === 1 || last <= cohort.endDate;
  const ranges = byAnniversary
    ? Array.from({ length: count }, (_, k) => ({
        startDate: anniversary(cohort.startDate, k),
        endDate: k === count - 1 ? cohort.endDate : addDays(anniversary(cohort.startDate, k + 1), -1),
      }))
    : evenRanges(cohort.startDate, cohort.endDate, count);
  return ranges.map((range, k) => ({ year: cohort.yearFrom + k, ...range }));
}

/** The training year a date falls in; before the cohort: its first, after it: its last. */
export function trainingYearOf(cohort: CohortDates, date: string): number {
  const years = trainingYears(cohort);
  const found = years.find((y) => date >= y.startDate && date <= y.endDate);
  if (found) return found.year;
  return date < years[0]!.startDate ? years[0]!.year : years[years.length - 1]!.year;
}

/** Each training year split into 2 semesters or 3 trimesters, numbered across the cohort. */
export function splitPeriods(cohort: CohortDates, kind: PeriodKind): SplitPeriod[] {
  const perYear = PERIODS_PER_YEAR[kind];
  return trainingYears(cohort).flatMap((year, y) =>
    evenRanges(year.startDate, year.endDate, perYear).map((range, k) => ({
      position: y * perYear + k + 1,
      trainingYear: year.year,
      ...range,
    })),
  );
}
