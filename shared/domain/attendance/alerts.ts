import type { Settings } from '../../api/settings';
import { attendanceAlertsFr as t } from '../../i18n/fr/absences';
import { sumHours, unjustifiedShare, type CountedLine } from './hours';

/**
 * When a learner's absences call for a word with them (settings.attendanceAlerts): too large a
 * share of their scheduled hours missed without justification, or too many unjustified absent
 * half-days within one calendar month. As in hours.ts, an absence still awaiting its reason
 * ("pending") counts as unjustified: the alert is what prompts someone to ask for it.
 */

export interface AlertLine extends CountedLine {
  /** The session's date, "AAAA-MM-JJ" (any day of the month for counted lines). */
  date: string;
}

export type AlertThresholds = Settings['attendanceAlerts'];

export type Crossing =
  | { kind: 'share'; share: number; max: number }
  | { kind: 'halfDays'; month: string; count: number; threshold: number };

/** Above means strictly above, with room for a float's error: exactly 10 % is not above 10 %. */
const EPSILON = 1e-9;

const unjustifiedAbsence = (line: AlertLine) =>
  line.presence === 'absent' && line.justification !== 'justified';

/** The thresholds a learner's lines cross: the share first, then each month in date order. */
export function crossedThresholds(lines: readonly AlertLine[], thresholds: AlertThresholds): Crossing[] {
  const crossings: Crossing[] = [];
  const share = unjustifiedShare(sumHours(lines));
  if (share > thresholds.unjustifiedShareMax + EPSILON) {
    crossings.push({ kind: 'share', share, max: thresholds.unjustifiedShareMax });
  }
  const perMonth = new Map<string, number>();
  for (const line of lines) {
    if (!unjustifiedAbsence(line)) continue;
    const month = line.date.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + (line.count ?? 1));
  }
  for (const month of [...perMonth.keys()].sort()) {
    const count = perMonth.get(month)!;
    if (count >= thresholds.unjustifiedHalfDaysPerMonth) {
      crossings.push({ kind: 'halfDays', month, count, threshold: thresholds.unjustifiedHalfDaysPerMonth });
    }
  }
  return crossings;
}

/** A crossing as the dashboard reads it: "12 % d’heures non justifiées (seuil 10 %)". */
export function crossingReason(crossing: Crossing): string {
  return crossing.kind === 'share'
    ? t.share(crossing.share, crossing.max)
    : t.halfDays(crossing.count, crossing.month, crossing.threshold);
}

/** Every reason to alert about a learner, in French, joined; null when no threshold is crossed. */
export function alertReason(lines: readonly AlertLine[], thresholds: AlertThresholds): string | null {
  const crossings = crossedThresholds(lines, thresholds);
  return crossings.length === 0 ? null : crossings.map(crossingReason).join(t.separator);
}
