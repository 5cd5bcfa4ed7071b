import { formatNumber } from '../../format/fr';

/**
 * Exact values and display rounding.
 *
 * Averages are kept exact and rounded only when shown; every decision compares the exact value
 * (9.995 is below 10 even though it is shown "10,00"). "Exact" means free of binary float noise:
 * (10 × 0.1 + 10 × 0.1 + 10 × 0.1) / (0.1 + 0.1 + 0.1) is 9.999999999999998 in floating point,
 * and the same marks summed in another order can differ in the last bit, which would refuse a
 * candidate at 10 or split a tie in the ranks. Computed values are therefore snapped to the
 * nearest billionth: float noise is about 1e-15, while two averages of marks with two decimals
 * and sensible coefficients differ by far more than 1e-9.
 */

const GRID = 1e9;

/** The value without float noise: the nearest multiple of 1e-9. */
export function exact(value: number): number {
  const snapped = Math.round(value * GRID) / GRID;
  return snapped === 0 ? 0 : snapped; // no "-0" in results
}

/**
 * Σ values, the same whatever their order: float addition is not associative, so the terms are
 * added smallest first. Two learners with the same marks in another order then get the very
 * same average and share their rank.
 */
export function orderFreeSum(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b).reduce((sum, v) => sum + v, 0);
}

export const DISPLAY_ROUNDINGS = ['hundredth', 'tenth', 'half'] as const;
/** A setting: to the hundredth ("12,35", the default), the tenth ("12,4") or the half point ("12,5"). */
export type DisplayRounding = (typeof DISPLAY_ROUNDINGS)[number];
export const DEFAULT_DISPLAY_ROUNDING: DisplayRounding = 'hundredth';

/** Size of a rounding step, in billionths. */
const STEP: Record<DisplayRounding, number> = { hundredth: 1e7, tenth: 1e8, half: 5e8 };
const DECIMALS: Record<DisplayRounding, number> = { hundredth: 2, tenth: 1, half: 1 };

/**
 * Rounded half up (towards +∞) on the decimal value: 9.995 -> 10, 12.25 -> 12.5 to the half
 * point, 12.24 -> 12 to the half point. Works on integer billionths, so 9.995 (stored as
 * 9.99499999…) and 0.1 + 0.2 round as their decimal writing says.
 */
export function roundHalfUp(value: number, mode: DisplayRounding = DEFAULT_DISPLAY_ROUNDING): number {
  const units = Math.round(value * GRID);
  const step = STEP[mode];
  const steps = Math.floor((units + step / 2) / step);
  return exact(steps / (GRID / step));
}

/** The value as shown: "10,00", "12,4", "12,5" (a fixed number of decimals, fr-FR). */
export function roundForDisplay(value: number, mode: DisplayRounding = DEFAULT_DISPLAY_ROUNDING): string {
  const decimals = DECIMALS[mode];
  return formatNumber(roundHalfUp(value, mode), decimals, decimals);
}

/**
 * The value as an explanation shows it next to the thresholds it was compared with: two
 * decimals, unless that rounding would land on the other side of a threshold — then every
 * decimal it has, so that a refusal never reads "moyenne 10,00 < 10" (it reads "9,995 < 10").
 */
export function formatAgainst(value: number, thresholds: readonly number[]): string {
  const rounded = roundHalfUp(value, 'hundredth');
  const misleading = thresholds.some((t) => rounded >= t !== value >= t);
  return misleading ? formatNumber(exact(value), 9) : formatNumber(rounded, 2, 2);
}
