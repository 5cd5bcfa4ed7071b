import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearnerExam } from '../../shared/api/exams';
import {
  call,
  examsWorld,
  learnerExam,
  ndrcMarks,
  refused,
  typeMarks,
  value,
  type ExamsWorld,
} from './exams-setup';

/** The decision a jury would take, from the entries the simulator chose (BTS NDRC and NRC). */

let w: ExamsWorld;
beforeEach(async () => {
  w = await examsWorld();
});
afterEach(() => w.b.close());

const nrcMarks = (mark: number) => ({
  U1: mark,
  U2: mark,
  U31: mark,
  U32: mark,
  U4: mark,
  U5: mark,
  U6: mark,
});

describe('exams.learner: the decision', () => {
  it('admits at 10 and awards the units and blocs ≥ 10', async () => {
    const learner = w.ndrc[0]!;
    typeMarks(w, learner, { ...ndrcMarks(12), U5: 9 });
    const { decision } = await learnerExam(w, learner);
    // (12 × 3 × 3 + 12 × 5 + 9 × 4 + 12 × 3) / 21 = 240 / 21
    expect(decision).toMatchObject({ outcome: 'admitted', explanation: 'Admis : moyenne 11,43 ≥ 10' });
    expect(decision?.average).toBeCloseTo(240 / 21, 9);
    expect(decision?.professionalAverage).toBeCloseTo(132 / 12, 9);
    expect(decision?.unitsAwarded).toEqual(['U1', 'U2', 'U3', 'U4', 'U6']);
    expect(decision?.blocsAcquired).toEqual([1, 3]);
    expect(decision?.units.find((u) => u.code === 'U4')?.validUntil).toBe('2032-06-30');
  });

  it('opens the oral resits between 8 and 10 when the professional units average 10', async () => {
    const learner = w.ndrc[0]!;
    typeMarks(w, learner, ndrcMarks(6, 11));
    const { decision } = await learnerExam(w, learner);
    // (6 × 9 + 11 × 12) / 21 = 186 / 21 = 8,857…
    expect(decision?.outcome).toBe('resits');
    expect(decision?.explanation).toBe(
      'Oral de contrôle possible : moyenne 8,86, unités professionnelles 11,00 ≥ 10',
    );
  });

  it('refuses below 8, and between 8 and 10 when the professional units are below 10', async () => {
    const [low, weakPro] = w.ndrc;
    typeMarks(w, low!, ndrcMarks(7));
    typeMarks(w, weakPro!, ndrcMarks(12, 7));
    expect((await learnerExam(w, low!)).decision).toMatchObject({
      outcome: 'refused',
      explanation: 'Ajourné : moyenne 7,00 < 8',
    });
    expect((await learnerExam(w, weakPro!)).decision?.explanation).toBe(
      'Ajourné : moyenne 9,14 < 10, unités professionnelles 7,00 < 10 (pas d’oral de contrôle)',
    );
  });

  it('cannot issue the diploma after an unjustified absence; a force majeure counts 0', async () => {
    const [absent, forced] = w.ndrc;
    typeMarks(w, absent!, { ...ndrcMarks(15), U2: 'absent' });
    typeMarks(w, forced!, { U1: 15, U3: 15, U4: 15, U5: 15, U6: 15 });
    await value(w, 'exams.setUnit', { learnerId: forced, unitCode: 'U2', entry: { kind: 'force_majeure' } });
    expect((await learnerExam(w, absent!)).decision).toMatchObject({ outcome: 'not_issued', average: null });
    const { decision } = await learnerExam(w, forced!);
    // (15 × 18) / 21 = 12,857…
    expect(decision?.outcome).toBe('admitted');
    expect(decision?.average).toBeCloseTo(270 / 21, 9);
    expect(decision?.notes).toContain('U2 : absence pour force majeure, comptée 0.');
  });

  it('decides on the exact average: 9,997 is below 10 even though it would show 10,00', async () => {
    const learner = w.ndrc[0]!;
    typeMarks(w, learner, { ...ndrcMarks(10), U1: 9.98 });
    const { decision } = await learnerExam(w, learner);
    // (9,98 × 3 + 10 × 18) / 21 = 209,94 / 21 = 9,99714…
    expect(decision?.average).toBeCloseTo(209.94 / 21, 9);
    expect(decision?.outcome).toBe('resits');
    expect(decision?.explanation).toBe(
      'Oral de contrôle possible : moyenne 9,997142857, unités professionnelles 10,00 ≥ 10',
    );
  });

  it('counts the NRC optional unit only above 10, never against the candidate', async () => {
    const [helped, unhelped, bare] = w.nrc;
    typeMarks(w, helped!, { ...nrcMarks(9.75), UF1: 16 });
    typeMarks(w, unhelped!, { ...nrcMarks(9.75), UF1: 4 });
    typeMarks(w, bare!, nrcMarks(9.75));
    const withPoints = (await learnerExam(w, helped!)).decision;
    // (9,75 × 21 + (16 − 10) × 1) / 21 = 210,75 / 21
    expect(withPoints?.average).toBeCloseTo(210.75 / 21, 9);
    expect(withPoints?.optionalPoints).toBe(6);
    expect(withPoints?.outcome).toBe('admitted');
    expect(withPoints?.notes).toContain(
      'Épreuve facultative UF1 : 16, seuls les points au-dessus de 10 comptent (+6 points).',
    );
    expect((await learnerExam(w, unhelped!)).decision?.average).toBe(9.75);
    expect((await learnerExam(w, bare!)).decision?.average).toBe(9.75);
    expect((await learnerExam(w, helped!)).decision?.unitsAwarded).not.toContain('UF1');
  });
});

describe('exams.learner: the resits what-if', () => {
  it('recomputes with up to two resit marks, each replacing the unit only when higher, and saves nothing', async () => {
    const learner = w.ndrc[0]!;
    typeMarks(w, learner, ndrcMarks(6, 11));
    const view = await learnerExam(w, learner, {
      resits: [
        { unitCode: 'U1', mark: 14 },
        { unitCode: 'U2', mark: 12 },
      ],
    });
    expect(view.decision?.outcome).toBe('resits');
    // (14 × 3 + 12 × 3 + 6 × 3 + 132) / 21 = 228 / 21 = 10,857…
    expect(view.afterResits).toMatchObject({
      outcome: 'admitted',
      afterResits: true,
      explanation: 'Admis après l’oral de contrôle : moyenne 10,86 ≥ 10',
    });
    expect(view.afterResits?.units.find((u) => u.code === 'U1')).toMatchObject({
      mark: 14,
      resit: 14,
      awarded: true,
    });

    const lower = await learnerExam(w, learner, { resits: [{ unitCode: 'U3', mark: 4 }] });
    expect(lower.afterResits?.outcome).toBe('refused');
    expect(lower.afterResits?.notes).toContain(
      'U3 : la note de l’oral de contrôle (4) ne dépasse pas 6, 6 est gardé.',
    );
    expect((await learnerExam(w, learner)).afterResits).toBeNull();
  });

  it('refuses resits on a professional unit, for a candidate not at the resits, or more than two', async () => {
    const [atResits, admitted] = w.ndrc;
    typeMarks(w, atResits!, ndrcMarks(6, 11));
    typeMarks(w, admitted!, ndrcMarks(12));
    const ask = (learnerId: number, resits: unknown) => () =>
      call<LearnerExam>(w, 'exams.learner', { learnerId, resits });

    const pro = await refused(w, ask(atResits!, [{ unitCode: 'U4', mark: 15 }]), 'INVALID_INPUT');
    expect(pro.message).toBe('L’oral de contrôle porte sur une unité générale : U4 n’en est pas une.');
    expect(pro.fields).toEqual({ resits: pro.message });

    const notOpen = await refused(w, ask(admitted!, [{ unitCode: 'U1', mark: 15 }]), 'INVALID_INPUT');
    expect(notOpen.message).toMatch(/^L’oral de contrôle est réservé .* Admis : moyenne 12,00 ≥ 10$/);

    const three = [
      { unitCode: 'U1', mark: 12 },
      { unitCode: 'U2', mark: 12 },
      { unitCode: 'U3', mark: 12 },
    ];
    expect((await refused(w, ask(atResits!, three), 'INVALID_INPUT')).fields).toHaveProperty('resits');
    const outOfRange = await refused(w, ask(atResits!, [{ unitCode: 'U1', mark: 21 }]), 'INVALID_INPUT');
    expect(outOfRange.fields).toHaveProperty(['resits.0.mark']);
  });
});
