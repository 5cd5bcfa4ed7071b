import { dayNumber } from './dates';
import type { IsoDate } from './types';

/**
 * How far delivery may fall below the pro-rata share of the target before the ledger flags it.
 * ASSUMED: no text sets it; 10 % of what is expected at that date, a parameter of ledgerRow.
 */
export const BEHIND_THRESHOLD = 0.1;

export type Drift = 'over' | 'behind' | 'ok';

export interface LedgerInput {
  targetHours: number;
  plannedHours: number;
  /** Hours of signed (émargées) sessions. */
  deliveredHours: number;
  today: IsoDate;
  yearStart: IsoDate;
  yearEnd: IsoDate;
  behindThreshold?: number;
}

export interface LedgerRow {
  /** Hours still to plan, never negative: an excess shows in `overPlanned`. */
  remainingToPlan: number;
  remainingToDeliver: number;
  overPlanned: number;
  /** The share of the target that should be delivered by `today`. */
  expectedDelivered: number;
  drift: Drift;
}

/** Everything is counted in whole minutes: 3 h 45 slots add up without floating-point noise. */
const toMinutes = (hours: number) => Math.round(hours * 60);
const toHours = (minutes: number) => minutes / 60;

/**
 * How much of the training year has elapsed at `today`, from 0 on `yearStart` to 1 on `yearEnd`,
 * clamped outside. Linear in calendar days: holidays and company periods are spread evenly, a
 * simplification the drift threshold absorbs.
 */
export function elapsedShare(today: IsoDate, yearStart: IsoDate, yearEnd: IsoDate): number {
  const [now, start, end] = [dayNumber(today), dayNumber(yearStart), dayNumber(yearEnd)];
  if (end < start) throw new RangeError(`Year ends (${yearEnd}) before it starts (${yearStart})`);
  if (now < start) return 0;
  if (now >= end) return 1;
  return (now - start) / (end - start);
}

/**
 * One line of the hours ledger (group × subject). 'over' (planned beyond the target) wins over
 * 'behind', as it is the one the planner can fix in the grid right away.
 */
export function ledgerRow(input: LedgerInput): LedgerRow {
  const target = toMinutes(input.targetHours);
  const planned = toMinutes(input.plannedHours);
  const delivered = toMinutes(input.deliveredHours);
  const threshold = input.behindThreshold ?? BEHIND_THRESHOLD;
  const expected = target * elapsedShare(input.today, input.yearStart, input.yearEnd);
  // "More than 10 % below": a shortfall of exactly 10 % is still on track.
  const behind = expected - delivered > threshold * expected + 1e-9;
  return {
    remainingToPlan: toHours(Math.max(0, target - planned)),
    remainingToDeliver: toHours(Math.max(0, target - delivered)),
    overPlanned: toHours(Math.max(0, planned - target)),
    expectedDelivered: toHours(Math.round(expected)),
    drift: planned > target ? 'over' : behind ? 'behind' : 'ok',
  };
}

export interface LedgerTotals {
  targetHours: number;
  plannedHours: number;
  deliveredHours: number;
  programmeHours: number;
  /** Programme hours no subject target accounts for; negative when the targets exceed them. */
  unallocatedHours: number;
  remainingToPlan: number;
  remainingToDeliver: number;
  overProgramme: boolean;
}

/** A group's ledger summed over its subjects and held against the programme's total hours. */
export function ledgerTotals(
  rows: readonly { targetHours: number; plannedHours: number; deliveredHours: number }[],
  programmeHours: number,
): LedgerTotals {
  const sum = (pick: (r: (typeof rows)[number]) => number) =>
    rows.reduce((total, row) => total + toMinutes(pick(row)), 0);
  const [target, planned, delivered] = [
    sum((r) => r.targetHours),
    sum((r) => r.plannedHours),
    sum((r) => r.deliveredHours),
  ];
  const programme = toMinutes(programmeHours);
  return {
    targetHours: toHours(target),
    plannedHours: toHours(planned),
    deliveredHours: toHours(delivered),
    programmeHours: toHours(programme),
    unallocatedHours: toHours(programme - target),
    remainingToPlan: toHours(Math.max(0, programme - planned)),
    remainingToDeliver: toHours(Math.max(0, programme - delivered)),
    overProgramme: planned > programme,
  };
}
