import { maxDate, minDate } from '../calendar/dates';

/** Days from `from` to `to`, both included (ISO dates). */
export interface DateRange {
  from: string;
  to: string;
}

export interface LearnerDates {
  entryDate: string | null;
  exitDate: string | null;
  /** The day a learner who dropped out left, when their exit date was not set. */
  dropoutDate: string | null;
}

/**
 * The days a learner was in training: their entry and exit dates within the cohort's, each
 * missing one taken from the cohort (a dropout's date ends it when no exit date was set).
 */
export function trainingRange(
  learner: LearnerDates,
  cohort: { startDate: string; endDate: string },
): DateRange {
  const from = learner.entryDate ? maxDate(learner.entryDate, cohort.startDate) : cohort.startDate;
  const end = learner.exitDate ?? learner.dropoutDate;
  const to = end ? minDate(end, cohort.endDate) : cohort.endDate;
  return { from, to };
}

/** The days two ranges share, or null when they share none. */
export function intersect(a: DateRange, b: DateRange): DateRange | null {
  const from = maxDate(a.from, b.from);
  const to = minDate(a.to, b.to);
  return from <= to ? { from, to } : null;
}
