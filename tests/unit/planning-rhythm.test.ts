import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyDayOverrides,
  centreHours,
  generateRhythm,
  rhythmPatternIssues,
  type Place,
  type RhythmPattern,
} from '../../shared/domain/planning';
import { dayNumber, isoDate, isoWeekday } from '../../shared/domain/planning/dates';

const weeks = (centreWeeks: number, companyWeeks: number, startsWith: Place = 'centre'): RhythmPattern => ({
  kind: 'weeks',
  centreWeeks,
  companyWeeks,
  startsWith,
});
/** The place of each Monday of the rhythm, to read a cycle at a glance. */
const mondays = (rhythm: Map<string, Place>) =>
  [...rhythm].filter(([date]) => isoWeekday(dayNumber(date)) === 1).map(([, place]) => place);
const count = (rhythm: Map<string, Place>, place: Place) =>
  [...rhythm.values()].filter((p) => p === place).length;

describe('private date helpers', () => {
  it('knows the weekday of known dates and refuses impossible ones', () => {
    expect(isoWeekday(dayNumber('2025-03-04'))).toBe(2);
    expect(isoWeekday(dayNumber('2027-01-03'))).toBe(7);
    expect(isoWeekday(dayNumber('1969-12-29'))).toBe(1);
    for (const bad of ['2025-02-30', '2025-3-4', '04/03/2025', '', '2025-13-01']) {
      expect(() => dayNumber(bad)).toThrow(RangeError);
    }
  });
  it('goes back and forth between ISO dates and day numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 80_000 }), (day) => {
        expect(dayNumber(isoDate(day))).toBe(day);
      }),
    );
  });
});

describe('generateRhythm — weeks', () => {
  it('alternates whole weeks Monday to Saturday, without Sundays', () => {
    const rhythm = generateRhythm(weeks(1, 1), '2025-03-03', '2025-03-30');
    expect(rhythm.size).toBe(24);
    expect(rhythm.has('2025-03-09')).toBe(false);
    expect(mondays(rhythm)).toEqual(['centre', 'company', 'centre', 'company']);
    expect(rhythm.get('2025-03-08')).toBe('centre');
    expect(rhythm.get('2025-03-10')).toBe('company');
  });
  it('starts mid-week: the first week is counted from its Monday', () => {
    const rhythm = generateRhythm(weeks(1, 1), '2025-03-05', '2025-03-16');
    expect([...rhythm.keys()][0]).toBe('2025-03-05');
    expect(rhythm.has('2025-03-03')).toBe(false);
    expect(count(rhythm, 'centre')).toBe(4);
    expect(rhythm.get('2025-03-08')).toBe('centre');
    expect(rhythm.get('2025-03-10')).toBe('company');
  });
  it('keeps its cycle across a year end with a week 53 (2026 → 2027)', () => {
    const rhythm = generateRhythm(weeks(1, 1), '2026-12-21', '2027-01-16');
    expect(mondays(rhythm)).toEqual(['centre', 'company', 'centre', 'company']);
    expect(rhythm.get('2026-12-31')).toBe('company');
    expect(rhythm.get('2027-01-02')).toBe('company');
    expect(rhythm.get('2027-01-04')).toBe('centre');
  });
  it('keeps its cycle across a year end with week 52 then week 1 (2024 → 2025)', () => {
    const rhythm = generateRhythm(weeks(2, 1), '2024-12-16', '2025-01-25');
    expect(mondays(rhythm)).toEqual(['centre', 'centre', 'company', 'centre', 'centre', 'company']);
    expect(rhythm.get('2024-12-31')).toBe('company');
    expect(rhythm.get('2025-01-06')).toBe('centre');
  });
  it('runs a 1/2 pattern over 10 weeks, starting in centre or in company', () => {
    const centreFirst = generateRhythm(weeks(1, 2), '2025-09-01', '2025-11-09');
    expect(centreFirst.size).toBe(60);
    expect(mondays(centreFirst)).toEqual([
      ...['centre', 'company', 'company', 'centre', 'company', 'company'],
      ...['centre', 'company', 'company', 'centre'],
    ]);
    expect(count(centreFirst, 'centre')).toBe(24);
    const companyFirst = generateRhythm(weeks(1, 2, 'company'), '2025-09-01', '2025-11-09');
    expect(mondays(companyFirst)).toEqual([
      ...['company', 'company', 'centre', 'company', 'company', 'centre'],
      ...['company', 'company', 'centre', 'company'],
    ]);
    expect(count(companyFirst, 'centre')).toBe(18);
  });
  it('gives all centre or all company when one side has no weeks', () => {
    const allCentre = generateRhythm(weeks(3, 0), '2025-09-01', '2025-12-20');
    expect(count(allCentre, 'company')).toBe(0);
    const allCompany = generateRhythm(weeks(0, 2, 'centre'), '2025-09-01', '2025-12-20');
    expect(count(allCompany, 'centre')).toBe(0);
    expect(allCompany.size).toBe(allCentre.size);
  });
  it('can keep Saturdays of centre weeks in the company', () => {
    const rhythm = generateRhythm(
      { ...weeks(1, 1), centreWeekdays: [1, 2, 3, 4, 5] },
      '2025-03-03',
      '2025-03-15',
    );
    expect(rhythm.get('2025-03-07')).toBe('centre');
    expect(rhythm.get('2025-03-08')).toBe('company');
    expect(count(rhythm, 'centre')).toBe(5);
  });
});

describe('generateRhythm — weekdays', () => {
  it('puts the listed weekdays in centre and the others in company', () => {
    const rhythm = generateRhythm({ kind: 'weekdays', centreWeekdays: [1, 2] }, '2025-03-03', '2025-03-16');
    expect(rhythm.get('2025-03-03')).toBe('centre');
    expect(rhythm.get('2025-03-04')).toBe('centre');
    expect(rhythm.get('2025-03-05')).toBe('company');
    expect(rhythm.get('2025-03-08')).toBe('company');
    expect(count(rhythm, 'centre')).toBe(4);
    expect(count(rhythm, 'company')).toBe(8);
  });
  it('gives all centre for Monday–Saturday and all company for no weekday', () => {
    const all = generateRhythm(
      { kind: 'weekdays', centreWeekdays: [1, 2, 3, 4, 5, 6] },
      '2025-01-01',
      '2025-12-31',
    );
    expect(count(all, 'company')).toBe(0);
    expect(all.size).toBe(313);
    const none = generateRhythm({ kind: 'weekdays', centreWeekdays: [] }, '2025-01-01', '2025-12-31');
    expect(count(none, 'centre')).toBe(0);
  });
});

describe('generateRhythm — bounds and invalid patterns', () => {
  it('includes both ends, and is empty when the period is reversed or only a Sunday', () => {
    expect([...generateRhythm(weeks(1, 1), '2025-03-04', '2025-03-04')]).toEqual([['2025-03-04', 'centre']]);
    expect(generateRhythm(weeks(1, 1), '2025-03-05', '2025-03-04').size).toBe(0);
    expect(generateRhythm(weeks(1, 1), '2025-03-09', '2025-03-09').size).toBe(0);
  });
  it('explains invalid patterns in French and refuses to generate them', () => {
    expect(rhythmPatternIssues(weeks(-1, 2))).toEqual([
      'Les nombres de semaines en centre et en entreprise doivent être des entiers positifs ou nuls.',
    ]);
    expect(rhythmPatternIssues(weeks(1.5, 2))).toHaveLength(1);
    expect(rhythmPatternIssues(weeks(0, 0))).toEqual([
      'Le rythme doit compter au moins une semaine (en centre ou en entreprise).',
    ]);
    expect(rhythmPatternIssues({ kind: 'weekdays', centreWeekdays: [1, 7] })).toEqual([
      'Les jours en centre vont du lundi (1) au samedi (6).',
    ]);
    expect(rhythmPatternIssues({ ...weeks(1, 1), centreWeekdays: [0] })).toHaveLength(1);
    expect(rhythmPatternIssues(weeks(2, 3))).toEqual([]);
    expect(() => generateRhythm(weeks(0, 0), '2025-03-03', '2025-03-09')).toThrow(RangeError);
    expect(() => generateRhythm(weeks(1, 1), '2025-03-03', '2025-02-30')).toThrow(RangeError);
  });
});

describe('applyDayOverrides', () => {
  const base = generateRhythm(weeks(1, 1), '2025-03-03', '2025-03-15');
  it('changes the given days, later edits winning, without touching the original', () => {
    const edited = applyDayOverrides(base, [
      { date: '2025-03-04', place: 'company' },
      { date: '2025-03-11', place: 'centre' },
      { date: '2025-03-11', place: 'company' },
      { date: '2025-03-12', place: 'centre' },
    ]);
    expect(edited.get('2025-03-04')).toBe('company');
    expect(edited.get('2025-03-11')).toBe('company');
    expect(edited.get('2025-03-12')).toBe('centre');
    expect(base.get('2025-03-04')).toBe('centre');
    expect([...edited.keys()]).toEqual([...base.keys()]);
  });
  it('ignores Sundays and days outside the period', () => {
    const edited = applyDayOverrides(base, [
      { date: '2025-03-09', place: 'centre' },
      { date: '2025-04-01', place: 'centre' },
    ]);
    expect(edited).toEqual(base);
  });
});

describe('centreHours', () => {
  const rhythm = generateRhythm({ kind: 'weekdays', centreWeekdays: [1, 2] }, '2025-04-14', '2025-04-26');
  it('counts centre days × slots × hours, company days giving none', () => {
    expect(centreHours(rhythm, 2, 3.75)).toBe(30);
    expect(centreHours(rhythm, 1, 3.75)).toBe(15);
    expect(centreHours(new Map(), 2, 3.75)).toBe(0);
  });
  it('leaves out closed days such as Easter Monday', () => {
    expect(centreHours(rhythm, 2, 3.75, ['2025-04-21'])).toBe(22.5);
    expect(centreHours(rhythm, 2, 3.75, ['2025-04-23'])).toBe(30);
  });
});
