import { describe, expect, it } from 'vitest';
import {
  exact,
  formatAgainst,
  roundForDisplay,
  roundHalfUp,
  subjectAverage,
} from '../../shared/domain/marks';

describe('exact', () => {
  it('removes float noise but keeps every real decimal', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exact(0.1 + 0.2)).toBe(0.3);
    expect(exact((10 * 0.1 + 10 * 0.1 + 10 * 0.1) / (0.1 + 0.1 + 0.1))).toBe(10);
    expect(exact(9.995)).toBe(9.995);
    expect(exact(9.999999)).toBe(9.999999);
    expect(exact(40 / 3)).toBeCloseTo(13.333333333, 9);
  });
  it('never returns -0', () => {
    expect(Object.is(exact(-1e-12), 0)).toBe(true);
  });
});

describe('roundHalfUp and roundForDisplay', () => {
  it('rounds to the hundredth by default, half up, in French', () => {
    expect(roundForDisplay(11.234)).toBe('11,23');
    expect(roundForDisplay(11.235)).toBe('11,24');
    expect(roundForDisplay(12)).toBe('12,00');
    expect(roundForDisplay(0)).toBe('0,00');
    expect(roundForDisplay(20)).toBe('20,00');
  });

  it('rounds what the decimal writing says, not the binary float underneath', () => {
    // 1.005, 2.675 and 9.995 are stored just below their decimal value; toFixed gets them wrong.
    expect((1.005).toFixed(2)).toBe('1.00');
    expect(roundForDisplay(1.005)).toBe('1,01');
    expect((2.675).toFixed(2)).toBe('2.67');
    expect(roundForDisplay(2.675)).toBe('2,68');
    expect(roundForDisplay(0.1 + 0.2)).toBe('0,30');
    expect(roundHalfUp(0.125 + 1e-15)).toBe(0.13);
    expect(roundHalfUp(0.1 + 0.7, 'tenth')).toBe(0.8);
  });

  it('shows 9.995 as "10,00" while every decision sees it below 10', () => {
    const average = subjectAverage([
      { entry: { kind: 'mark', mark: 10 }, coefficient: 1 },
      { entry: { kind: 'mark', mark: 9.99 }, coefficient: 1 },
    ]).value!;
    expect(average).toBe(9.995);
    expect(roundForDisplay(average)).toBe('10,00');
    expect(average < 10).toBe(true);
    expect(roundHalfUp(9.994999)).toBe(9.99);
  });

  it('rounds to the tenth', () => {
    expect(roundForDisplay(12.34, 'tenth')).toBe('12,3');
    expect(roundForDisplay(12.35, 'tenth')).toBe('12,4');
    expect(roundForDisplay(9.95, 'tenth')).toBe('10,0');
    expect(roundForDisplay(9.9499, 'tenth')).toBe('9,9');
  });

  it('rounds to the half point', () => {
    expect(roundHalfUp(12.24, 'half')).toBe(12);
    expect(roundHalfUp(12.25, 'half')).toBe(12.5);
    expect(roundHalfUp(12.74, 'half')).toBe(12.5);
    expect(roundHalfUp(12.75, 'half')).toBe(13);
    expect(roundHalfUp(9.75, 'half')).toBe(10);
    expect(roundForDisplay(12.25, 'half')).toBe('12,5');
    expect(roundForDisplay(12.1, 'half')).toBe('12,0');
  });

  it('rounds negative values towards +∞ at the half (marks never are; gaps may be)', () => {
    expect(roundHalfUp(-1.005)).toBe(-1);
    expect(roundHalfUp(-1.006)).toBe(-1.01);
  });
});

describe('formatAgainst', () => {
  it('shows two decimals when they tell the truth about the comparison', () => {
    expect(formatAgainst(11.234, [10])).toBe('11,23');
    expect(formatAgainst(10, [10])).toBe('10,00');
    expect(formatAgainst(7.4, [8])).toBe('7,40');
  });
  it('shows every decimal when two would cross the threshold', () => {
    expect(formatAgainst(9.995, [10])).toBe('9,995');
    expect(formatAgainst(7.999, [8])).toBe('7,999');
    expect(formatAgainst(7.9999, [8, 10])).toBe('7,9999');
    expect(formatAgainst(9.994, [10])).toBe('9,99');
  });
});
