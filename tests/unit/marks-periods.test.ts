import { describe, expect, it } from 'vitest';
import { splitPeriods, trainingYearOf, trainingYears } from '../../shared/domain/marks/periods';

const twoYears = { startDate: '2025-09-01', endDate: '2027-06-30', yearFrom: 1, yearTo: 2 };

describe('training years of a cohort', () => {
  it('start on each anniversary of the cohort, the last ending with it', () => {
    expect(trainingYears(twoYears)).toEqual([
      { year: 1, startDate: '2025-09-01', endDate: '2026-08-31' },
      { year: 2, startDate: '2026-09-01', endDate: '2027-06-30' },
    ]);
  });

  it('are numbered from the year the cohort enters in', () => {
    const secondYearOnly = { startDate: '2025-09-01', endDate: '2026-06-30', yearFrom: 2, yearTo: 2 };
    expect(trainingYears(secondYearOnly)).toEqual([
      { year: 2, startDate: '2025-09-01', endDate: '2026-06-30' },
    ]);
  });

  it('split a course too short for whole years (two years over 18 months) into equal parts', () => {
    const short = { startDate: '2026-01-05', endDate: '2027-06-30', yearFrom: 1, yearTo: 2 };
    const [first, second] = trainingYears(short);
    expect(first!.startDate).toBe('2026-01-05');
    expect(second!.endDate).toBe('2027-06-30');
    expect(first!.endDate < second!.startDate).toBe(true);
  });

  it('keep a 29 February start on the last day of February in a common year', () => {
    const leap = { startDate: '2024-02-29', endDate: '2026-02-27', yearFrom: 1, yearTo: 2 };
    expect(trainingYears(leap).map((y) => y.startDate)).toEqual(['2024-02-29', '2025-02-28']);
  });

  it('place a date in its year; before the cohort in the first, after it in the last', () => {
    expect(trainingYearOf(twoYears, '2026-08-31')).toBe(1);
    expect(trainingYearOf(twoYears, '2026-09-01')).toBe(2);
    expect(trainingYearOf(twoYears, '2020-01-01')).toBe(1);
    expect(trainingYearOf(twoYears, '2030-01-01')).toBe(2);
  });
});

describe('periods of a cohort', () => {
  it('give two semesters a year, numbered across the cohort, covering every day once', () => {
    const periods = splitPeriods(twoYears, 'semester');
    expect(periods.map((p) => [p.position, p.trainingYear])).toEqual([
      [1, 1],
      [2, 1],
      [3, 2],
      [4, 2],
    ]);
    expect(periods[0]!.startDate).toBe('2025-09-01');
    expect(periods[3]!.endDate).toBe('2027-06-30');
    for (let i = 1; i < periods.length; i++) {
      const dayAfter = new Date(`${periods[i - 1]!.endDate}T00:00:00Z`);
      dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
      expect(periods[i]!.startDate).toBe(dayAfter.toISOString().slice(0, 10));
    }
  });

  it('give three trimesters a year, 121 or 122 days each', () => {
    const oneYear = { startDate: '2025-09-01', endDate: '2026-08-31', yearFrom: 1, yearTo: 1 };
    const trimesters = splitPeriods(oneYear, 'trimester');
    expect(trimesters.map((p) => [p.startDate, p.endDate])).toEqual([
      ['2025-09-01', '2025-12-30'],
      ['2025-12-31', '2026-05-01'],
      ['2026-05-02', '2026-08-31'],
    ]);
  });
});
