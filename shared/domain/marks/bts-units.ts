import { dateParts, daysInMonth, isoDate } from '../calendar/dates';

/**
 * The pieces of the BTS decision (Code de l'éducation D643-13 to D643-24) that are about units
 * rather than the average: what a candidate has at each unit, kept marks, blocs, success rate.
 */

/** An exam unit as the programme defines it (shared/api/programmes' unit, reduced to what counts). */
export interface BtsUnit {
  code: string;
  coefficient: number;
  kind: 'general' | 'professional';
  /** Only the points above 10 count (e.g. NRC's foreign language B). */
  optional: boolean;
}

/** A bloc de compétences and the units that make it up (the programme's blocs[].unitCodes). */
export interface BtsBloc {
  number: number;
  unitCodes: readonly string[];
}

/**
 * What a candidate has at one unit:
 * - mark: sat this session, out of 20;
 * - absent: declared absent without a recognised reason (the diploma cannot be issued);
 * - force_majeure: absent for a duly established force majeure (0, counted);
 * - exempt: dispensed (e.g. holds another BTS), the unit leaves the average;
 * - kept: a mark ≥ 10 kept from an earlier session (bénéfice), valid 5 years.
 */
export type UnitEntry =
  | { code: string; kind: 'mark'; mark: number }
  | { code: string; kind: 'absent' }
  | { code: string; kind: 'force_majeure' }
  | { code: string; kind: 'exempt' }
  | { code: string; kind: 'kept'; mark: number; obtainedOn: string };

/** A unit mark of at least 10 awards the unit. */
export const UNIT_PASS_MARK = 10;
export const KEPT_MARK_YEARS = 5;

/**
 * The last day a unit obtained on `obtainedOn` can still be kept: the same day five years
 * later (a 29 February maps to the 28th).
 *
 * ASSUMED: the five years run up to and including that anniversary, so a session held on the
 * anniversary itself still takes the kept mark.
 */
export function keptMarkValidUntil(obtainedOn: string): string {
  const { year, month, day } = dateParts(obtainedOn);
  const target = year + KEPT_MARK_YEARS;
  return isoDate(target, month, Math.min(day, daysInMonth(target, month)));
}

/** Whether a mark obtained on `obtainedOn` can still be kept at a session held on `sessionDate`. */
export function isKeptMarkValid(obtainedOn: string, sessionDate: string): boolean {
  dateParts(sessionDate);
  return sessionDate <= keptMarkValidUntil(obtainedOn);
}

/**
 * The units whose weighted average opens the oral resits: the mandatory professional units
 * (NDRC: U4, U5, U6). Which units count is ASSUMED from the units' kind in the programme; the
 * decision takes the list as a parameter so that a setting can override it.
 */
export function professionalUnitCodes(units: readonly BtsUnit[]): string[] {
  return units.filter((u) => u.kind === 'professional' && !u.optional).map((u) => u.code);
}

/**
 * The blocs de compétences acquired: a bloc is acquired when it has units and every one of
 * them has a counted mark ≥ 10 (an exempt, missing or absent unit has no mark, so its bloc is
 * not acquired by this session).
 */
export function blocsAcquired(
  blocs: readonly BtsBloc[],
  marks: ReadonlyMap<string, number | null>,
): number[] {
  return blocs
    .filter(
      (bloc) =>
        bloc.unitCodes.length > 0 &&
        bloc.unitCodes.every((code) => {
          const mark = marks.get(code);
          return mark !== undefined && mark !== null && mark >= UNIT_PASS_MARK;
        }),
    )
    .map((bloc) => bloc.number);
}

/** Admitted / presented (6 of 13 -> 0.4615…, shown "46,15 %" by formatPercent); null when nobody sat. */
export function successRate(admitted: number, presented: number): number | null {
  if (!Number.isInteger(admitted) || !Number.isInteger(presented) || admitted < 0 || admitted > presented) {
    throw new RangeError(`Invalid counts: ${admitted} admitted of ${presented}`);
  }
  return presented === 0 ? null : admitted / presented;
}
