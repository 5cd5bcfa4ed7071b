import { planningRulesFr as t } from '../../i18n/fr/planning';
import { dayNumber, isoDate, isoWeekday, mondayOf } from './dates';
import type { IsoDate, Place } from './types';

const WORKING_WEEKDAYS: readonly number[] = [1, 2, 3, 4, 5, 6];

/**
 * How a group alternates between centre and company.
 * - `weeks`: whole ISO weeks, e.g. 2 in centre then 3 in company, counted from the Monday of
 *   the period's first day. `centreWeekdays` (default Monday–Saturday) narrows the days of a
 *   centre week actually spent in centre, for groups whose learners work on Saturdays.
 * - `weekdays`: the same days every week, e.g. [1, 2] = Monday and Tuesday in centre.
 */
export type RhythmPattern =
  | {
      kind: 'weeks';
      centreWeeks: number;
      companyWeeks: number;
      startsWith: Place;
      centreWeekdays?: readonly number[];
    }
  | { kind: 'weekdays'; centreWeekdays: readonly number[] };

/** Monday–Saturday dates of a period -> where the group is that day (Sundays are absent). */
export type Rhythm = Map<IsoDate, Place>;

export interface DayOverride {
  date: IsoDate;
  place: Place;
}

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Why a pattern cannot be used, in French; empty when it can. */
export function rhythmPatternIssues(pattern: RhythmPattern): string[] {
  const issues: string[] = [];
  if (pattern.kind === 'weeks') {
    if (!isCount(pattern.centreWeeks) || !isCount(pattern.companyWeeks)) issues.push(t.rhythmWeeksInvalid);
    else if (pattern.centreWeeks + pattern.companyWeeks === 0) issues.push(t.rhythmWeeksEmpty);
  }
  const weekdays = pattern.centreWeekdays ?? WORKING_WEEKDAYS;
  if (weekdays.some((d) => !WORKING_WEEKDAYS.includes(d))) issues.push(t.rhythmWeekdaysInvalid);
  return issues;
}

function placeOn(pattern: RhythmPattern, weekday: number, weekIndex: number): Place {
  const centreDay = (pattern.centreWeekdays ?? WORKING_WEEKDAYS).includes(weekday);
  if (pattern.kind === 'weekdays') return centreDay ? 'centre' : 'company';
  const position = weekIndex % (pattern.centreWeeks + pattern.companyWeeks);
  const firstRun = pattern.startsWith === 'centre' ? pattern.centreWeeks : pattern.companyWeeks;
  const inFirstRun = position < firstRun;
  const centreWeek = pattern.startsWith === 'centre' ? inFirstRun : !inFirstRun;
  return centreWeek && centreDay ? 'centre' : 'company';
}

/**
 * The rhythm of every Monday–Saturday from `start` to `end` inclusive (empty if end < start).
 * Weeks are counted in days from the Monday of `start`, never by ISO week number, so a period
 * across a year end (week 52 or 53, then week 1) keeps its cycle. Throws on an invalid pattern:
 * callers validate with rhythmPatternIssues first.
 */
export function generateRhythm(pattern: RhythmPattern, start: IsoDate, end: IsoDate): Rhythm {
  const issues = rhythmPatternIssues(pattern);
  if (issues.length > 0) throw new RangeError(issues.join(' '));
  const first = dayNumber(start);
  const last = dayNumber(end);
  const monday = mondayOf(first);
  const rhythm: Rhythm = new Map();
  for (let day = first; day <= last; day++) {
    const weekday = isoWeekday(day);
    if (weekday === 7) continue;
    rhythm.set(isoDate(day), placeOn(pattern, weekday, Math.floor((day - monday) / 7)));
  }
  return rhythm;
}

/**
 * Day-by-day edits on a generated rhythm, later overrides winning. Returns a new map. A date
 * the rhythm does not hold (a Sunday, or outside the cohort's period) is ignored: overriding it
 * would silently stretch the period.
 */
export function applyDayOverrides(
  rhythm: ReadonlyMap<IsoDate, Place>,
  overrides: readonly DayOverride[],
): Rhythm {
  const result: Rhythm = new Map(rhythm);
  for (const { date, place } of overrides) {
    if (result.has(date)) result.set(date, place);
  }
  return result;
}

/**
 * Hours in centre over a rhythm. `closedDates` (public holidays, the centre's closures, computed
 * by the caller) are left out: a centre day on which nobody teaches gives no hours.
 */
export function centreHours(
  rhythm: ReadonlyMap<IsoDate, Place>,
  slotsPerDay: number,
  hoursPerSlot: number,
  closedDates: Iterable<IsoDate> = [],
): number {
  const closed = new Set(closedDates);
  let days = 0;
  for (const [date, place] of rhythm) {
    if (place === 'centre' && !closed.has(date)) days++;
  }
  return days * slotsPerDay * hoursPerSlot;
}
