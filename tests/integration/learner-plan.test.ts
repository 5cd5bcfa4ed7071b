import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userWithRole } from '../helpers/backend';
import { value } from './planning-setup';
import {
  fullDays,
  getPlan,
  learnerWorld,
  plain,
  saveInternships,
  setDays,
  setLearner,
  type LearnerWorld,
} from './learner-plan-fixtures';

let w: LearnerWorld;
beforeEach(async () => {
  w = await learnerWorld();
});
afterEach(() => w?.b.close());

const ok = async <T>(promise: Promise<{ ok: boolean; value?: T; error?: unknown }>) => {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
};

describe('learnerPlan.get', () => {
  it('gives the cohort, the group history and no hours before any session or rhythm', async () => {
    const plan = await getPlan(w);
    expect(plan).toMatchObject({
      learnerId: w.learnerId,
      learnerName: 'Alex G1-01',
      accessRoute: 'apprenticeship',
      cohort: {
        id: w.cohortId,
        name: 'NDRC 2025-2027',
        start: '2025-09-01',
        end: '2027-06-30',
        archived: false,
      },
      groups: [{ groupId: w.g1, groupName: 'G1', start: '2025-09-01', end: null }],
      companyDays: [],
      overrides: [],
      hours: { centreHours: 0, missedHours: 0 },
    });
    expect(plan.internship).toMatchObject({ applies: false, periods: [], issues: [], requiredWeeks: 16 });
    // An apprentice without contract dates: the minimum cannot be checked, and the screen says why.
    expect(plan.contract).toMatchObject({ start: null, end: null, hours: null, minimum: null });
    expect(plan.contract?.missing).toMatch(/dates de début et de fin du contrat/);
  });

  it('counts the group’s sessions in centre, distance included and work situation (FEST) left out', async () => {
    fullDays(w, w.g1, ['2026-03-02', '2026-03-03']);
    fullDays(w, w.g1, ['2026-03-04'], 'distance');
    fullDays(w, w.g1, ['2026-03-05'], 'work');
    fullDays(w, w.g2, ['2026-03-06']); // another group's sessions are not the learner's
    const plan = await getPlan(w);
    expect(plan.hours).toEqual({ centreHours: 3 * 7.5, missedHours: 0 });
  });

  it('shows the group’s company days and leaves out a session kept on one of them', async () => {
    await value(w, 'rhythm.setDays', {
      groupId: w.g1,
      days: [
        { date: '2026-03-09', place: 'company' },
        { date: '2026-03-10', place: 'company' },
      ],
    });
    fullDays(w, w.g1, ['2026-03-06', '2026-03-09']); // the 9th: planned before the rhythm changed
    const plan = await getPlan(w);
    expect(plan.companyDays).toEqual(['2026-03-09', '2026-03-10']);
    expect(plan.hours).toEqual({ centreHours: 7.5, missedHours: 7.5 });
  });

  it('is read by trainers and advisers too', async () => {
    for (const role of ['trainer', 'adviser'] as const) {
      const token = await userWithRole(w.b.app, w.admin, role);
      expect((await getPlan(w, token)).learnerId).toBe(w.learnerId);
    }
  });
});

describe('learnerPlan.setDays', () => {
  beforeEach(() => fullDays(w, w.g1, ['2026-03-02', '2026-03-03', '2026-03-04']));

  it('changes the learner’s centre hours, and "group" gives the day back to the group', async () => {
    const away = await ok(setDays(w, [{ date: '2026-03-03', place: 'company' }]));
    expect(away.overrides).toEqual([{ date: '2026-03-03', place: 'company' }]);
    expect(away.hours).toEqual({ centreHours: 15, missedHours: 7.5 });
    // The group's own rhythm is untouched: another learner of G1 still has 22 h 30.
    const other = (w.b.db.prepare("SELECT id FROM learners WHERE surname = 'G1-02'").get() as { id: number })
      .id;
    const otherPlan = await value<{ hours: { centreHours: number } }>(w, 'learnerPlan.get', {
      learnerId: other,
    });
    expect(otherPlan.hours.centreHours).toBe(22.5);

    const back = await ok(setDays(w, [{ date: '2026-03-03', place: 'group' }]));
    expect(back.overrides).toEqual([]);
    expect(back.hours.centreHours).toBe(22.5);
  });

  it('brings the learner to the centre on a group company day', async () => {
    await value(w, 'rhythm.setDays', { groupId: w.g1, days: [{ date: '2026-03-12', place: 'company' }] });
    fullDays(w, w.g1, ['2026-03-12']);
    expect((await getPlan(w)).hours.centreHours).toBe(22.5);
    const plan = await ok(setDays(w, [{ date: '2026-03-12', place: 'centre' }]));
    expect(plan.companyDays).toEqual(['2026-03-12']);
    expect(plan.hours.centreHours).toBe(30);
  });

  it('applies a date listed twice as its last entry says, and writes the audit log', async () => {
    const plan = await ok(
      setDays(w, [
        { date: '2026-03-04', place: 'company' },
        { date: '2026-03-04', place: 'centre' },
      ]),
    );
    expect(plan.overrides).toEqual([{ date: '2026-03-04', place: 'centre' }]);
    const audit = w.b.db
      .prepare("SELECT target FROM audit_log WHERE action = 'learnerPlan.setDays'")
      .all() as { target: string }[];
    expect(audit).toEqual([{ target: `learner:${w.learnerId}` }]);
  });

  it('takes internship days as company days', async () => {
    const plan = await ok(
      saveInternships(w, [{ start: '2026-03-04', end: '2026-03-20', note: 'Boulangerie' }]),
    );
    expect(plan.hours).toEqual({ centreHours: 15, missedHours: 7.5 });
  });
});

describe('a learner who moved to another group', () => {
  it('counts the former group’s sessions and company days until the day they left, the new group’s after', async () => {
    await value(w, 'rhythm.setDays', {
      groupId: w.g1,
      days: [
        { date: '2026-03-02', place: 'company' },
        { date: '2026-03-10', place: 'company' },
      ],
    });
    await value(w, 'rhythm.setDays', {
      groupId: w.g2,
      days: [
        { date: '2026-03-03', place: 'company' },
        { date: '2026-03-11', place: 'company' },
      ],
    });
    fullDays(w, w.g1, ['2026-03-04', '2026-03-09']);
    fullDays(w, w.g2, ['2026-03-05', '2026-03-12']);
    await value(w, 'groups.moveLearner', { learnerId: w.learnerId, toGroupId: w.g2, from: '2026-03-09' });

    const plan = await getPlan(w);
    expect(plan.groups).toEqual([
      { groupId: w.g1, groupName: 'G1', start: '2025-09-01', end: '2026-03-09' },
      { groupId: w.g2, groupName: 'G2', start: '2026-03-09', end: null },
    ]);
    // G1 on the 4th (before the move) and G2 on the 12th (after it): 2 × 7 h 30.
    expect(plan.hours.centreHours).toBe(15);
    expect(plan.companyDays).toEqual(['2026-03-02', '2026-03-11']);
  });
});

describe('the apprentice minimum (25 % of the contract in centre)', () => {
  it('says in French why a contract is short, with its estimated hours', async () => {
    setLearner(w, { contract_start: '2025-09-01', contract_end: '2027-08-31' });
    fullDays(w, w.g1, ['2026-03-02', '2026-03-03']);
    const { contract } = await getPlan(w);
    expect(contract?.hours).toBeCloseTo((730 / 365.25) * 1607, 6);
    expect(contract?.centreHours).toBe(15);
    expect(contract?.minimum).toMatchObject({ ok: false, requiredHours: 1350 });
    expect(contract?.minimum?.share).toBeCloseTo(15 / ((730 / 365.25) * 1607), 9);
    const message = plain(contract?.minimum?.message);
    expect(message).toMatch(/^Temps en centre insuffisant : 15 h/);
    expect(message).toContain('1 607 h');
    expect(message).toContain('hypothèse');
  });

  it('is met by a short contract with enough centre days, counting only sessions within it', async () => {
    // 5 January – 28 February 2026: 55 days ≈ 242 h; BTS pro rata 1350 h × 1,857 month / 24 ≈ 104 h 28.
    setLearner(w, { contract_start: '2026-01-05', contract_end: '2026-02-28' });
    const days = ['05', '06', '07', '08', '09', '12', '13', '14', '15', '16', '19', '20', '21', '22'];
    fullDays(
      w,
      w.g1,
      days.map((d) => `2026-01-${d}`),
    );
    fullDays(w, w.g1, ['2026-03-02']); // after the contract
    const { contract, hours } = await getPlan(w);
    expect(hours.centreHours).toBe(15 * 7.5);
    expect(contract?.centreHours).toBe(14 * 7.5);
    expect(contract?.minimum).toMatchObject({ ok: true, message: null });
    expect(contract?.minimum?.requiredHours).toBeCloseTo((1350 * (1 + 24 / 28)) / 24, 9);
  });

  it('does not apply to a learner without a work contract', async () => {
    setLearner(w, { access_route: 'initial_alternating' });
    expect((await getPlan(w)).contract).toBeNull();
  });
});

describe('internship periods (statut scolaire)', () => {
  beforeEach(() => setLearner(w, { access_route: 'initial_alternating' }));

  it('saves a plan that breaks the 16-week rule and returns the French warnings', async () => {
    const plan = await ok(
      saveInternships(w, [
        { start: '2026-05-04', end: '2026-05-31', note: 'Magasin Léon' },
        { start: '2026-01-05', end: '2026-01-18' },
      ]),
    );
    expect(plan.internship).toMatchObject({
      applies: true,
      periods: [
        { start: '2026-01-05', end: '2026-01-18', note: null },
        { start: '2026-05-04', end: '2026-05-31', note: 'Magasin Léon' },
      ],
      totalWeeks: 6,
      longestWeeks: 4,
      requiredWeeks: 16,
    });
    expect(plan.internship.issues.map(plain)).toEqual([
      expect.stringMatching(/^Les stages totalisent 6 semaines, il en faut au moins 16 semaines/),
      expect.stringMatching(/^Aucune période de stage n’atteint 6 semaines consécutives/),
    ]);
    expect((await getPlan(w)).internship.periods).toHaveLength(2);
  });

  it('complies with 16 weeks including 6 consecutive, or with a reduction to 9 weeks', async () => {
    const sixteen = await ok(
      saveInternships(w, [
        { start: '2026-01-05', end: '2026-02-15' }, // 6 weeks
        { start: '2026-04-06', end: '2026-06-14' }, // 10 weeks
      ]),
    );
    expect(sixteen.internship.issues).toEqual([]);
    const nine = await ok(saveInternships(w, [{ start: '2026-01-05', end: '2026-03-08' }], 9));
    expect(nine.internship).toMatchObject({ reducedWeeks: 9, requiredWeeks: 9, issues: [] });
    const cleared = await ok(saveInternships(w, [], null));
    expect(cleared.internship).toMatchObject({ reducedWeeks: null, periods: [] });
    expect(cleared.internship.issues).toHaveLength(2);
  });

  it('goes with the learner when the learner is deleted', async () => {
    await ok(saveInternships(w, [{ start: '2026-01-05', end: '2026-03-08' }], 9));
    await ok(setDays(w, [{ date: '2026-03-03', place: 'company' }]));
    w.b.db.prepare('DELETE FROM learners WHERE id = ?').run(w.learnerId);
    const left = ['learner_days', 'internship_periods', 'learner_internship'].map(
      (table) => (w.b.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    );
    expect(left).toEqual([0, 0, 0]);
  });
});
