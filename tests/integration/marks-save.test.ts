import { describe, expect, it } from 'vitest';
import type { MarkHistoryEntry, MarkSheet } from '../../shared/api/marks';
import { subjectAverage } from '../../shared/domain/marks/averages';
import {
  createEvaluation,
  markCount,
  marksWorld,
  moveLearner,
  refusedUnchanged,
  save,
  saved,
  sheet,
} from './marks-setup';
import { call, value } from './planning-setup';

type SavedMany = MarkSheet & { changed: number };

describe('saving marks', () => {
  it('keeps every change in the history with who, when, old and new as shown, and the source', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    const learner = w.g1Learners[0]!;
    const first = await saved(w, evaluation.id, learner, '12.5');
    expect(first).toMatchObject({
      cell: { text: '12,5', entry: { kind: 'mark', mark: 12.5 } },
      changed: true,
    });
    await saved(w, evaluation.id, learner, 'abs');
    const same = await saved(w, evaluation.id, learner, ' ABS ');
    expect(same.changed).toBe(false);
    w.b.clock.now = new Date('2026-03-02T09:00:00Z');
    await value(w, 'marks.save', {
      evaluationId: evaluation.id,
      learnerId: learner,
      text: 'ABS',
      source: 'undo',
    });
    await value(w, 'marks.save', {
      evaluationId: evaluation.id,
      learnerId: learner,
      text: '',
      source: 'undo',
    });

    const history = await value<MarkHistoryEntry[]>(w, 'marks.history', {
      learnerId: learner,
      evaluationId: evaluation.id,
    });
    expect(history.map((h) => [h.oldValue, h.newValue, h.source, h.changedBy.name])).toEqual([
      ['ABS', '', 'undo', 'Anne Administratrice'],
      ['12,5', 'ABS', 'sheet', 'Claire Dupont'],
      ['', '12,5', 'sheet', 'Claire Dupont'],
    ]);
    expect(history[0]).toMatchObject({
      evaluationTitle: 'Devoir 1',
      subjectName: 'Relation client et négociation-vente',
      periodName: 'Semestre 2',
      learnerName: 'Alex G1-01',
      changedAt: '2026-03-02T09:00:00.000Z',
    });
    expect(markCount(w)).toBe(0);
  });

  it('refuses a mark above the scale, an unknown code and a learner outside the group, writing nothing', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    const learner = w.g1Learners[0]!;
    await saved(w, evaluation.id, learner, '8');
    const above = await refusedUnchanged(w, () => save(w, evaluation.id, learner, '20,5'), 'INVALID_INPUT');
    expect(above.fields).toEqual({ text: 'Note supérieure au barème (/20)' });
    const code = await refusedUnchanged(w, () => save(w, evaluation.id, learner, 'ABSENT'), 'INVALID_INPUT');
    expect(code.message).toBe('Valeur non reconnue : « ABSENT ». Saisissez une note, ABS, ABJ, DISP ou NN.');
    await refusedUnchanged(w, () => save(w, evaluation.id, learner, '-2'), 'INVALID_INPUT', /négative/);
    const g2Learner = g2Learners(w)[0]!;
    const outside = await refusedUnchanged(w, () => save(w, evaluation.id, g2Learner, '12'), 'CONFLICT');
    expect(outside.message).toBe(
      'Alex G2-01 n’était pas dans le groupe « G1 » pendant la période « Semestre 2 ».',
    );
    expect((await sheet(w)).cells.find((c) => c.learnerId === learner)?.text).toBe('8');
  });

  it('refuses evaluations with a coefficient ≤ 0, a date outside their period or a unit outside the programme', async () => {
    const w = await marksWorld();
    const input = (overrides: Record<string, unknown>) => ({
      groupId: w.g1,
      subjectId: w.subjects.negotiation,
      periodId: w.s2.id,
      title: 'BTS blanc',
      date: '2026-03-10',
      kind: 'mock_exam',
      coefficient: 1,
      ...overrides,
    });
    const zero = await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', input({ coefficient: 0 })),
      'INVALID_INPUT',
    );
    expect(zero.fields?.coefficient).toBeDefined();
    await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', input({ coefficient: -1 })),
      'INVALID_INPUT',
    );
    await refusedUnchanged(w, () => call(w, 'evaluations.create', input({ scale: 0 })), 'INVALID_INPUT');
    const date = await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', input({ date: '2026-02-27' })),
      'INVALID_INPUT',
    );
    expect(date.fields?.date).toBe(
      'La date doit être dans la période « Semestre 2 » (du lundi 2 mars 2026 au lundi 31 août 2026).',
    );
    const unit = await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', input({ unitCode: 'U9' })),
      'INVALID_INPUT',
    );
    expect(unit.fields?.unitCode).toBe('L’épreuve U9 n’existe pas dans ce programme.');
    await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', input({ kind: 'homework', unitCode: 'U4' })),
      'INVALID_INPUT',
      /Seul un BTS blanc/,
    );
    const other = await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', input({ subjectId: w.nrcSubject })),
      'INVALID_INPUT',
    );
    expect(other.message).toMatch(/ne fait pas partie du programme de la promotion « NDRC 2025-2027 »/);
    const mock = await createEvaluation(w, { kind: 'mock_exam', unitCode: 'U4', title: 'BTS blanc' });
    expect(mock).toMatchObject({ unitCode: 'U4', scale: 20 });

    await refusedUnchanged(
      w,
      () =>
        call(w, 'coefficients.set', { cohortId: w.cohortId, subjectId: w.subjects.english, coefficient: 0 }),
      'INVALID_INPUT',
    );
    const set = await value<{
      subjects: { subjectId: number; coefficient: number; cohortCoefficient: number | null }[];
    }>(w, 'coefficients.set', { cohortId: w.cohortId, subjectId: w.subjects.english, coefficient: 4.5 });
    expect(set.subjects.find((s) => s.subjectId === w.subjects.english)).toMatchObject({
      coefficient: 4.5,
      cohortCoefficient: 4.5,
    });
    const back = await value<typeof set>(w, 'coefficients.set', {
      cohortId: w.cohortId,
      subjectId: w.subjects.english,
      coefficient: null,
    });
    expect(back.subjects.find((s) => s.subjectId === w.subjects.english)).toMatchObject({
      coefficient: 3,
      cohortCoefficient: null,
    });
  });

  it('saves a paste all or nothing, listing every refused cell', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    const [a, b, c, d] = w.g1Learners;
    await saved(w, evaluation.id, a!, '10');
    const changes = [
      { evaluationId: evaluation.id, learnerId: a!, text: '11' },
      { evaluationId: evaluation.id, learnerId: b!, text: '25' },
      { evaluationId: evaluation.id, learnerId: c!, text: 'ABJ' },
      { evaluationId: evaluation.id, learnerId: d!, text: 'oups' },
    ];
    const refusal = await refusedUnchanged(
      w,
      () => call(w, 'marks.saveMany', { changes, source: 'paste' }, w.trainer),
      'INVALID_INPUT',
    );
    expect(refusal.message).toMatch(
      /^2 cellules refusées : rien n’a été enregistré\. Alex G1-02, « Devoir 1 » : /,
    );
    expect(refusal.fields).toEqual({
      'changes.1.text': 'Note supérieure au barème (/20)',
      'changes.3.text': 'Valeur non reconnue : « oups ». Saisissez une note, ABS, ABJ, DISP ou NN.',
    });

    changes[1]!.text = '15';
    changes[3]!.text = '';
    const result = await value<SavedMany>(w, 'marks.saveMany', { changes, source: 'paste' }, w.trainer);
    expect(result.changed).toBe(3);
    expect(result.cells.filter((x) => x.text !== '').map((x) => x.text)).toEqual(['11', '15', 'ABJ']);
    expect(result.evaluationStatistics[0]).toMatchObject({ average: 13, min: 11, max: 15, count: 2 });
    const sources = w.b.db
      .prepare('SELECT source, count(*) AS n FROM mark_history GROUP BY source ORDER BY source')
      .all();
    expect(sources).toEqual([
      { source: 'paste', n: 3 },
      { source: 'sheet', n: 1 },
    ]);

    const tooMany = Array.from({ length: 2001 }, () => changes[0]!);
    await refusedUnchanged(
      w,
      () => call(w, 'marks.saveMany', { changes: tooMany, source: 'fill' }),
      'INVALID_INPUT',
    );
  });

  it('returns averages after each save as the domain computes them: ABS 0 or neutral, NN provisional, /40 rescaled', async () => {
    const w = await marksWorld();
    const homework = await createEvaluation(w, { coefficient: 2 });
    const oral = await createEvaluation(w, { title: 'Oral', kind: 'oral', scale: 40, date: '2026-03-12' });
    const quiz = await createEvaluation(w, { title: 'QCM', date: '2026-03-13' });
    const learner = w.g1Learners[0]!;

    await saved(w, homework.id, learner, '12');
    let last = await saved(w, oral.id, learner, '30');
    // (12 × 2 + 15 × 1) / 3 = 13
    expect(last.learnerAverage.period).toMatchObject({ value: 13, provisional: false });
    last = await saved(w, quiz.id, learner, 'ABS');
    // (24 + 15 + 0) / 4 = 9.75
    expect(last.learnerAverage.period.value).toBe(9.75);
    expect(last.learnerAverage.period.value).toBe(
      subjectAverage([
        { entry: { kind: 'mark', mark: 12 }, coefficient: 2 },
        { entry: { kind: 'mark', mark: 30 }, coefficient: 1, scale: 40 },
        { entry: { kind: 'code', code: 'ABS' }, coefficient: 1 },
      ]).value,
    );
    expect(last.evaluationStatistics).toMatchObject({ average: 0, count: 1 });

    const marks = (await value<{ marks: Record<string, unknown> }>(w, 'settings.get', {})).marks;
    await value(w, 'settings.update', { marks: { ...marks, absCountsAsZero: false } });
    const neutral = await sheet(w);
    expect(neutral.averages.find((a) => a.learnerId === learner)?.period.value).toBe(13);
    expect(neutral.evaluationStatistics[2]).toMatchObject({ average: null, count: 0 });

    last = await saved(w, quiz.id, learner, 'NN');
    expect(last.learnerAverage.period).toMatchObject({ value: 13, provisional: true, pending: 1 });
    // The year covers S1 and S2: a mark of S1 weighs in the year, not in S2.
    const s1 = await createEvaluation(w, { periodId: w.s1.id, date: '2026-01-15', title: 'Devoir S1' });
    last = await saved(w, s1.id, learner, '7');
    expect(last.learnerAverage.period.value).toBe(7);
    expect(last.learnerAverage.year).toMatchObject({ value: (24 + 15 + 7) / 4, provisional: true });

    const full = await sheet(w);
    expect(full.classStatistics.period).toMatchObject({ average: 13, min: 13, max: 13, count: 1 });
  });

  it('lists learners who joined or left during the period, and takes marks only from members', async () => {
    const w = await marksWorld();
    const mover = g2Learners(w)[0]!;
    const g1Evaluation = await createEvaluation(w, { date: '2026-04-10' });
    const g2Evaluation = await createEvaluation(w, { groupId: w.g2, date: '2026-03-20', title: 'Devoir G2' });
    await saved(w, g2Evaluation.id, mover, '16', w.admin);
    moveLearner(w, mover, w.g1, '2026-04-01');

    const g1 = await sheet(w);
    expect(g1.learners).toHaveLength(13);
    const joined = g1.learners.find((l) => l.id === mover)!;
    expect(joined).toMatchObject({ surname: 'G2-01', joinedOn: '2026-04-01', leftOn: null });
    expect(g1.learners.map((l) => l.surname).indexOf('G2-01')).toBe(12);
    // Their S2 average counts the mark they had in G2.
    expect(g1.averages.find((a) => a.learnerId === mover)?.period.value).toBe(16);
    const saving = await saved(w, g1Evaluation.id, mover, '10');
    expect(saving.learnerAverage.period.value).toBe(13);

    const g2 = await sheet(w, w.admin, w.g2);
    expect(g2.learners.find((l) => l.id === mover)).toMatchObject({ joinedOn: null, leftOn: '2026-04-01' });
    // In S1 they were only in G2.
    const g1s1 = await sheet(w, w.admin, w.g1, w.s1.id);
    expect(g1s1.learners.some((l) => l.id === mover)).toBe(false);
  });
  it('keeps a learner with marks from being deleted, naming what holds them', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    const learner = w.g1Learners[0]!;
    await saved(w, evaluation.id, learner, '12');
    const person = await refusedUnchanged(w, () => call(w, 'learners.delete', { id: learner }), 'CONFLICT');
    expect(person.message).toMatch(/1 note/);
  });
});

function g2Learners(w: Awaited<ReturnType<typeof marksWorld>>): number[] {
  return (
    w.b.db
      .prepare(
        'SELECT learner_id AS id FROM group_memberships m JOIN learners l ON l.id = m.learner_id WHERE group_id = ? ORDER BY l.surname',
      )
      .all(w.g2) as { id: number }[]
  ).map((r) => r.id);
}
