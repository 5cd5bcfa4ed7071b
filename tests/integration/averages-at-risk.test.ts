import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AtRisk } from '../../shared/api/averages';
import { userWithRole } from '../helpers/backend';
import { evaluationWithMarks, marksWorld, type MarksWorld } from './averages-setup';
import { call, value } from './planning-setup';

let w: MarksWorld;
beforeEach(async () => {
  w = await marksWorld(); // the clock is 2 March 2026: Semestre 2 is under way
});
afterEach(() => w.b.close());

const atRisk = async (token = w.admin) =>
  (await value<{ items: AtRisk[] }>(w, 'averages.atRisk', {}, token)).items;

describe('learners at risk on the dashboard', () => {
  it('lists those under 10 in the period under way, lowest first; exactly 10 is not at risk', async () => {
    const [a, b, c, d] = w.g1Learners as [number, number, number, number];
    const english = { groupId: w.g1, subjectId: w.subjects.english, periodId: w.s2, coefficient: 1 };
    evaluationWithMarks(w, english, [a, b, c, d], [8, 10, 12, 9.5]);
    // Semestre 1 is over: a learner under 10 there only is not listed.
    evaluationWithMarks(w, { ...english, periodId: w.s1 }, [c], [2]);

    const items = await atRisk();
    expect(items.map((i) => [i.learnerId, i.average])).toEqual([
      [a, 8],
      [d, 9.5],
    ]);
    expect(items[0]).toMatchObject({ groupName: 'G1', periodName: 'Semestre 2', provisional: false });
  });

  it('says when the average is provisional (an NN mark waits)', async () => {
    const [a] = w.g1Learners as [number];
    const english = { groupId: w.g1, subjectId: w.subjects.english, periodId: w.s2, coefficient: 1 };
    evaluationWithMarks(w, english, [a], [7]);
    evaluationWithMarks(w, english, [a], ['NN']);
    expect((await atRisk())[0]).toMatchObject({ learnerId: a, average: 7, provisional: true });
  });

  it('is for managers and advisers, not trainers', async () => {
    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    expect(await atRisk(adviser)).toEqual([]);
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    const refused = await call(w, 'averages.atRisk', {}, trainer);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
