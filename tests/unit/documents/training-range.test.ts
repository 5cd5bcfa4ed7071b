import { describe, expect, it } from 'vitest';
import { intersect, trainingRange } from '../../../shared/domain/documents/training-range';

const cohort = { startDate: '2025-09-01', endDate: '2027-06-30' };
const none = { entryDate: null, exitDate: null, dropoutDate: null };

describe('trainingRange', () => {
  it('takes the cohort’s dates when the learner has none', () => {
    expect(trainingRange(none, cohort)).toEqual({ from: '2025-09-01', to: '2027-06-30' });
  });

  it('takes the learner’s entry and exit dates within the cohort’s', () => {
    expect(trainingRange({ ...none, entryDate: '2025-10-06', exitDate: '2026-03-11' }, cohort)).toEqual({
      from: '2025-10-06',
      to: '2026-03-11',
    });
    expect(trainingRange({ ...none, entryDate: '2025-06-01', exitDate: '2027-09-30' }, cohort)).toEqual({
      from: '2025-09-01',
      to: '2027-06-30',
    });
  });

  it('ends on the dropout date when no exit date was set, the exit date winning otherwise', () => {
    expect(trainingRange({ ...none, dropoutDate: '2026-01-15' }, cohort).to).toBe('2026-01-15');
    expect(trainingRange({ ...none, exitDate: '2026-01-10', dropoutDate: '2026-01-15' }, cohort).to).toBe(
      '2026-01-10',
    );
  });
});

describe('intersect', () => {
  it('gives the days two ranges share, both ends included', () => {
    expect(
      intersect({ from: '2026-03-01', to: '2026-03-31' }, { from: '2025-09-01', to: '2026-03-11' }),
    ).toEqual({
      from: '2026-03-01',
      to: '2026-03-11',
    });
    expect(
      intersect({ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-03-31', to: '2026-04-30' }),
    ).toEqual({
      from: '2026-03-31',
      to: '2026-03-31',
    });
  });

  it('is null when they share no day', () => {
    expect(
      intersect({ from: '2026-03-01', to: '2026-03-31' }, { from: '2026-04-01', to: '2026-06-30' }),
    ).toBeNull();
  });
});
