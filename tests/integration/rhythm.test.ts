import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { ok } from './cohorts-fixtures';
import {
  datesBetween,
  getRhythm,
  groupAcrossYearEnd,
  insertSession,
  isSunday,
  snapshot,
} from './rhythm-fixtures';
import { SESSIONS_TABLE } from '../../electron/backend/features/rhythm/tables';

let b: TestBackend;
let admin: string;
let groupId: number;
beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
  ({ groupId } = await groupAcrossYearEnd(b, admin));
});
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });
const ONE_CENTRE_TWO_COMPANY = {
  kind: 'weeks',
  centreWeeks: 1,
  companyWeeks: 2,
  startsWith: 'centre',
  centreWeekdays: [1, 2, 3, 4, 5],
} as const;

describe('rhythm.get before any rhythm', () => {
  it('counts every Monday–Saturday of the cohort in centre, public holidays left out', async () => {
    const rhythm = await getRhythm(b, admin, groupId);
    // 17 weeks of 6 days; 11 November, 25 December and 1 January fall on working days.
    expect(rhythm).toEqual({
      groupId,
      start: '2025-11-03',
      end: '2026-02-28',
      pattern: null,
      companyDays: [],
      centreHours: (17 * 6 - 3) * 7.5,
    });
  });

  it('also closes Saint-Étienne (26 December) for a cohort under Alsace-Moselle law', async () => {
    const alsace = await groupAcrossYearEnd(b, admin, { alsaceMoselle: true, name: 'NDRC Strasbourg' });
    expect((await getRhythm(b, admin, alsace.groupId)).centreHours).toBe((17 * 6 - 4) * 7.5);
  });
});

describe('rhythm.generate', () => {
  it('alternates 1 week in centre and 2 in company across the year end, keeping the cycle', async () => {
    const result = await ok(b, admin, 'rhythm.generate', { groupId, pattern: ONE_CENTRE_TWO_COMPANY });
    // 17 weeks: centre weeks are the 1st, 4th, 7th, 10th, 13th and 16th; their Saturdays are in company.
    expect(result).toEqual({ companyDays: 11 * 6 + 6, sessionsOnCompanyDays: [] });

    const rhythm = await getRhythm(b, admin, groupId);
    expect(rhythm.pattern).toEqual(ONE_CENTRE_TWO_COMPANY);
    const company = new Set(rhythm.companyDays);
    const centreDays = new Set(
      [
        ['2025-11-03', '2025-11-07'],
        ['2025-11-24', '2025-11-28'],
        ['2025-12-15', '2025-12-19'],
        ['2026-01-05', '2026-01-09'],
        ['2026-01-26', '2026-01-30'],
        ['2026-02-16', '2026-02-20'],
      ].flatMap(([from, to]) => datesBetween(from!, to!)),
    );
    const expectedCompany = datesBetween('2025-11-03', '2026-02-28').filter(
      (date) => !isSunday(date) && !centreDays.has(date),
    );
    expect(rhythm.companyDays).toEqual(expectedCompany);
    // Week 1 of 2026 (29 December–3 January) is the 2nd company week; the cycle resumes in centre on 5 January.
    expect(company.has('2025-12-29')).toBe(true);
    expect(company.has('2026-01-02')).toBe(true);
    expect(company.has('2026-01-05')).toBe(false);
    expect(company.has('2026-01-09')).toBe(false);
    expect(company.has('2026-01-10')).toBe(true); // Saturday of a centre week
    // 6 centre weeks of 5 days, no public holiday among them, 7 h 30 a day.
    expect(rhythm.centreHours).toBe(30 * 7.5);
  });

  it('puts the same days in centre every week with a weekdays pattern', async () => {
    const pattern = { kind: 'weekdays', centreWeekdays: [1, 2, 3, 4] };
    expect(await ok(b, admin, 'rhythm.generate', { groupId, pattern })).toEqual({
      companyDays: 17 * 2,
      sessionsOnCompanyDays: [],
    });
    const rhythm = await getRhythm(b, admin, groupId);
    expect(rhythm.companyDays.slice(0, 4)).toEqual(['2025-11-07', '2025-11-08', '2025-11-14', '2025-11-15']);
    // Mondays to Thursdays less 11 November, 25 December and 1 January.
    expect(rhythm.centreHours).toBe((17 * 4 - 3) * 7.5);
  });

  it('lists the days whose sessions now fall in company, keeping the sessions', async () => {
    insertSession(b, groupId, '2025-11-03'); // stays in centre
    insertSession(b, groupId, '2025-11-12');
    insertSession(b, groupId, '2025-11-12', 'distance', 'afternoon'); // same day: listed once
    insertSession(b, groupId, '2025-11-08'); // Saturday of a centre week
    insertSession(b, groupId, '2025-11-18', 'work'); // in work situation: where it belongs
    const result = await ok(b, admin, 'rhythm.generate', { groupId, pattern: ONE_CENTRE_TWO_COMPANY });
    expect(result).toMatchObject({ sessionsOnCompanyDays: ['2025-11-08', '2025-11-12'] });
    const { n } = b.db
      .prepare(`SELECT count(*) AS n FROM ${SESSIONS_TABLE} WHERE group_id = ?`)
      .get(groupId) as {
      n: number;
    };
    expect(n).toBe(5);
  });

  it('replaces the previous rhythm, day-by-day changes included, and writes the audit log', async () => {
    await ok(b, admin, 'rhythm.generate', { groupId, pattern: ONE_CENTRE_TWO_COMPANY });
    await ok(b, admin, 'rhythm.setDays', { groupId, days: [{ date: '2025-11-04', place: 'company' }] });
    await ok(b, admin, 'rhythm.generate', {
      groupId,
      pattern: { kind: 'weekdays', centreWeekdays: [1, 2, 3, 4, 5, 6] },
    });
    const rhythm = await getRhythm(b, admin, groupId);
    expect(rhythm.companyDays).toEqual([]);
    expect(rhythm.pattern).toEqual({ kind: 'weekdays', centreWeekdays: [1, 2, 3, 4, 5, 6] });
    const actions = b.db
      .prepare("SELECT action, target FROM audit_log WHERE action LIKE 'rhythm.%' ORDER BY id")
      .all();
    expect(actions).toEqual([
      { action: 'rhythm.generate', target: `group:${groupId}` },
      { action: 'rhythm.setDays', target: `group:${groupId}` },
      { action: 'rhythm.generate', target: `group:${groupId}` },
    ]);
  });

  it('refuses a pattern of no week, in French, writing nothing', async () => {
    const before = snapshot(b);
    const { result } = await b.app.call(
      'rhythm.generate',
      { groupId, pattern: { kind: 'weeks', centreWeeks: 0, companyWeeks: 0, startsWith: 'centre' } },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Le rythme doit compter au moins une semaine (en centre ou en entreprise).',
      },
    });
    const negative = await b.app.call(
      'rhythm.generate',
      { groupId, pattern: { kind: 'weeks', centreWeeks: -1, companyWeeks: 2, startsWith: 'centre' } },
      as(admin),
    );
    expect(negative.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'pattern.centreWeeks': expect.any(String) } },
    });
    const sunday = await b.app.call(
      'rhythm.generate',
      { groupId, pattern: { kind: 'weekdays', centreWeekdays: [7] } },
      as(admin),
    );
    expect(sunday.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(snapshot(b)).toBe(before);
  });

  it('refuses an unknown group', async () => {
    const { result } = await b.app.call(
      'rhythm.generate',
      { groupId: 999, pattern: ONE_CENTRE_TWO_COMPANY },
      as(admin),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('rhythm.setDays', () => {
  it('moves single days to company and back to centre', async () => {
    await ok(b, admin, 'rhythm.generate', { groupId, pattern: ONE_CENTRE_TWO_COMPANY });
    const result = await ok(b, admin, 'rhythm.setDays', {
      groupId,
      days: [
        { date: '2026-01-05', place: 'company' },
        { date: '2025-12-29', place: 'centre' },
        { date: '2025-12-30', place: 'centre' },
        { date: '2025-12-30', place: 'company' }, // the last word wins
      ],
    });
    expect(result).toEqual({ companyDays: 72 });
    const rhythm = await getRhythm(b, admin, groupId);
    expect(rhythm.companyDays).toContain('2026-01-05');
    expect(rhythm.companyDays).toContain('2025-12-30');
    expect(rhythm.companyDays).not.toContain('2025-12-29');
    // The pattern it came from is still shown.
    expect(rhythm.pattern).toEqual(ONE_CENTRE_TWO_COMPANY);
  });

  it('refuses a Sunday or a day outside the cohort, naming the day, and writes nothing', async () => {
    const before = snapshot(b);
    const sunday = await b.app.call(
      'rhythm.setDays',
      {
        groupId,
        days: [
          { date: '2025-11-05', place: 'company' },
          { date: '2026-01-04', place: 'company' },
        ],
      },
      as(admin),
    );
    expect(sunday.result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Le dimanche 4 janvier 2026 est un dimanche : le rythme va du lundi au samedi.',
        fields: { 'days.1.date': expect.stringContaining('dimanche') },
      },
    });
    const outside = await b.app.call(
      'rhythm.setDays',
      { groupId, days: [{ date: '2026-03-02', place: 'company' }] },
      as(admin),
    );
    expect(outside.result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Le lundi 2 mars 2026 est hors des dates de la promotion (du 03/11/2025 au 28/02/2026).',
      },
    });
    expect(snapshot(b)).toBe(before);
  });
});

describe('archived cohorts and roles', () => {
  it('shows the rhythm of an archived cohort but refuses any change', async () => {
    const { cohortId, groupId: archivedGroup } = await groupAcrossYearEnd(b, admin, {
      name: 'NDRC 2023-2025',
    });
    await ok(b, admin, 'rhythm.generate', { groupId: archivedGroup, pattern: ONE_CENTRE_TWO_COMPANY });
    await ok(b, admin, 'cohorts.setArchived', { id: cohortId, archived: true });
    const before = snapshot(b);
    for (const [method, input] of [
      ['rhythm.generate', { groupId: archivedGroup, pattern: { kind: 'weekdays', centreWeekdays: [1] } }],
      ['rhythm.setDays', { groupId: archivedGroup, days: [{ date: '2025-11-04', place: 'company' }] }],
    ] as const) {
      const { result } = await b.app.call(method, input, as(admin));
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining('NDRC 2023-2025') },
      });
    }
    expect(snapshot(b)).toBe(before);
    expect((await getRhythm(b, admin, archivedGroup)).companyDays).toHaveLength(72);
  });

  it('lets managers change the rhythm; trainers and advisers only read it', async () => {
    const manager = await userWithRole(b.app, admin, 'manager');
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const adviser = await userWithRole(b.app, admin, 'adviser');
    await ok(b, manager, 'rhythm.generate', { groupId, pattern: ONE_CENTRE_TWO_COMPANY });
    await ok(b, manager, 'rhythm.setDays', { groupId, days: [{ date: '2025-11-04', place: 'company' }] });
    for (const token of [trainer, adviser]) {
      expect((await getRhythm(b, token, groupId)).companyDays).toHaveLength(73);
      const before = snapshot(b);
      const generate = await b.app.call(
        'rhythm.generate',
        { groupId, pattern: ONE_CENTRE_TWO_COMPANY },
        as(token),
      );
      const setDays = await b.app.call(
        'rhythm.setDays',
        { groupId, days: [{ date: '2025-11-04', place: 'centre' }] },
        as(token),
      );
      expect(generate.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(setDays.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(snapshot(b)).toBe(before);
    }
  });
});
