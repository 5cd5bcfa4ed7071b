import { describe, expect, it } from 'vitest';
import {
  BEHIND_THRESHOLD,
  elapsedShare,
  ledgerRow,
  ledgerTotals,
  type LedgerInput,
} from '../../shared/domain/planning';
import { ledgerDriftFr } from '../../shared/i18n/fr/planning';

/** A 10-day "year" makes the pro-rata share easy to read: 2025-01-06 is halfway. */
const year = { yearStart: '2025-01-01', yearEnd: '2025-01-11' };
const row = (input: Partial<LedgerInput>) =>
  ledgerRow({
    targetHours: 100,
    plannedHours: 100,
    deliveredHours: 50,
    today: '2025-01-06',
    ...year,
    ...input,
  });

describe('elapsedShare', () => {
  it('runs from 0 on the first day to 1 on the last, clamped outside', () => {
    expect(elapsedShare('2024-12-31', '2025-01-01', '2025-01-11')).toBe(0);
    expect(elapsedShare('2025-01-01', '2025-01-01', '2025-01-11')).toBe(0);
    expect(elapsedShare('2025-01-06', '2025-01-01', '2025-01-11')).toBe(0.5);
    expect(elapsedShare('2025-01-11', '2025-01-01', '2025-01-11')).toBe(1);
    expect(elapsedShare('2025-06-01', '2025-01-01', '2025-01-11')).toBe(1);
  });
  it('handles a one-day year and refuses a year that ends before it starts', () => {
    expect(elapsedShare('2025-01-01', '2025-01-01', '2025-01-01')).toBe(1);
    expect(elapsedShare('2024-12-31', '2025-01-01', '2025-01-01')).toBe(0);
    expect(() => elapsedShare('2025-01-01', '2025-01-11', '2025-01-01')).toThrow(RangeError);
  });
});

describe('ledgerRow', () => {
  it('gives what remains to plan and to deliver', () => {
    expect(row({ plannedHours: 60, deliveredHours: 50 })).toEqual({
      remainingToPlan: 40,
      remainingToDeliver: 50,
      overPlanned: 0,
      expectedDelivered: 50,
      drift: 'ok',
    });
  });
  it('is not over at exactly the target, and over from one minute beyond', () => {
    expect(row({ plannedHours: 100 })).toMatchObject({ drift: 'ok', remainingToPlan: 0, overPlanned: 0 });
    expect(row({ plannedHours: 100 + 1 / 60 })).toMatchObject({ drift: 'over', remainingToPlan: 0 });
    expect(row({ plannedHours: 103.75 })).toMatchObject({ drift: 'over', overPlanned: 3.75 });
  });
  it('is behind only when delivery falls more than 10 % below the pro-rata share', () => {
    expect(BEHIND_THRESHOLD).toBe(0.1);
    expect(row({ deliveredHours: 45 }).drift).toBe('ok');
    expect(row({ deliveredHours: 45 - 1 / 60 }).drift).toBe('behind');
    expect(row({ deliveredHours: 0, today: '2025-01-11' })).toMatchObject({
      drift: 'behind',
      expectedDelivered: 100,
    });
  });
  it('is never behind on the first day of the year, nor ahead of schedule', () => {
    expect(row({ deliveredHours: 0, today: '2025-01-01' })).toMatchObject({
      drift: 'ok',
      expectedDelivered: 0,
    });
    expect(row({ deliveredHours: 80 }).drift).toBe('ok');
  });
  it('takes the threshold as a parameter', () => {
    expect(row({ deliveredHours: 49, behindThreshold: 0 }).drift).toBe('behind');
    expect(row({ deliveredHours: 50, behindThreshold: 0 }).drift).toBe('ok');
    expect(row({ deliveredHours: 26, behindThreshold: 0.5 }).drift).toBe('ok');
    expect(row({ deliveredHours: 24, behindThreshold: 0.5 }).drift).toBe('behind');
  });
  it('reports over rather than behind when both hold', () => {
    expect(row({ plannedHours: 120, deliveredHours: 0 }).drift).toBe('over');
  });
  it('never shows a negative remainder, and adds 3 h 45 slots to the minute', () => {
    expect(row({ deliveredHours: 130, plannedHours: 130 })).toMatchObject({
      remainingToDeliver: 0,
      remainingToPlan: 0,
    });
    const planned = Array.from({ length: 26 }, () => 3.75).reduce((a, b) => a + b, 0.1 + 0.2 - 0.3);
    expect(row({ targetHours: 97.5, plannedHours: planned })).toMatchObject({
      drift: 'ok',
      remainingToPlan: 0,
    });
  });
  it('rounds the expected hours to the minute', () => {
    expect(row({ today: '2025-01-04' }).expectedDelivered).toBe(30);
    expect(
      ledgerRow({
        targetHours: 10,
        plannedHours: 0,
        deliveredHours: 0,
        today: '2025-01-02',
        yearStart: '2025-01-01',
        yearEnd: '2025-01-04',
      }).expectedDelivered,
    ).toBe(200 / 60);
  });
  it('has French labels for each drift', () => {
    expect(ledgerDriftFr).toEqual({ over: 'Dépassement', behind: 'En retard', ok: 'Conforme' });
  });
});

describe('ledgerTotals', () => {
  const rows = [
    { targetHours: 120, plannedHours: 60, deliveredHours: 30 },
    { targetHours: 300, plannedHours: 303.75, deliveredHours: 100 },
  ];
  it('sums the subjects and holds them against the programme hours', () => {
    expect(ledgerTotals(rows, 1350)).toEqual({
      targetHours: 420,
      plannedHours: 363.75,
      deliveredHours: 130,
      programmeHours: 1350,
      unallocatedHours: 930,
      remainingToPlan: 986.25,
      remainingToDeliver: 1220,
      overProgramme: false,
    });
  });
  it('shows targets beyond the programme as negative unallocated hours', () => {
    expect(ledgerTotals(rows, 400)).toMatchObject({ unallocatedHours: -20, remainingToPlan: 36.25 });
  });
  it('is over the programme only beyond its hours', () => {
    expect(ledgerTotals(rows, 363.75).overProgramme).toBe(false);
    expect(ledgerTotals(rows, 363.5)).toMatchObject({ overProgramme: true, remainingToPlan: 0 });
  });
  it('is all zeros without subjects', () => {
    expect(ledgerTotals([], 0)).toMatchObject({ targetHours: 0, plannedHours: 0, overProgramme: false });
  });
});
