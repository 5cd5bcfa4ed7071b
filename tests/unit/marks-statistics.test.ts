import { describe, expect, it } from 'vitest';
import { classStatistics, evaluationStatistics, ranks, type MarkEntry } from '../../shared/domain/marks';

const mark = (value: number): MarkEntry => ({ kind: 'mark', mark: value });

describe('classStatistics', () => {
  it('gives the plain mean of the learners’ averages, the min, the max and the count', () => {
    expect(classStatistics([12, 8, null, 15.5])).toEqual({
      average: 11.833333333,
      min: 8,
      max: 15.5,
      count: 3,
    });
  });
  it('is empty when no learner has an average', () => {
    expect(classStatistics([])).toEqual({ average: null, min: null, max: null, count: 0 });
    expect(classStatistics([null, null])).toEqual({ average: null, min: null, max: null, count: 0 });
  });
  it('keeps exact values', () => {
    expect(classStatistics([0.1, 0.2]).average).toBe(0.15);
    expect(classStatistics([10, 9.99]).average).toBe(9.995);
  });
});

describe('evaluationStatistics', () => {
  const column: MarkEntry[] = [
    mark(30),
    mark(20),
    { kind: 'code', code: 'ABS' },
    { kind: 'code', code: 'ABJ' },
    { kind: 'code', code: 'DISP' },
    { kind: 'code', code: 'NN' },
    { kind: 'empty' },
  ];

  it('works on the evaluation’s own scale and counts ABS as 0 by default', () => {
    expect(evaluationStatistics(column)).toEqual({ average: 16.666666667, min: 0, max: 30, count: 3 });
  });
  it('leaves ABS out when the setting neutralises it', () => {
    expect(evaluationStatistics(column, { absCountsAsZero: false })).toEqual({
      average: 25,
      min: 20,
      max: 30,
      count: 2,
    });
  });
});

describe('ranks', () => {
  it('ranks highest first and lets ties share a rank: 1, 2, 2, 4', () => {
    expect(ranks([15, 12, 12, 9])).toEqual([1, 2, 2, 4]);
    expect(ranks([9, 12, 15, 12])).toEqual([4, 2, 1, 2]);
    expect(ranks([10, 10, 10])).toEqual([1, 1, 1]);
    expect(ranks([11, 10, 10, 10, 9])).toEqual([1, 2, 2, 2, 5]);
  });

  it('compares exact values: 12,004 and 12,001 do not tie although both show 12,00', () => {
    expect(ranks([12.001, 12.004])).toEqual([2, 1]);
  });

  it('does not split a tie over float noise', () => {
    expect(ranks([0.1 + 0.2, 0.3, 0.29])).toEqual([1, 1, 3]);
  });

  it('gives no rank to a learner without an average', () => {
    expect(ranks([null, 14, null, 16])).toEqual([null, 2, null, 1]);
    expect(ranks([])).toEqual([]);
  });
});
