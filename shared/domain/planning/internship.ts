import { planningRulesFr as t } from '../../i18n/fr/planning';
import { dayNumber } from './dates';
import type { IsoDate } from './types';

/** Internship of a learner under statut scolaire: 16 weeks, of which 6 consecutive at least. */
export const INTERNSHIP_WEEKS = 16;
export const INTERNSHIP_CONSECUTIVE_WEEKS = 6;
/** A reduced internship (positioning, prior experience) may not go below 9 weeks. */
export const INTERNSHIP_MIN_REDUCED_WEEKS = 9;

export interface InternshipPeriod {
  start: IsoDate;
  end: IsoDate;
}

export interface InternshipSummary {
  totalDays: number;
  longestDays: number;
  totalWeeks: number;
  longestWeeks: number;
}

/**
 * Weeks as calendar days ÷ 7, first and last days included: simple and printable on the
 * agreement. A consequence the messages state: a period entered Monday to Friday counts 5 days,
 * not a full week, so a 16-week internship entered by dates should end on a Sunday.
 * Overlapping or touching periods are merged, so a day is never counted twice and a period that
 * resumes the day after another ends continues the same consecutive run.
 */
export function internshipSummary(periods: readonly InternshipPeriod[]): InternshipSummary {
  const spans = periods
    .map((p) => [dayNumber(p.start), dayNumber(p.end)] as const)
    .filter(([start, end]) => end >= start)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [start, end] of spans) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  const lengths = merged.map(([start, end]) => end - start + 1);
  const totalDays = lengths.reduce((sum, days) => sum + days, 0);
  const longestDays = Math.max(0, ...lengths);
  return { totalDays, longestDays, totalWeeks: totalDays / 7, longestWeeks: longestDays / 7 };
}

/**
 * What is wrong with a learner's internship periods, in French; empty when they comply.
 * A reduction under 9 weeks is refused and then the full 16 weeks apply; a `reducedTo` of 16 or
 * more is no reduction and changes nothing.
 */
export function internshipIssues(
  periods: readonly InternshipPeriod[],
  options: { reducedTo?: number } = {},
): string[] {
  const issues: string[] = [];
  for (const p of periods) {
    if (dayNumber(p.end) < dayNumber(p.start)) issues.push(t.internshipPeriodInverted(p.start, p.end));
  }
  let required = INTERNSHIP_WEEKS;
  const { reducedTo } = options;
  if (reducedTo !== undefined) {
    if (reducedTo < INTERNSHIP_MIN_REDUCED_WEEKS) issues.push(t.internshipReductionTooLow(reducedTo));
    else required = Math.min(reducedTo, INTERNSHIP_WEEKS);
  }
  const summary = internshipSummary(periods);
  // Compared in days, which are whole: 16 weeks = 112 days, never a rounding question.
  if (summary.totalDays < required * 7) {
    issues.push(t.internshipTooShort(summary.totalWeeks, required, required < INTERNSHIP_WEEKS));
  }
  if (summary.longestDays < INTERNSHIP_CONSECUTIVE_WEEKS * 7) {
    issues.push(t.internshipNoLongPeriod(summary.longestWeeks));
  }
  return issues;
}
