import { describe, expect, it } from 'vitest';
import {
  formatDayMonthYear,
  formatDateLong,
  formatDateShort,
  formatHours,
  parseDecimalFr,
  formatNumber,
  formatPercent,
} from '../../shared/format/fr';
import { byPersonName } from '../../shared/format/sort';

const nbsp = '\u00a0';
const nnbsp = '\u202f';

describe('fr-FR numbers', () => {
  it('writes a decimal comma and drops useless zeros', () => {
    expect(formatNumber(12.5)).toBe('12,5');
    expect(formatNumber(12)).toBe('12');
    expect(formatNumber(9.995, 2)).toBe('10');
    expect(formatNumber(13.456)).toBe('13,46');
  });
  it('can keep a fixed number of decimals', () => {
    expect(formatNumber(12.5, 2, 2)).toBe('12,50');
  });
  it('groups thousands with a narrow no-break space', () => {
    expect(formatNumber(1350)).toBe(`1${nnbsp}350`);
  });
  it('writes a success rate as French percentages', () => {
    expect(formatPercent(6 / 13)).toBe(`46,15${nbsp}%`);
  });
});

describe('fr-FR dates', () => {
  it('writes the long date with the weekday', () => {
    expect(formatDateLong('2025-03-03')).toBe('lundi 3 mars 2025');
    expect(formatDateLong('2026-01-01')).toBe('jeudi 1er janvier 2026');
    expect(formatDateLong('2026-01-11')).toBe('dimanche 11 janvier 2026');
    expect(formatDateLong('2026-01-21')).toBe('mercredi 21 janvier 2026');
  });
  it('writes the day, month and year without the weekday, the first as "1er"', () => {
    expect(formatDayMonthYear('2026-03-01')).toBe('1er mars 2026');
    expect(formatDayMonthYear('2026-03-11')).toBe('11 mars 2026');
  });
  it('does not shift a calendar date with the time zone', () => {
    expect(formatDateShort('2025-12-31')).toBe('31/12/2025');
  });
});

describe('hours as timetables write them', () => {
  it.each([
    [3.75, `3${nbsp}h${nbsp}45`],
    [4, `4${nbsp}h`],
    [0.5, `0${nbsp}h${nbsp}30`],
    [7.5, `7${nbsp}h${nbsp}30`],
    [1350, `1${nnbsp}350${nbsp}h`],
    [1 / 60, `0${nbsp}h${nbsp}01`],
    [-1.25, `−1${nbsp}h${nbsp}15`],
  ])('%s h -> %s', (hours, text) => {
    expect(formatHours(hours)).toBe(text);
  });
  it('rounds to the nearest minute without writing 60 minutes', () => {
    expect(formatHours(2.9999)).toBe(`3${nbsp}h`);
  });
});

describe('French order of names', () => {
  it('ignores accents and case, as a class list is read', () => {
    const names = ['Brunet', 'Bérard', 'besnard', 'Barbier', 'Écuyer', 'Eymard']
      .map((surname) => ({ surname, firstName: 'A' }))
      .sort(byPersonName)
      .map((p) => p.surname);
    expect(names).toEqual(['Barbier', 'Bérard', 'besnard', 'Brunet', 'Écuyer', 'Eymard']);
  });
  it('orders by first name when surnames are equal', () => {
    const people = [
      { surname: 'Martin', firstName: 'Zoé' },
      { surname: 'martin', firstName: 'Élodie' },
    ];
    expect(people.sort(byPersonName).map((p) => p.firstName)).toEqual(['Élodie', 'Zoé']);
  });
});

describe('parseDecimalFr', () => {
  it('reads French and dotted decimals and thousands separated by spaces', () => {
    expect(parseDecimalFr('12,5')).toBe(12.5);
    expect(parseDecimalFr(' 12.5 ')).toBe(12.5);
    expect(parseDecimalFr('1 350')).toBe(1350);
    expect(parseDecimalFr('1\u202f350,25')).toBe(1350.25);
    expect(parseDecimalFr('4')).toBe(4);
  });

  it('refuses anything that is not a plain non-negative decimal', () => {
    for (const text of ['', ' ', '-1', '1,2,3', '12,', ',5', 'abc', '1e3', '12 h']) {
      expect(parseDecimalFr(text)).toBeNull();
    }
  });
});
