import { describe, expect, it } from 'vitest';
import {
  contractDays,
  contractHours,
  contractMonths,
  DAYS_PER_YEAR,
  LEGAL_ANNUAL_HOURS,
} from '../../shared/domain/planning/contract-hours';
import { learnerPlanFr } from '../../shared/i18n/fr/learner-plan';

describe('contractDays', () => {
  it('counts calendar days, first and last included', () => {
    expect(contractDays('2025-09-01', '2025-09-01')).toBe(1);
    expect(contractDays('2025-09-01', '2025-09-30')).toBe(30);
  });
  it('crosses a year end without losing a day', () => {
    expect(contractDays('2025-12-15', '2026-01-14')).toBe(31);
  });
  it('counts 29 February in a leap year, and no such day otherwise', () => {
    expect(contractDays('2028-02-01', '2028-03-01')).toBe(30);
    expect(contractDays('2027-02-01', '2027-03-01')).toBe(29);
    expect(contractDays('2024-01-01', '2024-12-31')).toBe(366);
  });
  it('is 0 for a contract that ends before it starts', () => {
    expect(contractDays('2026-01-02', '2026-01-01')).toBe(0);
  });
});

describe('contractHours (assumed: 1607 h a year, prorated on calendar days)', () => {
  it('rests on the legal annual working time and a 365.25-day year', () => {
    expect([LEGAL_ANNUAL_HOURS, DAYS_PER_YEAR]).toEqual([1607, 365.25]);
  });
  it('gives exactly 4 × 1607 h over four years holding one leap day', () => {
    expect(contractHours('2025-09-01', '2029-08-31')).toBeCloseTo(4 * 1607, 9);
  });
  it('prorates a two-year contract across a year end on its 730 days', () => {
    expect(contractHours('2025-09-01', '2027-08-31')).toBeCloseTo((730 / 365.25) * 1607, 9);
    expect(contractHours('2025-09-01', '2027-08-31')).toBeCloseTo(3211.8, 1);
  });
  it('counts a leap year a little above 1607 h and a plain year a little below', () => {
    expect(contractHours('2028-01-01', '2028-12-31')).toBeCloseTo((366 / 365.25) * 1607, 9);
    expect(contractHours('2027-01-01', '2027-12-31')).toBeCloseTo((365 / 365.25) * 1607, 9);
    expect(contractHours('2028-01-01', '2028-12-31')).toBeGreaterThan(1607);
    expect(contractHours('2027-01-01', '2027-12-31')).toBeLessThan(1607);
  });
  it('is 0 for an inverted contract', () => {
    expect(contractHours('2026-06-30', '2026-01-01')).toBe(0);
  });
  it('says in French that the figure is an assumption', () => {
    const note = learnerPlanFr.contractHoursNote.replace(/[\u00a0\u202f]/g, ' ');
    expect(note).toContain('hypothèse');
    expect(note).toContain('1 607 h');
    expect(note).toContain('365,25');
  });
});

describe('contractMonths', () => {
  it('counts whole calendar months up to the day after the last', () => {
    expect(contractMonths('2025-09-01', '2027-08-31')).toBe(24);
    expect(contractMonths('2026-01-15', '2026-04-14')).toBe(3);
    expect(contractMonths('2025-11-01', '2026-02-28')).toBe(4);
  });
  it('adds the last partial month as a share of its days', () => {
    // September 2025 whole, then 15 of October's 31 days.
    expect(contractMonths('2025-09-01', '2025-10-15')).toBeCloseTo(1 + 15 / 31, 12);
  });
  it('handles a start on the 31st and February of a leap year', () => {
    expect(contractMonths('2028-01-31', '2028-02-28')).toBe(1); // 31 Jan + 1 month = 29 Feb 2028
    expect(contractMonths('2027-01-31', '2027-02-27')).toBe(1); // … = 28 Feb 2027
  });
  it('is 0 for an inverted contract', () => {
    expect(contractMonths('2026-02-01', '2026-01-01')).toBe(0);
  });
});
