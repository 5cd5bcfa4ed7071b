import { formatHours } from '../../../shared/format/fr';

/** An exam's duration as timetables write it: 220 -> "3 h 40", 30 -> "30 min". */
export function formatMinutes(minutes: number): string {
  return minutes < 60 ? `${minutes}\u00a0min` : formatHours(minutes / 60);
}

export function subjectHoursTotal(subjects: readonly { hoursYear1: number; hoursYear2: number }[]): number {
  return subjects.reduce((sum, s) => sum + s.hoursYear1 + s.hoursYear2, 0);
}

/** Σ coefficients of the mandatory units: the divisor of the BTS average. */
export function mandatoryCoefficients(units: readonly { coefficient: number; optional: boolean }[]): number {
  return units.filter((u) => !u.optional).reduce((sum, u) => sum + u.coefficient, 0);
}
