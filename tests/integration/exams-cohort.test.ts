import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CohortExam, SessionResults } from '../../shared/api/exams';
import { formatPercent } from '../../shared/format/fr';
import { call, examsWorld, ndrcMarks, refused, typeMarks, value, type ExamsWorld } from './exams-setup';

/** A cohort's projected decisions and success rate; the actual results of past sessions. */

let w: ExamsWorld;
beforeEach(async () => {
  w = await examsWorld();
});
afterEach(() => w.b.close());

const AT = '2026-01-05T08:00:00.000Z';

function addLearner(status: 'in_training' | 'dropped_out', surname: string): number {
  return Number(
    w.b.db
      .prepare(
        `INSERT INTO learners (cohort_id, surname, first_name, access_route, status, created_at, updated_at)
         VALUES (?, ?, 'Sam', 'apprenticeship', ?, ?, ?)`,
      )
      .run(w.ndrcCohort, surname, status, AT, AT).lastInsertRowid,
  );
}

/** The seed's session: 6 admitted of 13 presented. */
function seedSession(): void {
  const l = w.ndrc;
  for (const id of l.slice(0, 6)) typeMarks(w, id, ndrcMarks(12));
  for (const id of l.slice(6, 9)) typeMarks(w, id, ndrcMarks(7));
  for (const id of l.slice(9, 11)) typeMarks(w, id, ndrcMarks(6, 11));
  typeMarks(w, l[11]!, { ...ndrcMarks(14), U2: 'absent' });
  typeMarks(w, l[12]!, ndrcMarks(12, 7));
}

describe('exams.cohort', () => {
  it('lists every learner in training with their decision and the projected success rate', async () => {
    seedSession();
    const waiting = addLearner('in_training', 'ZZ-Attente');
    addLearner('dropped_out', 'ZZ-Parti');
    const view = await value<CohortExam>(w, 'exams.cohort', { cohortId: w.ndrcCohort }, w.adviser);

    expect(view.cohort).toMatchObject({ name: 'NDRC 2025-2027', archived: false });
    expect(view.sessionDate).toBe('2027-06-30');
    expect(view.units.map((u) => u.code)).toEqual(['U1', 'U2', 'U3', 'U4', 'U5', 'U6']);
    expect(view.learners).toHaveLength(14);
    expect(view.learners.map((r) => r.outcome)).toEqual([
      ...Array(6).fill('admitted'),
      ...Array(3).fill('refused'),
      'resits',
      'resits',
      'not_issued',
      'refused',
      'incomplete',
    ]);
    const first = view.learners[0]!;
    expect(first).toMatchObject({
      surname: 'G-01',
      groupName: 'G',
      average: 12,
      professionalAverage: 12,
      unitsAwarded: ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'],
      blocsAcquired: [1, 2, 3],
      explanation: 'Admis : moyenne 12,00 ≥ 10',
    });
    expect(first.units[0]).toEqual({ code: 'U1', source: 'typed', status: 'mark', mark: 12 });
    expect(view.learners.find((r) => r.learnerId === waiting)?.units[0]).toMatchObject({
      source: 'none',
      status: 'missing',
    });

    expect(view.tally).toEqual({ presented: 13, admitted: 6, awaitingResits: 2, incomplete: 1 });
    expect(view.successRate).toBeCloseTo(6 / 13, 12);
    expect(formatPercent(view.successRate!)).toBe('46,15\u00a0%');
  });

  it('has no success rate while nobody can be presented, and refuses an unknown cohort', async () => {
    const view = await value<CohortExam>(w, 'exams.cohort', { cohortId: w.nrcCohort });
    expect(view.tally.presented).toBe(0);
    expect(view.successRate).toBeNull();
    const missing = await refused(w, () => call(w, 'exams.cohort', { cohortId: 9999 }), 'NOT_FOUND');
    expect(missing.message).toBe('Cette promotion n’existe pas (ou plus).');
  });
});

describe('exams.saveResults and exams.results', () => {
  const results = (outcomes: [number, string, number | null][]) =>
    outcomes.map(([learnerId, outcome, average]) => ({ learnerId, outcome, average }));

  it('keeps the actual results per session with their success rate (admitted / presented)', async () => {
    const l = w.ndrc;
    const session2025 = results([
      ...l.slice(0, 6).map((id): [number, string, number] => [id, 'admitted', 11.5]),
      ...l.slice(6, 11).map((id): [number, string, number] => [id, 'refused', 8.25]),
      [l[11]!, 'not_issued', null],
      [l[12]!, 'absent', null],
    ]);
    const saved = await value<SessionResults[]>(
      w,
      'exams.saveResults',
      { cohortId: w.ndrcCohort, sessionYear: 2025, results: session2025 },
      w.manager,
    );
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ sessionYear: 2025, presented: 12, admitted: 6, successRate: 0.5 });
    expect(saved[0]!.results[0]).toEqual({
      learnerId: l[0],
      surname: 'G-01',
      firstName: 'Alex',
      outcome: 'admitted',
      average: 11.5,
    });

    await value(w, 'exams.saveResults', {
      cohortId: w.ndrcCohort,
      sessionYear: 2024,
      results: results([[l[0]!, 'refused', 9]]),
    });
    // Saving a session again replaces it whole.
    await value(w, 'exams.saveResults', {
      cohortId: w.ndrcCohort,
      sessionYear: 2025,
      results: results(l.slice(0, 3).map((id) => [id, 'admitted', null])),
    });
    const sessions = await value<SessionResults[]>(w, 'exams.results', { cohortId: w.ndrcCohort }, w.trainer);
    expect(sessions.map((s) => [s.sessionYear, s.presented, s.admitted, s.successRate])).toEqual([
      [2025, 3, 3, 1],
      [2024, 1, 0, 0],
    ]);
    const audit = w.b.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'exams.saveResults'")
      .get() as { n: number };
    expect(audit.n).toBe(3);
  });

  it('refuses results that contradict themselves or name someone else, writing nothing', async () => {
    const l = w.ndrc;
    const save =
      (sessionYear: number, rows: [number, string, number | null][], token = w.manager) =>
      () =>
        call(w, 'exams.saveResults', { cohortId: w.ndrcCohort, sessionYear, results: results(rows) }, token);

    const outside = await refused(w, save(2025, [[w.nrc[0]!, 'admitted', 12]]), 'INVALID_INPUT');
    expect(outside.message).toBe(
      'Alex N-01 n’appartient pas à la promotion NDRC 2025-2027 : ses résultats ne peuvent pas y être enregistrés.',
    );
    expect(outside.fields).toEqual({ 'results.0': outside.message });
    const twice = await refused(
      w,
      save(2025, [
        [l[0]!, 'admitted', 12],
        [l[0]!, 'refused', 9],
      ]),
      'INVALID_INPUT',
    );
    expect(twice.message).toBe('Alex G-01 figure deux fois dans les résultats : gardez une seule ligne.');
    expect((await refused(w, save(2025, [[l[0]!, 'admitted', 9.5]]), 'INVALID_INPUT')).message).toBe(
      'Alex G-01 est déclaré admis avec une moyenne de 9,5 < 10 : vérifiez la saisie.',
    );
    expect((await refused(w, save(2025, [[l[0]!, 'refused', 10]]), 'INVALID_INPUT')).message).toContain(
      'ajourné avec une moyenne de 10 ≥ 10',
    );
    expect((await refused(w, save(2025, [[l[0]!, 'absent', 4]]), 'INVALID_INPUT')).message).toContain(
      'absent à la session',
    );
    expect((await refused(w, save(2027, [[l[0]!, 'admitted', 12]]), 'INVALID_INPUT')).fields).toEqual({
      sessionYear:
        'La session 2027 n’a pas encore eu lieu (nous sommes en 2026) : saisissez les résultats d’une session passée.',
    });
    expect((await refused(w, save(2025, [[l[0]!, 'passed', 12]]), 'INVALID_INPUT')).fields).toHaveProperty([
      'results.0.outcome',
    ]);
    expect((await refused(w, save(2025, [[999_999, 'admitted', 12]]), 'NOT_FOUND')).message).toBe(
      'L’apprenant n° 999999 n’existe pas (ou plus).',
    );
    await refused(w, save(2025, [[l[0]!, 'admitted', 12]], w.trainer), 'FORBIDDEN');
    await refused(w, save(2025, [[l[0]!, 'admitted', 12]], w.adviser), 'FORBIDDEN');

    w.b.db.prepare('UPDATE cohorts SET archived_at = ? WHERE id = ?').run(AT, w.ndrcCohort);
    const archived = await refused(w, save(2025, [[l[0]!, 'admitted', 12]]), 'CONFLICT');
    expect(archived.message).toContain('NDRC 2025-2027');
  });
});
