import { describe, expect, it } from 'vitest';
import {
  effectivePlace,
  learnerCentreHours,
  learnerDay,
  toggledDay,
  type LearnerDayFacts,
} from '../../shared/domain/planning/learner-place';
import type { Place } from '../../shared/domain/planning/types';

function facts(
  options: {
    overrides?: [string, Place][];
    company?: string[];
    internships?: { start: string; end: string }[];
  } = {},
): LearnerDayFacts {
  return {
    overrides: new Map(options.overrides ?? []),
    groupCompanyDays: new Set(options.company ?? []),
    internships: options.internships ?? [],
  };
}

describe('effectivePlace: override > internship > group rhythm > centre', () => {
  it('is the centre on a day nothing marks', () => {
    expect(learnerDay('2026-03-03', facts())).toEqual({ place: 'centre', source: 'centre' });
  });
  it('follows the group on its company days', () => {
    expect(learnerDay('2026-03-03', facts({ company: ['2026-03-03'] }))).toEqual({
      place: 'company',
      source: 'group',
    });
  });
  it('puts every day of an internship in company, first and last included, across a year end', () => {
    const f = facts({ internships: [{ start: '2025-12-29', end: '2026-01-09' }] });
    expect(effectivePlace('2025-12-28', f)).toBe('centre');
    expect(learnerDay('2025-12-29', f)).toEqual({ place: 'company', source: 'internship' });
    expect(effectivePlace('2026-01-01', f)).toBe('company');
    expect(effectivePlace('2026-01-09', f)).toBe('company');
    expect(effectivePlace('2026-01-10', f)).toBe('centre');
  });
  it('counts 29 February of a leap year inside an internship', () => {
    const f = facts({ internships: [{ start: '2028-02-28', end: '2028-03-01' }] });
    expect(effectivePlace('2028-02-29', f)).toBe('company');
  });
  it('ignores an inverted period rather than spanning the whole year', () => {
    const f = facts({ internships: [{ start: '2026-06-30', end: '2026-01-01' }] });
    expect(effectivePlace('2026-03-03', f)).toBe('centre');
  });
  it('lets the learner’s own day win over the group’s company day', () => {
    const f = facts({ company: ['2026-03-03'], overrides: [['2026-03-03', 'centre']] });
    expect(learnerDay('2026-03-03', f)).toEqual({ place: 'centre', source: 'override' });
  });
  it('lets the learner’s own day win over the group’s centre day', () => {
    const f = facts({ overrides: [['2026-03-03', 'company']] });
    expect(learnerDay('2026-03-03', f)).toEqual({ place: 'company', source: 'override' });
  });
  it('lets the learner’s own day win over an internship (recalled to the centre for an exam)', () => {
    const f = facts({
      internships: [{ start: '2026-03-02', end: '2026-04-12' }],
      overrides: [['2026-03-10', 'centre']],
    });
    expect(learnerDay('2026-03-10', f)).toEqual({ place: 'centre', source: 'override' });
    expect(effectivePlace('2026-03-11', f)).toBe('company');
  });
  it('puts an internship above the group’s centre day and alongside its company day', () => {
    const f = facts({ company: ['2026-03-03'], internships: [{ start: '2026-03-02', end: '2026-03-06' }] });
    expect(learnerDay('2026-03-03', f).source).toBe('internship');
    expect(learnerDay('2026-03-04', f).source).toBe('internship');
  });
});

describe('toggledDay', () => {
  it('overrides a group centre day to company, then gives it back to the group', () => {
    expect(toggledDay('2026-03-03', facts())).toBe('company');
    expect(toggledDay('2026-03-03', facts({ overrides: [['2026-03-03', 'company']] }))).toBe('group');
  });
  it('overrides a group company day or an internship day to centre', () => {
    expect(toggledDay('2026-03-03', facts({ company: ['2026-03-03'] }))).toBe('centre');
    const internship = facts({ internships: [{ start: '2026-03-02', end: '2026-03-06' }] });
    expect(toggledDay('2026-03-03', internship)).toBe('centre');
  });
  it('flips the visible place even when a stale override equals the group’s day', () => {
    // The group's rhythm was regenerated: the learner's "company" now matches the group's.
    const f = facts({ company: ['2026-03-03'], overrides: [['2026-03-03', 'company']] });
    expect(toggledDay('2026-03-03', f)).toBe('centre');
  });
});

describe('learnerCentreHours', () => {
  const sessions = [
    { date: '2026-03-02', hours: 3.75, modality: 'onsite' as const },
    { date: '2026-03-02', hours: 3.75, modality: 'distance' as const },
    { date: '2026-03-03', hours: 3.75, modality: 'work' as const },
    { date: '2026-03-04', hours: 3.75, modality: 'onsite' as const },
  ];
  it('counts on-site and distance sessions, never work-situation ones (FEST)', () => {
    expect(learnerCentreHours(sessions, facts())).toBe(11.25);
  });
  it('leaves out the days the learner is in company by override or internship', () => {
    expect(learnerCentreHours(sessions, facts({ overrides: [['2026-03-04', 'company']] }))).toBe(7.5);
    const internship = facts({ internships: [{ start: '2026-03-02', end: '2026-03-02' }] });
    expect(learnerCentreHours(sessions, internship)).toBe(3.75);
  });
  it('adds 3 h 45 slots to the minute', () => {
    const many = Array.from({ length: 360 }, () => ({
      date: '2026-03-02',
      hours: 3.75,
      modality: 'onsite' as const,
    }));
    expect(learnerCentreHours(many, facts())).toBe(1350);
  });
});
