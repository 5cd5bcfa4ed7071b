import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LearnerExam } from '../../shared/api/exams';
import {
  call,
  dispense,
  examsWorld,
  learnerExam,
  refused,
  unitOf,
  value,
  type ExamsWorld,
} from './exams-setup';

/**
 * Who may do what in the simulator: every role reads (advisers see the decision); only
 * managers and administrators tell it a unit mark. Every refusal writes nothing.
 */

let w: ExamsWorld;
beforeEach(async () => {
  w = await examsWorld();
});
afterEach(() => w.b.close());

const setUnit = (learnerId: number, unitCode: string, entry: unknown, token: string) => () =>
  call<LearnerExam>(w, 'exams.setUnit', { learnerId, unitCode, entry }, token);

describe('exams permissions', () => {
  it('lets every role read a learner, a cohort and the results', async () => {
    for (const token of [w.admin, w.manager, w.trainer, w.adviser]) {
      expect((await learnerExam(w, w.ndrc[0]!, {}, token)).learner.surname).toBe('G-01');
      expect((await call(w, 'exams.cohort', { cohortId: w.ndrcCohort }, token)).ok).toBe(true);
      expect((await call(w, 'exams.results', { cohortId: w.ndrcCohort }, token)).ok).toBe(true);
    }
  });

  it('lets a manager type a unit mark, recorded in the audit log; trainers and advisers cannot', async () => {
    const learner = w.ndrc[0]!;
    await refused(w, setUnit(learner, 'U1', { kind: 'mark', mark: 12 }, w.trainer), 'FORBIDDEN');
    await refused(w, setUnit(learner, 'U1', { kind: 'mark', mark: 12 }, w.adviser), 'FORBIDDEN');

    const view = await value<LearnerExam>(
      w,
      'exams.setUnit',
      { learnerId: learner, unitCode: 'U1', entry: { kind: 'mark', mark: 12.25 } },
      w.manager,
    );
    expect(unitOf(view, 'U1')).toMatchObject({ source: 'typed', typed: { kind: 'mark', mark: 12.25 } });
    const row = w.b.db
      .prepare("SELECT details FROM audit_log WHERE action = 'exams.setUnit' AND target = ?")
      .get(`learner:${learner}`) as { details: string };
    expect(JSON.parse(row.details)).toEqual({
      unitCode: 'U1',
      before: null,
      after: { kind: 'mark', mark: 12.25 },
    });
  });

  it('refuses bad entries with a French message, writing nothing', async () => {
    const learner = w.ndrc[0]!;
    const unknown = await refused(w, setUnit(learner, 'U9', { kind: 'absent' }, w.manager), 'INVALID_INPUT');
    expect(unknown.message).toBe('L’épreuve U9 n’existe pas dans ce programme.');
    expect(unknown.fields).toEqual({ unitCode: unknown.message });

    const high = await refused(
      w,
      setUnit(learner, 'U1', { kind: 'mark', mark: 20.5 }, w.manager),
      'INVALID_INPUT',
    );
    expect(high.fields).toEqual({ 'entry.mark': 'La valeur doit être au plus 20.' });
    const decimals = await refused(
      w,
      setUnit(learner, 'U1', { kind: 'mark', mark: 12.345 }, w.manager),
      'INVALID_INPUT',
    );
    expect(decimals.fields).toEqual({ 'entry.mark': 'Deux décimales au plus (ex. 12,25).' });
    await refused(w, setUnit(learner, 'U1', { kind: 'exempt' }, w.manager), 'INVALID_INPUT');

    dispense(w, learner, 'U1');
    const dispensed = await refused(
      w,
      setUnit(learner, 'U1', { kind: 'mark', mark: 12 }, w.manager),
      'CONFLICT',
    );
    expect(dispensed.message).toBe(
      'U1 est dispensée pour Alex G-01 : retirez la dispense dans sa fiche avant d’y saisir une note.',
    );

    expect((await refused(w, setUnit(999_999, 'U1', null, w.manager), 'NOT_FOUND')).message).toBe(
      'Cet apprenant n’existe pas (ou plus).',
    );
    w.b.db.prepare('UPDATE learners SET cohort_id = NULL WHERE id = ?').run(w.ndrc[1]);
    const noCohort = await refused(w, () => call(w, 'exams.learner', { learnerId: w.ndrc[1] }), 'CONFLICT');
    expect(noCohort.message).toMatch(/^Alex G-02 n’est inscrit dans aucune promotion/);

    w.b.db
      .prepare("UPDATE cohorts SET archived_at = '2026-01-05T08:00:00.000Z' WHERE id = ?")
      .run(w.ndrcCohort);
    const archived = await refused(w, setUnit(w.ndrc[2]!, 'U1', { kind: 'absent' }, w.manager), 'CONFLICT');
    expect(archived.message).toContain('NDRC 2025-2027');
    // An archived cohort is still readable.
    expect((await learnerExam(w, w.ndrc[2]!)).cohort.archived).toBe(true);
  });

  it('refuses a session date that is not a date', async () => {
    const error = await refused(
      w,
      () => call(w, 'exams.learner', { learnerId: w.ndrc[0], sessionDate: '2027-02-30' }),
      'INVALID_INPUT',
    );
    expect(error.fields).toEqual({ sessionDate: 'La date n’est pas valide (attendu : AAAA-MM-JJ).' });
  });
});
