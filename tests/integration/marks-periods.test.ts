import { describe, expect, it } from 'vitest';
import type { Period } from '../../shared/api/marks';
import { createEvaluation, marksWorld, refusedUnchanged, save, saved } from './marks-setup';
import { call, value } from './planning-setup';

describe('periods', () => {
  it('splits each training year of the cohort into semesters, then trimesters, with French names', async () => {
    const w = await marksWorld();
    expect(w.periods.map((p) => [p.name, p.startDate, p.endDate, p.trainingYear])).toEqual([
      ['Semestre 1', '2025-09-01', '2026-03-01', 1],
      ['Semestre 2', '2026-03-02', '2026-08-31', 1],
      ['Semestre 3', '2026-09-01', '2027-01-29', 2],
      ['Semestre 4', '2027-01-30', '2027-06-30', 2],
    ]);
    const trimesters = await value<Period[]>(w, 'periods.generate', {
      cohortId: w.cohortId,
      kind: 'trimester',
    });
    expect(trimesters.map((p) => p.name)).toEqual(
      ['Semestre 1', 'Semestre 2', 'Semestre 3', 'Semestre 4', 'Semestre 5', 'Semestre 6'].map((n) =>
        n.replace('Semestre', 'Trimestre'),
      ),
    );
    expect(trimesters[0]).toMatchObject({ startDate: '2025-09-01', trainingYear: 1, kind: 'trimester' });
    expect(trimesters[2]).toMatchObject({ endDate: '2026-08-31', trainingYear: 1 });
    expect(trimesters[5]).toMatchObject({ endDate: '2027-06-30', trainingYear: 2 });
    // Everybody reads them.
    const listed = await value<Period[]>(w, 'periods.list', { cohortId: w.cohortId }, w.adviser);
    expect(listed).toHaveLength(6);
  });

  it('refuses to split again once periods have evaluations, and trainers may not split at all', async () => {
    const w = await marksWorld();
    await createEvaluation(w);
    const error = await refusedUnchanged(
      w,
      () => call(w, 'periods.generate', { cohortId: w.cohortId, kind: 'trimester' }),
      'CONFLICT',
      /1 évaluation/,
    );
    expect(error.message).toMatch(/ne peuvent plus être redécoupées/);
    await refusedUnchanged(
      w,
      () => call(w, 'periods.generate', { cohortId: w.cohortId, kind: 'trimester' }, w.trainer),
      'FORBIDDEN',
    );
  });

  it('moves dates within the cohort, without overlap, keeping evaluations inside', async () => {
    const w = await marksWorld();
    const moved = await value<Period>(w, 'periods.update', {
      id: w.s1.id,
      name: 'S1',
      startDate: '2025-09-01',
      endDate: '2026-02-15',
    });
    expect(moved).toMatchObject({ name: 'S1', endDate: '2026-02-15' });
    const overlap = await refusedUnchanged(
      w,
      () =>
        call(w, 'periods.update', {
          id: w.s1.id,
          name: 'S1',
          startDate: '2025-09-01',
          endDate: '2026-03-10',
        }),
      'CONFLICT',
    );
    expect(overlap.message).toBe('Ces dates chevauchent la période « Semestre 2 ».');
    const outside = await refusedUnchanged(
      w,
      () =>
        call(w, 'periods.update', {
          id: w.s1.id,
          name: 'S1',
          startDate: '2025-08-01',
          endDate: '2026-02-15',
        }),
      'INVALID_INPUT',
    );
    expect(outside.fields?.startDate).toMatch(/dans les dates de la promotion « NDRC 2025-2027 »/);
    await createEvaluation(w, { date: '2026-03-10' });
    const leaves = await refusedUnchanged(
      w,
      () =>
        call(w, 'periods.update', {
          id: w.s2.id,
          name: 'S2',
          startDate: '2026-03-15',
          endDate: '2026-08-31',
        }),
      'CONFLICT',
    );
    expect(leaves.message).toMatch(
      /1 évaluation sortirait de la période, dont « Devoir 1 » du mardi 10 mars 2026/,
    );
  });

  it('closes a period: marks are refused naming who closed it and when; reopening is logged with its reason', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    const learner = w.g1Learners[0]!;
    await saved(w, evaluation.id, learner, '12');

    const closed = await value<Period>(w, 'periods.close', { id: w.s2.id }, w.manager);
    expect(closed.closed).toMatchObject({ byName: 'Rémi Responsable', at: '2026-03-02T08:15:00.000Z' });

    const refusal = await refusedUnchanged(w, () => save(w, evaluation.id, learner, '14'), 'CONFLICT');
    expect(refusal.message).toBe(
      'La période « Semestre 2 » a été clôturée par Rémi Responsable le 02/03/2026 à 09:15 : ses évaluations, ' +
        'ses notes et ses appréciations ne peuvent plus être modifiées. Un responsable peut la rouvrir.',
    );
    // A manager is refused too: the period is locked for everybody.
    await refusedUnchanged(w, () => save(w, evaluation.id, learner, '14', w.manager), 'CONFLICT', /clôturée/);
    await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', { ...evaluationOf(w), title: 'Oral' }),
      'CONFLICT',
    );
    await refusedUnchanged(
      w,
      () => call(w, 'periods.close', { id: w.s2.id }, w.manager),
      'CONFLICT',
      /déjà clôturée/,
    );
    await refusedUnchanged(w, () => call(w, 'periods.close', { id: w.s1.id }, w.trainer), 'FORBIDDEN');

    const sheet = await value<{ canEdit: boolean; cannotEditReason: string | null }>(
      w,
      'markSheet.get',
      { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s2.id },
      w.trainer,
    );
    expect(sheet.canEdit).toBe(false);
    expect(sheet.cannotEditReason).toMatch(/clôturée par Rémi Responsable/);

    const noReason = await call(w, 'periods.reopen', { id: w.s2.id, reason: '  ' }, w.manager);
    expect(noReason.ok).toBe(false);
    const reopened = await value<Period>(
      w,
      'periods.reopen',
      { id: w.s2.id, reason: 'Note de rattrapage oubliée' },
      w.manager,
    );
    expect(reopened.closed).toBeNull();
    expect(w.b.db.prepare('SELECT reason, reopened_by, reopened_at FROM period_reopenings').all()).toEqual([
      {
        reason: 'Note de rattrapage oubliée',
        reopened_by: userId(w, 'remi.responsable'),
        reopened_at: '2026-03-02T08:15:00.000Z',
      },
    ]);
    const audit = w.b.db.prepare("SELECT details FROM audit_log WHERE action = 'periods.reopen'").get() as {
      details: string;
    };
    expect(JSON.parse(audit.details)).toMatchObject({ reason: 'Note de rattrapage oubliée' });
    expect((await saved(w, evaluation.id, learner, '14')).cell.text).toBe('14');
    await refusedUnchanged(
      w,
      () => call(w, 'periods.reopen', { id: w.s2.id, reason: 'x' }, w.manager),
      'CONFLICT',
    );
  });

  it('refuses every change on an archived cohort', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    w.b.db.prepare('UPDATE cohorts SET archived_at = ? WHERE id = ?').run('2026-03-01T00:00:00Z', w.cohortId);
    await refusedUnchanged(w, () => save(w, evaluation.id, w.g1Learners[0]!, '12'), 'CONFLICT', /archiv/);
    await refusedUnchanged(w, () => call(w, 'periods.close', { id: w.s2.id }), 'CONFLICT', /archiv/);
    await refusedUnchanged(
      w,
      () =>
        call(w, 'coefficients.set', { cohortId: w.cohortId, subjectId: w.subjects.english, coefficient: 2 }),
      'CONFLICT',
      /archiv/,
    );
  });
});

function evaluationOf(w: Awaited<ReturnType<typeof marksWorld>>) {
  return {
    groupId: w.g1,
    subjectId: w.subjects.negotiation,
    periodId: w.s2.id,
    date: '2026-03-12',
    kind: 'oral',
    coefficient: 1,
  };
}

function userId(w: Awaited<ReturnType<typeof marksWorld>>, login: string): number {
  return (w.b.db.prepare('SELECT id FROM users WHERE login = ?').get(login) as { id: number }).id;
}
