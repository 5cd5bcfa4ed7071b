import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  dispense,
  examsWorld,
  keepMark,
  learnerExam,
  mockExam,
  typeMarks,
  unitOf,
  value,
  type ExamsWorld,
} from './exams-setup';

/** Where each unit's entry comes from: typed > kept > BTS blanc; a dispensation above all. */

let w: ExamsWorld;
beforeEach(async () => {
  w = await examsWorld();
});
afterEach(() => w.b.close());

describe('exams.learner: the source of each unit', () => {
  it('lists the programme’s units, with nothing known the decision is incomplete', async () => {
    const view = await learnerExam(w, w.ndrc[0]!);
    expect(view.units.map((u) => [u.code, u.coefficient, u.kind, u.optional])).toEqual([
      ['U1', 3, 'general', false],
      ['U2', 3, 'general', false],
      ['U3', 3, 'general', false],
      ['U4', 5, 'professional', false],
      ['U5', 4, 'professional', false],
      ['U6', 3, 'professional', false],
    ]);
    expect(view.units.every((u) => u.source === 'none')).toBe(true);
    expect(view.sessionDate).toBe('2027-06-30');
    expect(view.professionalUnitCodes).toEqual(['U4', 'U5', 'U6']);
    expect(view.resitUnitCodes).toEqual(['U1', 'U2', 'U3']);
    expect(view.blocs.map((b) => b.number)).toEqual([1, 2, 3]);
    expect(view.decision?.outcome).toBe('incomplete');
    expect(view.decision?.explanation).toBe(
      'Décision impossible : note manquante pour U1, U2, U3, U4, U5, U6',
    );
  });

  it('takes the latest BTS blanc of a unit, rescaled to /20, and skips NN, ABJ and DISP', async () => {
    const [a, b, c] = w.ndrc;
    mockExam(w, 'U4', { [a!]: 8, [b!]: 9, [c!]: 11 }, { title: 'BTS blanc 1', date: '2025-12-10' });
    mockExam(w, 'U4', { [a!]: 15, [b!]: 'NN', [c!]: 'ABJ' }, { title: 'BTS blanc 2', date: '2026-01-20' });
    mockExam(w, 'U5', { [a!]: 30, [b!]: 'DISP' }, { title: 'Étude de cas', date: '2026-01-21', scale: 40 });

    const first = await learnerExam(w, a!);
    expect(unitOf(first, 'U4')).toMatchObject({
      source: 'mock_exam',
      mockExam: { title: 'BTS blanc 2', mark: 15 },
    });
    expect(unitOf(first, 'U5')).toMatchObject({ source: 'mock_exam', mockExam: { mark: 15 } });
    expect(first.decision?.units.find((u) => u.code === 'U5')?.mark).toBe(15);
    expect(first.decision?.notes).toContain('U5 : « Étude de cas » noté 30 / 40, ramené sur 20.');

    // NN and ABJ at the later BTS blanc say nothing: the earlier mark stands.
    const second = await learnerExam(w, b!);
    expect(unitOf(second, 'U4').mockExam).toMatchObject({ title: 'BTS blanc 1', mark: 9 });
    expect(unitOf(second, 'U5').source).toBe('none');
    expect(unitOf(await learnerExam(w, c!), 'U4').mockExam?.mark).toBe(11);
  });

  it('reads an ABS at a BTS blanc as an unjustified absence: the diploma cannot be issued', async () => {
    const learner = w.ndrc[0]!;
    typeMarks(w, learner, { U1: 12, U2: 12, U3: 12, U5: 12, U6: 12 });
    mockExam(w, 'U4', { [learner]: 'ABS' }, { title: 'BTS blanc négociation', date: '2026-01-20' });
    const view = await learnerExam(w, learner);
    expect(unitOf(view, 'U4')).toMatchObject({ source: 'mock_exam', mockExam: { absent: true, mark: null } });
    expect(view.decision?.outcome).toBe('not_issued');
    expect(view.decision?.explanation).toBe(
      'Diplôme ne pouvant être délivré : absence sans motif reconnu à U4',
    );
    expect(view.decision?.notes[0]).toBe(
      'U4 : absent (ABS) à « BTS blanc négociation » du mardi 20 janvier 2026, compté comme absence non justifiée.',
    );
  });

  it('prefers what was typed in the simulator over the BTS blanc, and the BTS blanc again once cleared', async () => {
    const learner = w.ndrc[0]!;
    mockExam(w, 'U1', { [learner]: 7 });
    const typed = await value<{ units: { code: string; source: string; typed: unknown }[] }>(
      w,
      'exams.setUnit',
      {
        learnerId: learner,
        unitCode: 'U1',
        entry: { kind: 'mark', mark: 13.5 },
      },
    );
    expect(typed.units.find((u) => u.code === 'U1')).toMatchObject({
      source: 'typed',
      typed: { kind: 'mark', mark: 13.5 },
    });
    const view = await learnerExam(w, learner);
    expect(unitOf(view, 'U1').mockExam?.mark).toBe(7);
    expect(view.decision?.units.find((u) => u.code === 'U1')?.mark).toBe(13.5);

    await value(w, 'exams.setUnit', { learnerId: learner, unitCode: 'U1', entry: null });
    expect(unitOf(await learnerExam(w, learner), 'U1')).toMatchObject({ source: 'mock_exam', typed: null });
  });

  it('leaves a dispensed unit out of the average, whatever the BTS blanc says', async () => {
    const learner = w.ndrc[0]!;
    dispense(w, learner, 'U1');
    mockExam(w, 'U1', { [learner]: 2 });
    typeMarks(w, learner, { U2: 12, U3: 12, U4: 9, U5: 9, U6: 9 });
    const view = await learnerExam(w, learner);
    expect(unitOf(view, 'U1')).toMatchObject({
      source: 'dispensed',
      dispensation: { reason: 'Titulaire d’un BTS' },
    });
    // (12 × 6 + 9 × 12) / 18 = 10: without the exemption 2 × 3 would make it 8,86.
    expect(view.decision?.average).toBe(10);
    expect(view.decision?.outcome).toBe('admitted');
    expect(view.decision?.notes).toContain(
      'U1 dispensée : retirée du calcul de la moyenne (règle supposée).',
    );
  });

  it('keeps a mark ≥ 10 for five years: valid at the session, expired after', async () => {
    const [valid, expired, low] = w.ndrc;
    keepMark(w, valid!, 'U3', 14, '2023-06-15');
    keepMark(w, expired!, 'U3', 14, '2022-06-10');
    keepMark(w, low!, 'U3', 8, '2024-06-10');
    mockExam(w, 'U3', { [valid!]: 6, [low!]: 11 });

    const kept = await learnerExam(w, valid!);
    expect(unitOf(kept, 'U3')).toMatchObject({
      source: 'kept',
      kept: { mark: 14, obtainedOn: '2023-06-15', validUntil: '2028-06-15', valid: true },
    });
    expect(kept.decision?.units.find((u) => u.code === 'U3')).toMatchObject({ status: 'kept', mark: 14 });

    // Expired on 10 June 2027, before the session of 30 June: the unit is to be sat again.
    const gone = await learnerExam(w, expired!);
    expect(unitOf(gone, 'U3')).toMatchObject({
      source: 'kept',
      kept: { valid: false, validUntil: '2027-06-10' },
    });
    expect(gone.decision?.units.find((u) => u.code === 'U3')).toMatchObject({
      status: 'expired',
      mark: null,
    });
    expect(gone.decision?.notes.some((n) => n.startsWith('La note conservée de U3'))).toBe(true);

    // A session date before the anniversary keeps it.
    const earlier = await learnerExam(w, expired!, { sessionDate: '2027-05-20' });
    expect(unitOf(earlier, 'U3').source).toBe('kept');

    // Below 10 nothing is kept: the BTS blanc counts.
    const notKept = await learnerExam(w, low!);
    expect(unitOf(notKept, 'U3')).toMatchObject({ source: 'mock_exam', kept: { valid: false } });
    expect(notKept.decision?.notes).toContain(
      'La note de U3 d’une session antérieure (8) est inférieure à 10 : elle ne peut pas être conservée.',
    );
  });

  it('takes an expired kept mark’s BTS blanc instead, saying why', async () => {
    const learner = w.ndrc[0]!;
    keepMark(w, learner, 'U3', 14, '2022-06-10');
    mockExam(w, 'U3', { [learner]: 9 });
    const view = await learnerExam(w, learner);
    expect(unitOf(view, 'U3').source).toBe('mock_exam');
    expect(
      view.decision?.notes.some((n) => n.includes('n’était valable que jusqu’au jeudi 10 juin 2027')),
    ).toBe(true);
  });

  it('lets a typed mark replace a kept one (the candidate sits the unit again)', async () => {
    const learner = w.ndrc[0]!;
    keepMark(w, learner, 'U3', 14, '2024-06-15');
    typeMarks(w, learner, { U3: 11 });
    const view = await learnerExam(w, learner);
    expect(unitOf(view, 'U3').source).toBe('typed');
    expect(view.decision?.units.find((u) => u.code === 'U3')?.mark).toBe(11);
    expect(view.decision?.notes).toContain(
      'U3 : une note est saisie pour cette session, elle remplace la note conservée.',
    );
  });
});
