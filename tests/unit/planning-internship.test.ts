import { describe, expect, it } from 'vitest';
import { internshipIssues, internshipSummary } from '../../shared/domain/planning';

const plain = (messages: string[]) => messages.map((m) => m.replace(/[\u00a0\u202f]/g, ' '));
const RULE = 'Semaines comptées en jours calendaires ÷ 7, premier et dernier jours inclus.';

/** Monday 6 January 2025 + n days - 1: a period of exactly n calendar days. */
const days = (start: string, n: number) => {
  const d = new Date(`${start}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n - 1);
  return { start, end: d.toISOString().slice(0, 10) };
};

describe('internshipSummary', () => {
  it('counts calendar days ÷ 7, both ends included', () => {
    expect(internshipSummary([{ start: '2025-01-06', end: '2025-01-12' }])).toEqual({
      totalDays: 7,
      longestDays: 7,
      totalWeeks: 1,
      longestWeeks: 1,
    });
    expect(internshipSummary([])).toMatchObject({ totalDays: 0, longestDays: 0 });
  });
  it('counts overlapping days once and joins periods that touch', () => {
    const summary = internshipSummary([
      days('2025-03-03', 21),
      days('2025-03-17', 21),
      days('2025-01-06', 14),
    ]);
    expect(summary).toMatchObject({ totalDays: 14 + 35, longestDays: 35 });
    const touching = internshipSummary([days('2025-03-24', 21), days('2025-03-03', 21)]);
    expect(touching.longestWeeks).toBe(6);
  });
  it('does not join periods separated by a weekend', () => {
    const summary = internshipSummary([
      { start: '2025-03-03', end: '2025-03-07' },
      { start: '2025-03-10', end: '2025-03-14' },
    ]);
    expect(summary).toMatchObject({ totalDays: 10, longestDays: 5 });
  });
});

describe('internshipIssues — 16 weeks with 6 consecutive', () => {
  it('accepts exactly 16 weeks in one period (112 days)', () => {
    expect(internshipIssues([{ start: '2025-01-06', end: '2025-04-27' }])).toEqual([]);
  });
  it('flags 15.9 weeks (111 days), stating how weeks are counted', () => {
    expect(plain(internshipIssues([{ start: '2025-01-06', end: '2025-04-26' }]))).toEqual([
      `Les stages totalisent 15,9 semaines, il en faut au moins 16 semaines. ${RULE}`,
    ]);
  });
  it('accepts 16 weeks split into 10 and exactly 6 consecutive', () => {
    expect(internshipIssues([days('2025-01-06', 70), days('2025-05-05', 42)])).toEqual([]);
  });
  it('flags a longest period just under 6 weeks (41 days)', () => {
    const periods = [days('2025-01-06', 41), days('2025-03-03', 41), days('2025-05-05', 41)];
    expect(plain(internshipIssues(periods))).toEqual([
      `Aucune période de stage n’atteint 6 semaines consécutives (la plus longue : 5,9 semaines). ${RULE}`,
    ]);
  });
  it('counts two touching 3-week periods as 6 consecutive weeks', () => {
    expect(
      internshipIssues([days('2025-01-06', 70), days('2025-05-05', 21), days('2025-05-26', 21)]),
    ).toEqual([]);
  });
  it('counts periods entered Monday to Friday as 5 days a week, so 16 such weeks fall short', () => {
    const [message] = plain(internshipIssues([{ start: '2025-01-06', end: '2025-04-25' }]));
    expect(message).toContain('totalisent 15,7 semaines');
  });
  it('says both when there is no internship at all', () => {
    expect(plain(internshipIssues([]))).toEqual([
      `Les stages totalisent 0 semaine, il en faut au moins 16 semaines. ${RULE}`,
      `Aucune période de stage n’atteint 6 semaines consécutives (la plus longue : 0 semaine). ${RULE}`,
    ]);
  });
  it('names a period that ends before it starts, and does not count it', () => {
    const issues = plain(
      internshipIssues([days('2025-01-06', 112), { start: '2025-06-10', end: '2025-06-02' }]),
    );
    expect(issues).toEqual(['La période du 10/06/2025 au 02/06/2025 se termine avant de commencer.']);
  });
});

describe('internshipIssues — reduced duration', () => {
  it('accepts a reduction to exactly 9 weeks (63 days)', () => {
    expect(internshipIssues([days('2025-01-06', 63)], { reducedTo: 9 })).toEqual([]);
  });
  it('flags 62 days against a reduction to 9 weeks, saying the duration is reduced', () => {
    expect(plain(internshipIssues([days('2025-01-06', 62)], { reducedTo: 9 }))).toEqual([
      `Les stages totalisent 8,9 semaines, il en faut au moins 9 semaines (durée réduite). ${RULE}`,
    ]);
  });
  it('refuses a reduction under 9 weeks and holds the internship to the full 16', () => {
    expect(plain(internshipIssues([days('2025-01-06', 63)], { reducedTo: 8.5 }))).toEqual([
      'La durée de stage ne peut pas être réduite à 8,5 semaines : 9 semaines au minimum.',
      `Les stages totalisent 9 semaines, il en faut au moins 16 semaines. ${RULE}`,
    ]);
  });
  it('still requires 6 consecutive weeks when reduced', () => {
    const issues = internshipIssues([days('2025-01-06', 35), days('2025-03-03', 35)], { reducedTo: 10 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain('6 semaines consécutives');
  });
  it('treats 16 weeks or more as no reduction', () => {
    expect(internshipIssues([days('2025-01-06', 112)], { reducedTo: 20 })).toEqual([]);
    const [message] = plain(internshipIssues([days('2025-01-06', 111)], { reducedTo: 16 }));
    expect(message).toContain('au moins 16 semaines.');
  });
});
