import { type AverageSettings, DEFAULT_AVERAGE_SETTINGS } from './averages';
import { type MarkEntry } from './mark-input';
import { exact, orderFreeSum } from './rounding';

/** Class statistics and ranks, over values that are each a learner's (null: no value). */

export interface ClassStatistics {
  /** The plain mean of the values: every learner weighs the same. */
  average: number | null;
  min: number | null;
  max: number | null;
  /** How many values there were (nulls left out). */
  count: number;
}

/** Average, min, max and count of the non-null values: the class row of a subject or period. */
export function classStatistics(values: readonly (number | null)[]): ClassStatistics {
  const present = values.filter((v): v is number => v !== null);
  if (present.length === 0) return { average: null, min: null, max: null, count: 0 };
  return {
    average: exact(orderFreeSum(present) / present.length),
    min: Math.min(...present),
    max: Math.max(...present),
    count: present.length,
  };
}

/**
 * The statistics under one evaluation's column, on that evaluation's own scale (the column
 * shows 15/40, so does its average): the marks, plus ABS as 0 unless the setting neutralises it.
 */
export function evaluationStatistics(
  entries: readonly MarkEntry[],
  settings: AverageSettings = DEFAULT_AVERAGE_SETTINGS,
): ClassStatistics {
  return classStatistics(
    entries.map((entry) => {
      if (entry.kind === 'mark') return entry.mark;
      return entry.kind === 'code' && entry.code === 'ABS' && settings.absCountsAsZero ? 0 : null;
    }),
  );
}

/**
 * Ranks by value, highest first, in the order of the input; equal values share a rank and the
 * next rank skips (1, 2, 2, 4). Values are compared exactly (after float noise is removed), so
 * 12.004 and 12.001 do not tie even though both show "12,00". A null value has no rank.
 */
export function ranks(values: readonly (number | null)[]): (number | null)[] {
  const ranked = values
    .map((value, index) => ({ value: value === null ? null : exact(value), index }))
    .filter((v): v is { value: number; index: number } => v.value !== null)
    .sort((a, b) => b.value - a.value);
  const result: (number | null)[] = values.map(() => null);
  ranked.forEach(({ value, index }, position) => {
    const previous = ranked[position - 1];
    result[index] =
      previous !== undefined && previous.value === value ? result[previous.index]! : position + 1;
  });
  return result;
}
