import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupAverages } from '../../shared/api/averages';
import { generalAverage, subjectAverage } from '../../shared/domain/marks';
import {
  evaluationWithMarks,
  marksSettings,
  marksWorld,
  setCohortCoefficient,
  type MarksWorld,
} from './averages-setup';
import { value } from './planning-setup';

let w: MarksWorld;
let a: number, b: number, c: number, d: number;

beforeEach(async () => {
  w = await marksWorld();
  [a, b, c, d] = w.g1Learners as [number, number, number, number];
});
afterEach(() => w.b.close());

const averages = (input: Record<string, unknown>, token = w.admin) =>
  value<GroupAverages>(w, 'averages.group', { groupId: w.g1, ...input }, token);

function row(result: GroupAverages, learnerId: number) {
  const found = result.learners.find((l) => l.learnerId === learnerId);
  if (!found) throw new Error(`learner ${learnerId} not in the result`);
  return found;
}
function subjectOf(result: GroupAverages, learnerId: number, subjectId: number) {
  return row(result, learnerId).subjects.find((s) => s.subjectId === subjectId)!;
}

describe('averages of a group over a period', () => {
  it('lists the programme’s subjects in order with their coefficients and every member by name', async () => {
    const result = await averages({ periodId: w.s1 });
    expect(result.subjects.map((s) => [s.unitCode, s.coefficient])).toEqual([
      ['U1', 3],
      ['U2', 3],
      ['U3', 3],
      ['U4', 5],
      ['U5', 4],
      ['U6', 3],
      [null, 1],
    ]);
    expect(result.learners).toHaveLength(12);
    expect(result.learners[0]).toMatchObject({ surname: 'G1-01', firstName: 'Alex' });
    expect(result.scope).toMatchObject({ periodId: w.s1, trainingYear: 1, name: 'Semestre 1' });
    // Nothing marked yet: no average, no rank, empty statistics.
    expect(row(result, a).general).toEqual({ value: null, provisional: false, pending: 0 });
    expect(result.classStatistics.general).toEqual({ average: null, min: null, max: null, count: 0 });
  });

  it('counts ABS as 0 by default and neutralises it when the setting says so, as the domain does', async () => {
    const learners = [a, b];
    const fields = { groupId: w.g1, subjectId: w.subjects.english, periodId: w.s1 };
    evaluationWithMarks(w, { ...fields, coefficient: 2 }, learners, [14, 9]);
    evaluationWithMarks(w, { ...fields, coefficient: 1 }, learners, ['ABS', 'ABJ']);

    const zero = await averages({ periodId: w.s1 });
    const items = (second: 'ABS' | 'ABJ', first: number) => [
      { entry: { kind: 'mark' as const, mark: first }, coefficient: 2 },
      { entry: { kind: 'code' as const, code: second }, coefficient: 1 },
    ];
    expect(subjectOf(zero, a, w.subjects.english).value).toBe(subjectAverage(items('ABS', 14)).value);
    expect(subjectOf(zero, a, w.subjects.english).value).toBeCloseTo(28 / 3, 9);
    expect(subjectOf(zero, b, w.subjects.english).value).toBe(9); // ABJ is always neutralised
    expect(zero.display.absCountsAsZero).toBe(true);

    await marksSettings(w, { absCountsAsZero: false });
    const neutral = await averages({ periodId: w.s1 });
    expect(subjectOf(neutral, a, w.subjects.english).value).toBe(14);
    expect(subjectOf(neutral, a, w.subjects.english).value).toBe(
      subjectAverage(items('ABS', 14), { absCountsAsZero: false }).value,
    );
  });

  it('rescales marks on another scale and weighs each by its evaluation’s coefficient', async () => {
    const fields = { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 };
    evaluationWithMarks(w, { ...fields, scale: 10, coefficient: 1 }, [a], [5]); // 10/20
    evaluationWithMarks(w, { ...fields, scale: 40, coefficient: 3 }, [a], [36]); // 18/20
    const result = await averages({ periodId: w.s1 });
    expect(subjectOf(result, a, w.subjects.negotiation).value).toBe(16); // (10 + 3 × 18) / 4
  });

  it('marks an average with an NN as provisional, computed over the other marks meanwhile', async () => {
    const fields = { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 };
    evaluationWithMarks(w, fields, [a, b], [14, 12]);
    evaluationWithMarks(w, fields, [a, b], ['NN', 8]);
    evaluationWithMarks(w, { ...fields, subjectId: w.subjects.english }, [a], ['NN']);
    const result = await averages({ periodId: w.s1 });
    expect(subjectOf(result, a, w.subjects.negotiation)).toMatchObject({
      value: 14,
      provisional: true,
      pending: 1,
    });
    // English has only an NN: no value yet, still provisional.
    expect(subjectOf(result, a, w.subjects.english)).toMatchObject({
      value: null,
      provisional: true,
      pending: 1,
    });
    expect(row(result, a).general).toEqual({ value: 14, provisional: true, pending: 2 });
    expect(row(result, b).general).toEqual({ value: 10, provisional: false, pending: 0 });
  });

  it('weighs the general average by the cohort’s own coefficient when it replaces the programme’s', async () => {
    evaluationWithMarks(w, { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 }, [a], [16]);
    evaluationWithMarks(w, { groupId: w.g1, subjectId: w.subjects.english, periodId: w.s1 }, [a], [10]);
    const programme = await averages({ periodId: w.s1 });
    expect(row(programme, a).general.value).toBe(13.75); // (16 × 5 + 10 × 3) / 8

    setCohortCoefficient(w, w.subjects.english, 5);
    const cohort = await averages({ periodId: w.s1 });
    expect(cohort.subjects.find((s) => s.subjectId === w.subjects.english)).toMatchObject({
      coefficient: 5,
      cohortCoefficient: true,
    });
    expect(row(cohort, a).general.value).toBe(13); // (16 × 5 + 10 × 5) / 10
    expect(row(cohort, a).general.value).toBe(
      generalAverage([
        { coefficient: 5, average: { value: 16, provisional: false } },
        { coefficient: 5, average: { value: 10, provisional: false } },
      ]).value,
    );
  });

  it('ranks learners only when the setting asks, ties sharing a rank (1, 2, 2, 4)', async () => {
    const fields = { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 };
    evaluationWithMarks(w, fields, [a, b, c, d], [15, 12, 12, 10]);
    const hidden = await averages({ periodId: w.s1 });
    expect(hidden.display.showRank).toBe(false);
    expect(hidden.learners.every((l) => l.rank === null)).toBe(true);

    await marksSettings(w, { showRank: true });
    const shown = await averages({ periodId: w.s1 });
    expect([a, b, c, d].map((l) => row(shown, l).rank)).toEqual([1, 2, 2, 4]);
    // A learner without any mark has no general average, hence no rank.
    expect(row(shown, w.g1Learners[4]!).rank).toBeNull();
  });

  it('gives the class’s average, min and max per subject and for the general average', async () => {
    const fields = { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 };
    evaluationWithMarks(w, fields, [a, b, c], [15, 12, 'ABJ']);
    evaluationWithMarks(w, { ...fields, subjectId: w.subjects.english }, [a, b, c], [9, 'ABS', 18]);
    const result = await averages({ periodId: w.s1 });
    const negotiation = result.classStatistics.subjects.find((s) => s.subjectId === w.subjects.negotiation);
    expect(negotiation).toEqual({
      subjectId: w.subjects.negotiation,
      average: 13.5,
      min: 12,
      max: 15,
      count: 2,
    });
    const english = result.classStatistics.subjects.find((s) => s.subjectId === w.subjects.english);
    expect(english).toEqual({ subjectId: w.subjects.english, average: 9, min: 0, max: 18, count: 3 });
    // Generals: a (15×5 + 9×3)/8 = 12.75, b (12×5 + 0×3)/8 = 7.5, c 18.
    expect(result.classStatistics.general).toEqual({ average: 12.75, min: 7.5, max: 18, count: 3 });
  });
});

describe('averages of a training year', () => {
  it('weighs every evaluation of the year’s periods, not the mean of the period averages', async () => {
    const fields = { groupId: w.g1, subjectId: w.subjects.negotiation };
    evaluationWithMarks(w, { ...fields, periodId: w.s1, coefficient: 1 }, [a], [8]);
    evaluationWithMarks(w, { ...fields, periodId: w.s2, coefficient: 3, date: '2026-03-02' }, [a], [16]);
    evaluationWithMarks(w, { ...fields, periodId: w.s3, coefficient: 1, date: '2026-10-05' }, [a], [0]);
    const year1 = await averages({ year: 1 });
    expect(year1.scope).toMatchObject({
      periodId: null,
      trainingYear: 1,
      name: 'Année 1',
      startDate: '2025-09-01',
      endDate: '2026-08-31',
      periodIds: [w.s1, w.s2],
    });
    expect(subjectOf(year1, a, w.subjects.negotiation).value).toBe(14); // (8 + 3 × 16) / 4
    const year2 = await averages({ year: 2 });
    expect(year2.scope.periodIds).toEqual([w.s3, w.s4]);
    expect(subjectOf(year2, a, w.subjects.negotiation).value).toBe(0);
  });
});
