import { describe, expect, it } from 'vitest';
import {
  countedMark,
  generalAverage,
  type MarkCode,
  type MarkItem,
  rescaleTo20,
  subjectAverage,
  subjectAveragesByPeriod,
} from '../../shared/domain/marks';

const m = (mark: number, coefficient = 1, scale?: number): MarkItem => ({
  entry: { kind: 'mark', mark },
  coefficient,
  scale,
});
const code = (c: MarkCode, coefficient = 1): MarkItem => ({ entry: { kind: 'code', code: c }, coefficient });
const empty = (coefficient = 1): MarkItem => ({ entry: { kind: 'empty' }, coefficient });
const neutralAbs = { absCountsAsZero: false };

describe('rescaleTo20', () => {
  it('brings marks on another scale to /20', () => {
    expect(rescaleTo20(5, 10)).toBe(10);
    expect(rescaleTo20(7.5, 10)).toBe(15);
    expect(rescaleTo20(30, 40)).toBe(15);
    expect(rescaleTo20(15.5, 40)).toBe(7.75);
    expect(rescaleTo20(12.5)).toBe(12.5);
    expect(rescaleTo20(100, 100)).toBe(20);
    expect(rescaleTo20(10, 30)).toBeCloseTo(6.666666667, 9);
  });
  it('throws on a scale that is not positive', () => {
    expect(() => rescaleTo20(5, 0)).toThrow(RangeError);
    expect(() => rescaleTo20(5, -10)).toThrow(RangeError);
  });
});

describe('countedMark', () => {
  it('counts marks, ABS as 0 by default, and leaves the other codes and empty cells out', () => {
    expect(countedMark({ kind: 'mark', mark: 8 }, 10)).toBe(16);
    expect(countedMark({ kind: 'code', code: 'ABS' })).toBe(0);
    expect(countedMark({ kind: 'code', code: 'ABS' }, 20, neutralAbs)).toBeNull();
    for (const c of ['ABJ', 'DISP', 'NN'] as const) expect(countedMark({ kind: 'code', code: c })).toBeNull();
    expect(countedMark({ kind: 'empty' })).toBeNull();
  });
});

describe('subjectAverage', () => {
  it('is Σ(mark × coefficient) / Σ coefficients', () => {
    expect(subjectAverage([m(12), m(8, 2), m(15, 1)])).toMatchObject({
      value: 10.75,
      provisional: false,
      coefficientTotal: 4,
      counted: 3,
      pending: 0,
    });
  });

  it('rescales marks out of 10 and 40 before weighting', () => {
    expect(subjectAverage([m(5, 1, 10), m(30, 1, 40)]).value).toBe(12.5);
    expect(subjectAverage([m(10, 2), m(20, 1, 40)]).value).toBe(10);
    expect(subjectAverage([m(7, 1, 10), m(14, 3)]).value).toBe(14);
  });

  it('counts ABS as 0 by default', () => {
    expect(subjectAverage([m(16), code('ABS')])).toMatchObject({ value: 8, counted: 2 });
  });

  it('neutralises ABS when the setting says so', () => {
    expect(subjectAverage([m(16), code('ABS')], neutralAbs)).toMatchObject({ value: 16, counted: 1 });
  });

  it('neutralises ABJ and DISP: neither numerator nor divisor', () => {
    expect(subjectAverage([m(12), code('ABJ', 3), code('DISP', 2)])).toMatchObject({
      value: 12,
      coefficientTotal: 1,
      provisional: false,
    });
  });

  it('computes over the other marks and flags the average provisional while an NN waits', () => {
    expect(subjectAverage([m(12), m(14), code('NN')])).toMatchObject({
      value: 13,
      provisional: true,
      pending: 1,
      counted: 2,
    });
  });

  it('is null when no mark counts, and still provisional when an NN waits', () => {
    expect(subjectAverage([])).toMatchObject({ value: null, provisional: false, counted: 0 });
    expect(subjectAverage([code('ABJ'), code('DISP'), code('NN'), empty()])).toMatchObject({
      value: null,
      provisional: true,
    });
    expect(subjectAverage([code('ABJ'), code('DISP')])).toMatchObject({ value: null, provisional: false });
    expect(subjectAverage([code('ABS')], neutralAbs).value).toBeNull();
    expect(subjectAverage([code('ABS')]).value).toBe(0);
  });

  it('leaves an empty cell out without making the average provisional (assumed)', () => {
    expect(subjectAverage([m(11), empty(4)])).toMatchObject({ value: 11, provisional: false, counted: 1 });
  });

  it('gives a mark of coefficient 0 no weight, and throws on a negative coefficient', () => {
    expect(subjectAverage([m(10), m(20, 0)]).value).toBe(10);
    expect(subjectAverage([m(20, 0)]).value).toBeNull();
    expect(() => subjectAverage([m(10, -1)])).toThrow(RangeError);
  });

  it('keeps exact values: 10 and 9,99 average 9,995, not 10', () => {
    expect(subjectAverage([m(10), m(9.99)]).value).toBe(9.995);
  });

  it('is free of float noise: three tens at coefficient 0,1 average exactly 10', () => {
    expect(subjectAverage([m(10, 0.1), m(10, 0.1), m(10, 0.1)]).value).toBe(10);
    expect(subjectAverage([m(12.3, 0.7), m(7.1, 0.3)]).value).toBe(10.74);
  });
});

describe('subjectAveragesByPeriod', () => {
  const items = [
    { ...m(10), period: 'S1' },
    { ...m(14), period: 'S1' },
    { ...m(18, 2), period: 'S2' },
    { ...code('NN'), period: 'S2' },
  ];

  it('averages each period separately', () => {
    const { periods } = subjectAveragesByPeriod(items);
    expect(periods.get('S1')).toMatchObject({ value: 12, provisional: false });
    expect(periods.get('S2')).toMatchObject({ value: 18, provisional: true });
    expect(periods.has('S3')).toBe(false);
  });

  it('averages the year over all its evaluations, weighted the same way (not the mean of the periods)', () => {
    const { year } = subjectAveragesByPeriod(items);
    // (10 + 14 + 18 × 2) / 4 = 15, where the mean of the period averages would be 15 as well by
    // chance: a lopsided year shows the difference.
    expect(year).toMatchObject({ value: 15, provisional: true, counted: 3 });
    const lopsided = subjectAveragesByPeriod([
      { ...m(8), period: 1 },
      { ...m(8), period: 1 },
      { ...m(8), period: 1 },
      { ...m(20), period: 2 },
    ]);
    expect(lopsided.year.value).toBe(11);
    expect(lopsided.periods.get(1)!.value).toBe(8);
    expect(lopsided.periods.get(2)!.value).toBe(20);
  });

  it('honours the ABS setting in every period', () => {
    const { periods, year } = subjectAveragesByPeriod(
      [
        { ...m(12), period: 1 },
        { ...code('ABS'), period: 1 },
      ],
      neutralAbs,
    );
    expect(periods.get(1)!.value).toBe(12);
    expect(year.value).toBe(12);
  });
});

describe('generalAverage', () => {
  const avg = (value: number | null, provisional = false) => ({ value, provisional });

  it('weights the subject averages by the subjects’ coefficients', () => {
    expect(
      generalAverage([
        { coefficient: 3, average: avg(12) },
        { coefficient: 5, average: avg(8) },
        { coefficient: 2, average: avg(15) },
      ]),
    ).toEqual({ value: 10.6, provisional: false });
  });

  it('leaves a subject without an average out of numerator and divisor', () => {
    expect(
      generalAverage([
        { coefficient: 3, average: avg(12) },
        { coefficient: 5, average: avg(null) },
      ]),
    ).toEqual({ value: 12, provisional: false });
  });

  it('is provisional as soon as one subject is, even one without a value yet', () => {
    expect(
      generalAverage([
        { coefficient: 1, average: avg(12) },
        { coefficient: 1, average: avg(null, true) },
      ]),
    ).toEqual({ value: 12, provisional: true });
  });

  it('is null when no subject has an average, and ignores a subject of coefficient 0', () => {
    expect(generalAverage([])).toEqual({ value: null, provisional: false });
    expect(generalAverage([{ coefficient: 2, average: avg(null) }]).value).toBeNull();
    expect(
      generalAverage([
        { coefficient: 0, average: avg(20) },
        { coefficient: 1, average: avg(9) },
      ]).value,
    ).toBe(9);
    expect(() => generalAverage([{ coefficient: -2, average: avg(10) }])).toThrow(RangeError);
  });
});
