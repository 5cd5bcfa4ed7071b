import { describe, expect, it } from 'vitest';
import {
  alertReason,
  crossedThresholds,
  type AlertLine,
  type AlertThresholds,
} from '../../shared/domain/attendance/alerts';
import { sumHours, type Justification } from '../../shared/domain/attendance/hours';

const defaults: AlertThresholds = { unjustifiedShareMax: 0.1, unjustifiedHalfDaysPerMonth: 3 };

const present = (date: string, extra: Partial<AlertLine> = {}): AlertLine => ({
  date,
  sessionHours: 3.75,
  presence: 'present',
  lateMinutes: 0,
  leftEarlyMinutes: 0,
  justification: null,
  ...extra,
});
const absent = (date: string, justification: Justification = 'unjustified'): AlertLine => ({
  ...present(date),
  presence: 'absent',
  justification,
});
/** `n` half-days attended in September 2025, far from the months the absences fall in. */
const attended = (n: number) =>
  Array.from({ length: n }, (_, i) => present(`2025-09-${String(i + 1).padStart(2, '0')}`));

describe('the share of unjustified hours', () => {
  it('is not above the threshold at exactly 10 %', () => {
    const lines = [...attended(9), absent('2026-01-12')];
    expect(crossedThresholds(lines, defaults)).toEqual([]);
    expect(alertReason(lines, defaults)).toBeNull();
  });

  it('is above it one late minute later, and says so in French with the threshold', () => {
    const lines = [...attended(8), present('2025-10-01', { lateMinutes: 1 }), absent('2026-01-12')];
    expect(crossedThresholds(lines, defaults)).toEqual([{ kind: 'share', share: 226 / 2250, max: 0.1 }]);
    expect(alertReason(lines, defaults)).toBe('10,04\u00a0% d’heures non justifiées (seuil 10\u00a0%)');
  });

  it('counts an absence awaiting its reason as unjustified, and a justified one not at all', () => {
    const pending = [...attended(7), absent('2026-01-12', 'pending')];
    expect(alertReason(pending, defaults)).toBe('12,5\u00a0% d’heures non justifiées (seuil 10\u00a0%)');
    const justified = [...attended(7), absent('2026-01-12', 'justified')];
    expect(alertReason(justified, defaults)).toBeNull();
  });

  it('counts justified lateness out, unjustified lateness in', () => {
    const late = (justification: Justification) => [
      ...attended(1),
      present('2025-10-01', { lateMinutes: 60, justification }),
    ];
    expect(alertReason(late('justified'), defaults)).toBeNull();
    expect(alertReason(late('unjustified'), defaults)).toBe(
      '13,3\u00a0% d’heures non justifiées (seuil 10\u00a0%)',
    );
  });

  it('follows the setting', () => {
    const lines = [...attended(7), absent('2026-01-12')];
    expect(alertReason(lines, { ...defaults, unjustifiedShareMax: 0.2 })).toBeNull();
  });

  it('raises nothing for a learner with no line', () => {
    expect(crossedThresholds([], defaults)).toEqual([]);
  });
});

describe('unjustified absent half-days in a calendar month', () => {
  it('alerts at 3 in one month, naming it', () => {
    const lines = [...attended(40), absent('2026-03-02'), absent('2026-03-10'), absent('2026-03-31')];
    expect(crossedThresholds(lines, defaults)).toEqual([
      { kind: 'halfDays', month: '2026-03', count: 3, threshold: 3 },
    ]);
    expect(alertReason(lines, defaults)).toBe(
      '3 demi-journées d’absence non justifiées en mars 2026 (seuil 3)',
    );
  });

  it('does not alert for 3 spread over two months', () => {
    const lines = [...attended(40), absent('2026-01-30'), absent('2026-01-31'), absent('2026-02-01')];
    expect(crossedThresholds(lines, defaults)).toEqual([]);
  });

  it('counts pending absences but neither justified ones nor lateness', () => {
    const lines = [
      ...attended(40),
      absent('2026-03-02', 'pending'),
      absent('2026-03-03', 'justified'),
      absent('2026-03-04', 'justified'),
      present('2026-03-05', { lateMinutes: 30 }),
      absent('2026-03-06'),
    ];
    expect(crossedThresholds(lines, defaults)).toEqual([]);
    lines.push(absent('2026-03-09', 'pending'));
    expect(crossedThresholds(lines, defaults)).toEqual([
      { kind: 'halfDays', month: '2026-03', count: 3, threshold: 3 },
    ]);
  });

  it('counts a morning and an afternoon of the same day as two half-days', () => {
    const lines = [...attended(40), absent('2026-03-02'), absent('2026-03-02'), absent('2026-03-03')];
    expect(crossedThresholds(lines, defaults)).toHaveLength(1);
  });

  it('speaks of one half-day in the singular when the setting says one is enough', () => {
    const lines = [...attended(40), absent('2026-03-02')];
    expect(alertReason(lines, { ...defaults, unjustifiedHalfDaysPerMonth: 1 })).toBe(
      '1 demi-journée d’absence non justifiée en mars 2026 (seuil 1)',
    );
  });

  it('follows the setting and lists every month crossed after the share', () => {
    const three = (month: string) => [absent(`${month}-02`), absent(`${month}-03`), absent(`${month}-04`)];
    const lines = [...attended(20), ...three('2026-04'), ...three('2026-01')];
    expect(crossedThresholds(lines, { ...defaults, unjustifiedHalfDaysPerMonth: 4 })).toEqual([
      { kind: 'share', share: 6 / 26, max: 0.1 },
    ]);
    expect(crossedThresholds(lines, defaults).map((c) => c.kind)).toEqual(['share', 'halfDays', 'halfDays']);
    expect(alertReason(lines, defaults)).toBe(
      '23,1\u00a0% d’heures non justifiées (seuil 10\u00a0%) · ' +
        '3 demi-journées d’absence non justifiées en janvier 2026 (seuil 3) · ' +
        '3 demi-journées d’absence non justifiées en avril 2026 (seuil 3)',
    );
  });
});

describe('counted lines', () => {
  it('add up exactly as the same lines one by one', () => {
    const facts = [
      present('2025-09-01'),
      present('2025-09-01', { lateMinutes: 7, justification: 'unjustified' }),
      present('2025-09-01', { sessionHours: 2, leftEarlyMinutes: 200, justification: 'justified' }),
      absent('2025-09-01', 'pending'),
      absent('2025-09-01', 'justified'),
    ];
    const counts = [97, 3, 2, 5, 4];
    const expanded = facts.flatMap((line, i) => Array.from({ length: counts[i]! }, () => line));
    expect(sumHours(facts.map((line, i) => ({ ...line, count: counts[i] })))).toEqual(sumHours(expanded));
  });

  it('count toward the thresholds with their count', () => {
    const lines = [
      { ...present('2025-09-01'), count: 40 },
      { ...absent('2026-03-02'), count: 3 },
    ];
    // 3 half-days of 43: 7 % of the hours, under the share's threshold, but 3 in March.
    expect(crossedThresholds(lines, defaults)).toEqual([
      { kind: 'halfDays', month: '2026-03', count: 3, threshold: 3 },
    ]);
  });
});
