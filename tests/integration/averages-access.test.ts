import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GroupAverages, LearnerReport } from '../../shared/api/averages';
import { userWithRole } from '../helpers/backend';
import { addSession } from './absences-setup';
import {
  addEvaluation,
  addPeriod,
  evaluationWithMarks,
  marksWorld,
  setMark,
  trainerAccount,
  type MarksWorld,
} from './averages-setup';
import { call, makeCohort, makeGroup, refused, value } from './planning-setup';

let w: MarksWorld;
beforeEach(async () => {
  w = await marksWorld();
});
afterEach(() => w.b.close());

const group = (input: Record<string, unknown>, token = w.admin) =>
  call<GroupAverages>(w, 'averages.group', input, token);

describe('who reads the averages of a group', () => {
  it('lets a trainer read every subject of a group they teach one subject to, and no other group', async () => {
    const dupont = await trainerAccount(w, w.dupont, 'claire.dupont', [
      { groupId: w.g1, subjectId: w.subjects.negotiation },
    ]);
    evaluationWithMarks(
      w,
      { groupId: w.g1, subjectId: w.subjects.english, periodId: w.s1 },
      w.g1Learners,
      [11],
    );
    const own = await value<GroupAverages>(w, 'averages.group', { groupId: w.g1, periodId: w.s1 }, dupont);
    expect(own.learners[0]!.subjects.find((s) => s.subjectId === w.subjects.english)!.value).toBe(11);

    const other = await refused(w, () => group({ groupId: w.g2, periodId: w.s1 }, dupont), 'FORBIDDEN');
    expect(other.message).toBe(
      'Vous n’enseignez aucune matière au groupe G2 : ses moyennes ne vous sont pas accessibles.',
    );
  });

  it('counts a trainer’s planned session of the group as teaching it', async () => {
    const leroy = await trainerAccount(w, w.leroy, 'marc.leroy');
    expect((await group({ groupId: w.g1, periodId: w.s1 }, leroy)).ok).toBe(false);
    addSession(w as never, {
      groupId: w.g1,
      subjectId: w.subjects.english,
      date: '2026-03-03',
      trainerId: w.leroy,
    });
    expect((await group({ groupId: w.g1, periodId: w.s1 }, leroy)).ok).toBe(true);
  });

  it('refuses a trainer account linked to no trainer record, saying so', async () => {
    const loose = await userWithRole(w.b.app, w.admin, 'trainer', 'sans.fiche');
    const error = await refused(w, () => group({ groupId: w.g1, periodId: w.s1 }, loose), 'FORBIDDEN');
    expect(error.message).toMatch(/aucune fiche formateur/);
  });

  it('lets advisers and managers read any group', async () => {
    for (const role of ['adviser', 'manager'] as const) {
      const token = await userWithRole(w.b.app, w.admin, role);
      expect((await group({ groupId: w.g2, periodId: w.s2 }, token)).ok).toBe(true);
    }
  });
});

describe('what is asked', () => {
  it('wants a period or a year, not both and not neither', async () => {
    for (const input of [{ groupId: w.g1 }, { groupId: w.g1, periodId: w.s1, year: 1 }]) {
      const error = await refused(w, () => group(input), 'INVALID_INPUT');
      expect(error.fields?.periodId).toBe(
        'Choisissez une période ou une année de formation (l’une ou l’autre).',
      );
    }
    await refused(w, () => group({ groupId: w.g1, year: 3 }), 'INVALID_INPUT');
  });

  it('refuses a period of another cohort, an unknown group and a year without periods', async () => {
    const otherCohort = makeCohort(w.b.db, 'NDRC 2026-2028', w.programmeId);
    const otherPeriod = addPeriod(w, otherCohort, 1, '2025-09-01', '2026-01-31');
    const error = await refused(w, () => group({ groupId: w.g1, periodId: otherPeriod }));
    expect(error.message).toBe(
      'La période « Semestre 1 » n’est pas une période de la promotion du groupe G1.',
    );
    await refused(w, () => group({ groupId: 9999, periodId: w.s1 }), 'NOT_FOUND');
    const otherGroup = makeGroup(w.b.db, otherCohort, 'H1', 5);
    const noYear = await refused(w, () => group({ groupId: otherGroup, year: 2 }), 'NOT_FOUND');
    expect(noYear.message).toMatch(/n’a aucune période en 2e année/);
  });
});

describe('who is in the group during the period', () => {
  it('lists members of any day of the period, and a learner’s marks follow them to their new group', async () => {
    const [mover, ...stay] = w.g1Learners as [number, ...number[]];
    const s1Mark = addEvaluation(w, { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 });
    setMark(w, s1Mark, mover, 17);
    // The mover goes to G2 on 1 December 2025 (inside S1), and sits a G2 evaluation there.
    w.b.db.prepare("UPDATE group_memberships SET end_date = '2025-12-01' WHERE learner_id = ?").run(mover);
    w.b.db
      .prepare("INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2025-12-01')")
      .run(mover, w.g2);
    const g2Mark = addEvaluation(w, {
      groupId: w.g2,
      subjectId: w.subjects.negotiation,
      periodId: w.s1,
      date: '2025-12-15',
    });
    setMark(w, g2Mark, mover, 13);

    const g1s1 = await value<GroupAverages>(w, 'averages.group', { groupId: w.g1, periodId: w.s1 });
    expect(g1s1.learners.map((l) => l.learnerId)).toEqual([mover, ...stay]);
    const g2s1 = await value<GroupAverages>(w, 'averages.group', { groupId: w.g2, periodId: w.s1 });
    const there = g2s1.learners.find((l) => l.learnerId === mover)!;
    expect(there.subjects.find((s) => s.subjectId === w.subjects.negotiation)!.value).toBe(15);
    // From S2 on, the mover is G2's only.
    const g1s2 = await value<GroupAverages>(w, 'averages.group', { groupId: w.g1, periodId: w.s2 });
    expect(g1s2.learners.map((l) => l.learnerId)).toEqual(stay);
  });
});

describe('one learner’s averages', () => {
  it('gives the learner’s row with their group’s statistics, for the report card', async () => {
    const [a, b] = w.g1Learners as [number, number];
    evaluationWithMarks(
      w,
      { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 },
      [a, b],
      [14, 10],
    );
    const report = await value<LearnerReport>(w, 'averages.learner', { learnerId: a, periodId: w.s1 });
    expect(report.group.name).toBe('G1');
    expect(report.learner).toMatchObject({ learnerId: a, general: { value: 14 } });
    expect(report.classSize).toBe(12);
    expect(report.classStatistics.general).toEqual({ average: 12, min: 10, max: 14, count: 2 });
  });

  it('refuses a learner in no group during the period, and a trainer who does not teach them', async () => {
    const a = w.g1Learners[0]!;
    w.b.db.prepare("UPDATE group_memberships SET start_date = '2026-02-01' WHERE learner_id = ?").run(a);
    const error = await refused(
      w,
      () => call(w, 'averages.learner', { learnerId: a, periodId: w.s1 }),
      'NOT_FOUND',
    );
    expect(error.message).toBe('Alex G1-01 n’était dans aucun groupe pendant la période « Semestre 1 ».');
    const dupont = await trainerAccount(w, w.dupont, 'claire.dupont', [
      { groupId: w.g2, subjectId: w.subjects.negotiation },
    ]);
    await refused(
      w,
      () => call(w, 'averages.learner', { learnerId: a, periodId: w.s2 }, dupont),
      'FORBIDDEN',
    );
  });
});

describe('a full group', () => {
  // Its speed is a benchmark figure (npm run bench, marks-averages), never asserted here.
  it('computes 30 learners × 40 evaluations, every general average on /20', async () => {
    const big = makeGroup(w.b.db, w.cohortId, 'Grand', 30);
    const learners = (
      w.b.db.prepare('SELECT learner_id AS id FROM group_memberships WHERE group_id = ?').all(big) as {
        id: number;
      }[]
    ).map((r) => r.id);
    const subjects = Object.values(w.subjects);
    for (let e = 0; e < 40; e++) {
      const marks = learners.map((_, i) => (i % 13 === 0 ? 'ABS' : (((e * 7 + i * 3) % 21) as number)));
      evaluationWithMarks(
        w,
        { groupId: big, subjectId: subjects[e % subjects.length]!, periodId: w.s1, coefficient: 1 + (e % 3) },
        learners,
        marks as (number | 'ABS')[],
      );
    }
    const result = await value<GroupAverages>(w, 'averages.group', { groupId: big, periodId: w.s1 });
    expect(result.learners).toHaveLength(30);
    for (const learner of result.learners) {
      expect(learner.general.value).toBeGreaterThanOrEqual(0);
      expect(learner.general.value).toBeLessThanOrEqual(20);
    }
    expect(result.classStatistics.general.count).toBe(30);
  });
});
