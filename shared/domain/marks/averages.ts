import { DEFAULT_SCALE, type MarkEntry } from './mark-input';
import { exact, orderFreeSum } from './rounding';

/**
 * Averages of the mark sheet. Every value returned is exact (see ./rounding): round it only to
 * show it, and take every decision on the value itself.
 */

export interface AverageSettings {
  /** ABS counts as 0 (the default) or, when false, is neutralised like ABJ. */
  absCountsAsZero: boolean;
}
export const DEFAULT_AVERAGE_SETTINGS: AverageSettings = { absCountsAsZero: true };

/** One learner's entry at one evaluation, with the evaluation's weight and scale. */
export interface MarkItem {
  entry: MarkEntry;
  /** The evaluation's coefficient (> 0; a coefficient of 0 weighs nothing). */
  coefficient: number;
  /** The evaluation's maximum; 20 when absent. */
  scale?: number;
}

/** An average and whether it may still change (an NN mark is waiting). */
export interface Average {
  /** Exact value out of 20; null when nothing counts. */
  value: number | null;
  provisional: boolean;
}

export interface SubjectAverage extends Average {
  /** Σ coefficients of the counted marks: the divisor. */
  coefficientTotal: number;
  /** How many marks counted (ABS counted as 0 included). */
  counted: number;
  /** How many NN entries wait for a mark. */
  pending: number;
}

function checkWeight(coefficient: number): void {
  if (!Number.isFinite(coefficient) || coefficient < 0) {
    throw new RangeError(`Invalid coefficient: ${coefficient}`);
  }
}

/** A mark brought to /20: 5/10 -> 10, 30/40 -> 15. */
export function rescaleTo20(mark: number, scale: number = DEFAULT_SCALE): number {
  if (!Number.isFinite(scale) || scale <= 0) throw new RangeError(`Invalid scale: ${scale}`);
  return exact(scale === DEFAULT_SCALE ? mark : (mark * DEFAULT_SCALE) / scale);
}

/**
 * The mark an entry puts into an average, on /20, or null when the entry is left out: ABS is 0
 * (or left out when the setting neutralises it); ABJ, DISP, NN and an empty cell are left out.
 */
export function countedMark(
  entry: MarkEntry,
  scale: number = DEFAULT_SCALE,
  settings: AverageSettings = DEFAULT_AVERAGE_SETTINGS,
): number | null {
  if (entry.kind === 'mark') return rescaleTo20(entry.mark, scale);
  if (entry.kind === 'code' && entry.code === 'ABS' && settings.absCountsAsZero) return 0;
  return null;
}

/**
 * Σ(mark × coefficient) / Σ coefficients over the counted marks, all on /20. NN marks make the
 * average provisional (it is computed over the others meanwhile); no counted mark gives null.
 *
 * ASSUMED: an empty cell (nothing typed yet, e.g. a learner who joined after the evaluation)
 * is simply left out and does not make the average provisional; NN is how a trainer says
 * "a mark is coming".
 */
export function subjectAverage(
  items: readonly MarkItem[],
  settings: AverageSettings = DEFAULT_AVERAGE_SETTINGS,
): SubjectAverage {
  const terms: number[] = [];
  const weights: number[] = [];
  let pending = 0;
  for (const item of items) {
    checkWeight(item.coefficient);
    if (item.entry.kind === 'code' && item.entry.code === 'NN') pending++;
    const mark = countedMark(item.entry, item.scale, settings);
    if (mark === null || item.coefficient === 0) continue;
    terms.push(mark * item.coefficient);
    weights.push(item.coefficient);
  }
  const coefficientTotal = exact(orderFreeSum(weights));
  return {
    value: coefficientTotal > 0 ? exact(orderFreeSum(terms) / orderFreeSum(weights)) : null,
    provisional: pending > 0,
    coefficientTotal,
    counted: terms.length,
    pending,
  };
}

/**
 * A subject's averages per period and over the year, from a learner's items tagged with their
 * evaluation's period.
 *
 * The year average is computed over all the evaluations of the year, weighted by their
 * coefficients exactly like a period average — not as the mean of the period averages. So a
 * period with many evaluations weighs more than one with a single quiz, and the coefficients a
 * trainer chose keep their meaning across periods. (Assumed; the texts do not say.)
 */
export function subjectAveragesByPeriod<P>(
  items: readonly (MarkItem & { period: P })[],
  settings: AverageSettings = DEFAULT_AVERAGE_SETTINGS,
): { periods: Map<P, SubjectAverage>; year: SubjectAverage } {
  const byPeriod = new Map<P, MarkItem[]>();
  for (const item of items) {
    const list = byPeriod.get(item.period);
    if (list) list.push(item);
    else byPeriod.set(item.period, [item]);
  }
  const periods = new Map<P, SubjectAverage>();
  for (const [period, list] of byPeriod) periods.set(period, subjectAverage(list, settings));
  return { periods, year: subjectAverage(items, settings) };
}

/**
 * The general average: Σ(subject average × subject coefficient) / Σ subject coefficients. A
 * subject without an average leaves both numerator and divisor; the general average is
 * provisional as soon as one subject is.
 */
export function generalAverage(subjects: readonly { coefficient: number; average: Average }[]): Average {
  const terms: number[] = [];
  const weights: number[] = [];
  let provisional = false;
  for (const { coefficient, average } of subjects) {
    checkWeight(coefficient);
    provisional ||= average.provisional;
    if (average.value === null || coefficient === 0) continue;
    terms.push(average.value * coefficient);
    weights.push(coefficient);
  }
  const divisor = orderFreeSum(weights);
  return { value: divisor > 0 ? exact(orderFreeSum(terms) / divisor) : null, provisional };
}
