import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userWithRole } from '../helpers/backend';
import { call, refused } from './planning-setup';
import {
  getPlan,
  learnerWorld,
  plain,
  saveInternships,
  setDays,
  type LearnerWorld,
} from './learner-plan-fixtures';

let w: LearnerWorld;
beforeEach(async () => {
  w = await learnerWorld();
  // Something already stored, so "nothing written" is proved on a plan that is not empty.
  expect((await setDays(w, [{ date: '2026-03-03', place: 'company' }])).ok).toBe(true);
  expect((await saveInternships(w, [{ start: '2026-01-05', end: '2026-01-18' }], 10)).ok).toBe(true);
});
afterEach(() => w?.b.close());

describe('learnerPlan.setDays refuses, writing nothing', () => {
  it('a day outside the cohort’s dates, naming the cohort and its dates', async () => {
    const error = await refused(
      w,
      () =>
        setDays(w, [
          { date: '2026-03-04', place: 'company' },
          { date: '2027-07-01', place: 'company' },
        ]),
      'INVALID_INPUT',
    );
    expect(plain(error.message)).toBe(
      'Le jeudi 1er juillet 2027 est hors des dates de la promotion NDRC 2025-2027 (du 01/09/2025 au 30/06/2027).',
    );
    expect(error.fields).toEqual({ 'days.1.date': error.message });
  });

  it('a Sunday', async () => {
    const error = await refused(
      w,
      () => setDays(w, [{ date: '2026-03-08', place: 'company' }]),
      'INVALID_INPUT',
    );
    expect(error.message).toMatch(/dimanche 8 mars 2026 est un dimanche/);
  });

  it('more than 400 days at once, or an unknown place', async () => {
    const days = Array.from({ length: 401 }, () => ({ date: '2026-03-04', place: 'company' }));
    const many = await refused(w, () => setDays(w, days), 'INVALID_INPUT');
    expect(many.fields?.days).toMatch(/400/);
    await refused(w, () => setDays(w, [{ date: '2026-03-04', place: 'stage' }]), 'INVALID_INPUT');
  });

  it('an archived cohort, and a learner without a cohort', async () => {
    w.b.db.prepare("UPDATE cohorts SET archived_at = '2026-01-01T00:00:00Z' WHERE id = ?").run(w.cohortId);
    const archived = await refused(w, () => setDays(w, [{ date: '2026-03-04', place: 'company' }]));
    expect(archived.message).toMatch(/archivée/);
    w.b.db.prepare('UPDATE cohorts SET archived_at = NULL WHERE id = ?').run(w.cohortId);

    const loose = Number(
      w.b.db
        .prepare(
          `INSERT INTO learners (surname, first_name, access_route, created_at, updated_at)
           VALUES ('Sans', 'Promo', 'initial_alternating', '2026-01-01', '2026-01-01')`,
        )
        .run().lastInsertRowid,
    );
    const input = { learnerId: loose, days: [{ date: '2026-03-04', place: 'company' }] };
    const none = await refused(w, () => call(w, 'learnerPlan.setDays', input));
    expect(none.message).toMatch(/^Promo Sans n’est rattaché\(e\) à aucune promotion/);
    const plan = await call<{ cohort: unknown; companyDays: string[] }>(w, 'learnerPlan.get', {
      learnerId: loose,
    });
    expect(plan.ok && plan.value).toMatchObject({ cohort: null, companyDays: [] });
  });

  it('an unknown learner', async () => {
    const error = await refused(
      w,
      () =>
        call(w, 'learnerPlan.setDays', { learnerId: 9999, days: [{ date: '2026-03-04', place: 'company' }] }),
      'NOT_FOUND',
    );
    expect(error.message).toBe('Cet apprenant n’existe pas (ou plus).');
  });
});

describe('learnerPlan.saveInternships refuses, writing nothing', () => {
  it('an inverted period, naming it', async () => {
    const error = await refused(
      w,
      () =>
        saveInternships(w, [
          { start: '2026-01-05', end: '2026-02-15' },
          { start: '2026-05-31', end: '2026-05-04' },
        ]),
      'INVALID_INPUT',
    );
    expect(error.message).toBe(
      'La période de stage n° 2 (du 31/05/2026 au 04/05/2026) se termine avant de commencer.',
    );
    expect(Object.keys(error.fields ?? {})).toEqual(['periods.1.end']);
  });

  it('a period outside the cohort, naming it and the cohort’s dates', async () => {
    const error = await refused(
      w,
      () => saveInternships(w, [{ start: '2027-06-01', end: '2027-07-15' }]),
      'INVALID_INPUT',
    );
    expect(error.message).toBe(
      'La période de stage n° 1 (du 01/06/2027 au 15/07/2027) dépasse les dates de la promotion ' +
        'NDRC 2025-2027 (du 01/09/2025 au 30/06/2027).',
    );
    expect(Object.keys(error.fields ?? {})).toEqual(['periods.0.end']);
  });

  it('more than 20 periods, and a reduction outside 9–16 weeks', async () => {
    const periods = Array.from({ length: 21 }, () => ({ start: '2026-01-05', end: '2026-01-09' }));
    const many = await refused(w, () => saveInternships(w, periods), 'INVALID_INPUT');
    expect(many.fields?.periods).toMatch(/20/);
    const low = await refused(w, () => saveInternships(w, [], 8), 'INVALID_INPUT');
    expect(low.fields?.reducedWeeks).toMatch(/9/);
    await refused(w, () => saveInternships(w, [], 17), 'INVALID_INPUT');
  });
});

describe('roles', () => {
  it('trainers and advisers read the plan but change nothing', async () => {
    for (const role of ['trainer', 'adviser'] as const) {
      const token = await userWithRole(w.b.app, w.admin, role);
      expect((await getPlan(w, token)).overrides).toHaveLength(1);
      const day = await refused(
        w,
        () => setDays(w, [{ date: '2026-03-04', place: 'company' }], token),
        'FORBIDDEN',
      );
      expect(day.message.length).toBeGreaterThan(0);
      await refused(w, () => saveInternships(w, [], null, token), 'FORBIDDEN');
    }
  });

  it('a manager plans the learner', async () => {
    const token = await userWithRole(w.b.app, w.admin, 'manager');
    const result = await setDays(w, [{ date: '2026-03-04', place: 'company' }], token);
    expect(result.ok && result.value.overrides).toHaveLength(2);
  });
});
