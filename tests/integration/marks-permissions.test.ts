import { describe, expect, it } from 'vitest';
import type { Evaluation, MarkSheet, Teaching } from '../../shared/api/marks';
import {
  createEvaluation,
  evaluationInput,
  marksWorld,
  refusedUnchanged,
  save,
  saved,
  sheet,
} from './marks-setup';
import { call, value } from './planning-setup';

const teachingOf = (t: Teaching, subjectId: number) => t.subjects.find((s) => s.subjectId === subjectId)!;

describe('who writes marks', () => {
  it('lets a trainer write for the group × subject planned with them, and refuses another group naming it', async () => {
    const w = await marksWorld();
    const g1 = await createEvaluation(w, {}, w.trainer);
    expect((await saved(w, g1.id, w.g1Learners[0]!, '15')).cell.text).toBe('15');
    expect((await sheet(w, w.trainer)).canEdit).toBe(true);

    const g2 = await createEvaluation(w, { groupId: w.g2 });
    const learnerOfG2 = (
      w.b.db
        .prepare('SELECT learner_id AS id FROM group_memberships WHERE group_id = ? LIMIT 1')
        .get(w.g2) as {
        id: number;
      }
    ).id;
    const refusal = await refusedUnchanged(w, () => save(w, g2.id, learnerOfG2, '12'), 'FORBIDDEN');
    expect(refusal.message).toMatch(
      /Vous n’enseignez pas « Relation client et négociation-vente » au groupe « G2 »/,
    );
    await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', evaluationInput(w, { groupId: w.g2 }), w.trainer),
      'FORBIDDEN',
      /au groupe « G2 »/,
    );
    await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', evaluationInput(w, { subjectId: w.subjects.english }), w.trainer),
      'FORBIDDEN',
      /« Anglais » au groupe « G1 »/,
    );
    const g2Sheet = await sheet(w, w.trainer, w.g2);
    expect(g2Sheet.canEdit).toBe(false);
    expect(g2Sheet.cannotEditReason).toMatch(/au groupe « G2 »/);
  });

  it('counts the trainers set on the group: Marc Leroy writes English of G2 once assigned', async () => {
    const w = await marksWorld();
    const english = { subjectId: w.subjects.english, groupId: w.g2 };
    const evaluation = await createEvaluation(w, english);
    const learner = (
      w.b.db
        .prepare('SELECT learner_id AS id FROM group_memberships WHERE group_id = ? LIMIT 1')
        .get(w.g2) as {
        id: number;
      }
    ).id;
    await refusedUnchanged(
      w,
      () => save(w, evaluation.id, learner, '11', w.otherTrainer),
      'FORBIDDEN',
      /Anglais/,
    );
    await refusedUnchanged(
      w,
      () =>
        call(
          w,
          'teaching.set',
          { groupId: w.g2, subjectId: w.subjects.english, trainerIds: [w.leroy] },
          w.trainer,
        ),
      'FORBIDDEN',
    );

    const teaching = await value<Teaching>(
      w,
      'teaching.set',
      { groupId: w.g2, subjectId: w.subjects.english, trainerIds: [w.leroy] },
      w.manager,
    );
    expect(teachingOf(teaching, w.subjects.english).trainers).toEqual([
      { trainerId: w.leroy, name: 'Marc Leroy', assigned: true, planned: false },
    ]);
    expect((await saved(w, evaluation.id, learner, '11', w.otherTrainer)).cell.text).toBe('11');

    // Removing the assignment takes the right away again.
    await value(
      w,
      'teaching.set',
      { groupId: w.g2, subjectId: w.subjects.english, trainerIds: [] },
      w.manager,
    );
    await refusedUnchanged(w, () => save(w, evaluation.id, learner, '12', w.otherTrainer), 'FORBIDDEN');
  });

  it('lists each subject’s trainers by source and whether the caller teaches it', async () => {
    const w = await marksWorld();
    await value(w, 'teaching.set', {
      groupId: w.g1,
      subjectId: w.subjects.negotiation,
      trainerIds: [w.dupont, w.leroy],
    });
    const asTrainer = await value<Teaching>(w, 'teaching.list', { groupId: w.g1 }, w.trainer);
    expect(asTrainer.subjects.map((s) => s.subjectName)).toHaveLength(7);
    expect(teachingOf(asTrainer, w.subjects.negotiation)).toMatchObject({
      callerTeaches: true,
      trainers: [
        { name: 'Claire Dupont', assigned: true, planned: true },
        { name: 'Marc Leroy', assigned: true, planned: false },
      ],
    });
    expect(teachingOf(asTrainer, w.subjects.english).callerTeaches).toBe(false);
    const asAdviser = await value<Teaching>(w, 'teaching.list', { groupId: w.g1 }, w.adviser);
    expect(asAdviser.subjects.every((s) => !s.callerTeaches)).toBe(true);
  });

  it('lets an adviser read the sheet and the history, and write nothing', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    const learner = w.g1Learners[0]!;
    await saved(w, evaluation.id, learner, '12');
    const read = await sheet(w, w.adviser);
    expect(read.canEdit).toBe(false);
    expect(read.cannotEditReason).toBe('Les conseillers consultent les notes sans pouvoir les modifier.');
    expect(read.cells.find((c) => c.learnerId === learner)?.text).toBe('12');
    expect(await value<unknown[]>(w, 'marks.history', { learnerId: learner }, w.adviser)).toHaveLength(1);
    await refusedUnchanged(w, () => save(w, evaluation.id, learner, '13', w.adviser), 'FORBIDDEN');
    await refusedUnchanged(
      w,
      () => call(w, 'evaluations.create', evaluationInput(w), w.adviser),
      'FORBIDDEN',
    );
  });

  it('refuses a trainer whose account is linked to no trainer record', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w);
    w.b.db.prepare('UPDATE trainers SET user_id = NULL WHERE id = ?').run(w.dupont);
    const refusal = await refusedUnchanged(
      w,
      () => save(w, evaluation.id, w.g1Learners[0]!, '12'),
      'FORBIDDEN',
    );
    expect(refusal.message).toMatch(/aucune fiche formateur/);
  });

  it('lets trainers manage evaluations of what they teach; deleting one with marks needs a manager', async () => {
    const w = await marksWorld();
    const evaluation = await createEvaluation(w, {}, w.trainer);
    const updated = await value<Evaluation>(
      w,
      'evaluations.update',
      {
        id: evaluation.id,
        periodId: w.s2.id,
        title: 'Devoir 1 bis',
        date: '2026-03-11',
        kind: 'oral',
        coefficient: 2,
        scale: 40,
      },
      w.trainer,
    );
    expect(updated).toMatchObject({
      title: 'Devoir 1 bis',
      kind: 'oral',
      coefficient: 2,
      scale: 40,
      markCount: 0,
    });
    await saved(w, evaluation.id, w.g1Learners[0]!, '31');

    const scale = await refusedUnchanged(
      w,
      () =>
        call(
          w,
          'evaluations.update',
          {
            id: evaluation.id,
            periodId: w.s2.id,
            title: 'Devoir 1 bis',
            date: '2026-03-11',
            kind: 'oral',
            coefficient: 2,
            scale: 20,
          },
          w.trainer,
        ),
      'INVALID_INPUT',
    );
    expect(scale.fields?.scale).toMatch(/Une note de 31 a déjà été saisie/);

    const withMarks = await refusedUnchanged(
      w,
      () => call(w, 'evaluations.delete', { id: evaluation.id }, w.trainer),
      'CONFLICT',
    );
    expect(withMarks.message).toMatch(/« Devoir 1 bis » a déjà 1 note/);
    await refusedUnchanged(
      w,
      () => call(w, 'evaluations.delete', { id: evaluation.id, force: true }, w.trainer),
      'FORBIDDEN',
      /Seul un responsable/,
    );
    expect(await value(w, 'evaluations.delete', { id: evaluation.id, force: true }, w.manager)).toEqual({
      id: evaluation.id,
      deletedMarks: 1,
    });
    const audit = w.b.db
      .prepare("SELECT details FROM audit_log WHERE action = 'evaluations.delete'")
      .get() as {
      details: string;
    };
    expect(JSON.parse(audit.details).marks).toEqual([{ learnerId: w.g1Learners[0], value: '31' }]);

    const empty = await createEvaluation(w, { title: 'Vide' }, w.trainer);
    expect(await value(w, 'evaluations.delete', { id: empty.id }, w.trainer)).toEqual({
      id: empty.id,
      deletedMarks: 0,
    });
    const listed = await value<Evaluation[]>(w, 'evaluations.list', { groupId: w.g1 }, w.adviser);
    expect(listed).toEqual([]);
  });

  it('gives the sheet a manager sees everywhere as editable', async () => {
    const w = await marksWorld();
    const read = await value<MarkSheet>(
      w,
      'markSheet.get',
      { groupId: w.g2, subjectId: w.subjects.english, periodId: w.s1.id },
      w.manager,
    );
    expect(read).toMatchObject({ canEdit: true, cannotEditReason: null, evaluations: [] });
    expect(read.learners).toHaveLength(12);
  });
});
