import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppreciationList, SavedAppreciation } from '../../shared/api/appreciations';
import { userWithRole } from '../helpers/backend';
import {
  closePeriod,
  evaluationWithMarks,
  marksSettings,
  marksWorld,
  trainerAccount,
  type MarksWorld,
} from './averages-setup';
import { call, refused, value } from './planning-setup';

let w: MarksWorld;
let lea: number;
/** Claire Dupont teaches negotiation to G1. */
let dupont: string;

beforeEach(async () => {
  w = await marksWorld();
  lea = w.g1Learners[0]!;
  dupont = await trainerAccount(w, w.dupont, 'claire.dupont', [
    { groupId: w.g1, subjectId: w.subjects.negotiation },
  ]);
});
afterEach(() => w.b.close());

const save = (input: Record<string, unknown>, token = w.admin) =>
  call<SavedAppreciation>(
    w,
    'appreciations.save',
    { learnerId: lea, periodId: w.s1, subjectId: w.subjects.negotiation, text: 'Bon travail.', ...input },
    token,
  );
const list = (input: Record<string, unknown> = {}, token = w.admin) =>
  value<AppreciationList>(w, 'appreciations.list', { groupId: w.g1, periodId: w.s1, ...input }, token);
const historyRows = () =>
  w.b.db.prepare('SELECT old_text, new_text, source FROM appreciation_history ORDER BY id').all();

describe('a subject appreciation', () => {
  it('is written by the subject’s trainer, listed with its author, and kept in the history', async () => {
    const saved = await save({ text: '  Très bon trimestre, continuez ainsi.  ' }, dupont);
    expect(saved).toMatchObject({
      ok: true,
      value: { text: 'Très bon trimestre, continuez ainsi.', updatedBy: 'Compte trainer', changed: true },
    });
    const shown = await list({ subjectId: w.subjects.negotiation }, dupont);
    expect(shown).toMatchObject({
      subjectName: 'Relation client et négociation-vente',
      canWrite: true,
      maxLength: 400,
    });
    expect(shown.rows[0]).toMatchObject({ learnerId: lea, text: 'Très bon trimestre, continuez ainsi.' });
    expect(shown.rows[1]).toMatchObject({ text: '', updatedBy: null });
    expect(historyRows()).toEqual([
      { old_text: '', new_text: 'Très bon trimestre, continuez ainsi.', source: 'screen' },
    ]);
  });

  it('shows each learner’s subject average beside it, provisional while an NN waits', async () => {
    evaluationWithMarks(w, { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 }, [lea], [13]);
    evaluationWithMarks(
      w,
      { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 },
      [lea],
      ['NN'],
    );
    const shown = await list({ subjectId: w.subjects.negotiation });
    expect(shown.rows[0]!.average).toEqual({ value: 13, provisional: true, pending: 1 });
  });

  it('is refused to a trainer for a subject they do not teach, and to an adviser', async () => {
    const error = await refused(w, () => save({ subjectId: w.subjects.english }, dupont), 'FORBIDDEN');
    expect(error.message).toBe(
      'Vous n’enseignez pas Anglais au groupe G1 : seule son formatrice ou son formateur, ou un responsable, en rédige les appréciations.',
    );
    const shown = await list({ subjectId: w.subjects.english }, dupont);
    expect(shown.canWrite).toBe(false);
    expect(shown.cannotWriteReason).toBe(error.message);

    const adviser = await userWithRole(w.b.app, w.admin, 'adviser');
    await refused(w, () => save({}, adviser), 'FORBIDDEN');
    const read = await list({ subjectId: w.subjects.negotiation }, adviser);
    expect(read.canWrite).toBe(false);
    expect(read.cannotWriteReason).toBe('Les conseillers consultent les appréciations sans les modifier.');
  });

  it('is refused for a learner who was in no group of the cohort during the period', async () => {
    w.b.db.prepare("UPDATE group_memberships SET start_date = '2026-02-01' WHERE learner_id = ?").run(lea);
    const error = await refused(w, () => save({}));
    expect(error.message).toBe(
      'Alex G1-01 n’était dans aucun groupe de la promotion pendant la période « Semestre 1 ».',
    );
  });

  it('is refused for a subject of another programme', async () => {
    const error = await refused(w, () => save({ subjectId: w.nrcSubject }));
    expect(error.message).toMatch(/ne fait pas partie du programme de la promotion NDRC 2025-2027/);
  });
});

describe('the general appreciation', () => {
  it('is written by managers and administrators only; a trainer reads it', async () => {
    const manager = await userWithRole(w.b.app, w.admin, 'manager');
    expect((await save({ subjectId: null, text: 'Semestre encourageant.' }, manager)).ok).toBe(true);
    const error = await refused(w, () => save({ subjectId: null, text: 'Autre avis.' }, dupont), 'FORBIDDEN');
    expect(error.message).toMatch(/^L’appréciation générale est rédigée par l’équipe pédagogique/);
    const read = await list({}, dupont);
    expect(read).toMatchObject({ subjectId: null, canWrite: false });
    expect(read.rows[0]!.text).toBe('Semestre encourageant.');
    expect((await list({}, manager)).canWrite).toBe(true);
  });

  it('shows the general average beside it', async () => {
    evaluationWithMarks(w, { groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s1 }, [lea], [16]);
    evaluationWithMarks(w, { groupId: w.g1, subjectId: w.subjects.english, periodId: w.s1 }, [lea], [10]);
    expect((await list()).rows[0]!.average).toEqual({ value: 13.75, provisional: false, pending: 0 });
  });
});

describe('length, deletion, closed periods', () => {
  it('refuses a text over the centre’s limit with its count, counting an accent as one character', async () => {
    const error = await refused(w, () => save({ text: 'a'.repeat(401) }), 'INVALID_INPUT');
    expect(error.message).toBe(
      'L’appréciation compte 401 caractères : 400 au plus. Raccourcissez-la de 1 caractère.',
    );
    expect(error.fields?.text).toBe(error.message);
    // 400 "é" typed as e + combining accent: 800 code units, 400 characters.
    expect((await save({ text: 'e\u0301'.repeat(400) })).ok).toBe(true);

    await marksSettings(w, { appreciationMaxLength: 100 });
    const shorter = await refused(w, () => save({ text: 'b'.repeat(150) }), 'INVALID_INPUT');
    expect(shorter.message).toMatch(/150 caractères : 100 au plus/);
  });

  it('deletes the appreciation when the text is emptied, and records nothing when it did not change', async () => {
    await save({ text: 'Des progrès.' });
    const same = await save({ text: 'Des progrès.' });
    expect(same).toMatchObject({ ok: true, value: { changed: false } });
    const emptied = await save({ text: '   ' });
    expect(emptied).toMatchObject({ ok: true, value: { text: '', updatedBy: null, changed: true } });
    expect(w.b.db.prepare('SELECT count(*) AS n FROM appreciations').get()).toEqual({ n: 0 });
    expect(historyRows()).toEqual([
      { old_text: '', new_text: 'Des progrès.', source: 'screen' },
      { old_text: 'Des progrès.', new_text: '', source: 'screen' },
    ]);
  });

  it('refuses any change in a closed period, naming who closed it and when', async () => {
    await save({ text: 'Avant la clôture.' });
    closePeriod(w, w.s1, '2026-02-10T09:30:00.000Z');
    const error = await refused(w, () => save({ text: 'Après la clôture.' }, dupont));
    expect(error.message).toBe(
      'La période « Semestre 1 » a été clôturée par Anne Administratrice le 10/02/2026 à 10:30 : ses évaluations, ses notes et ses appréciations ne peuvent plus être modifiées. Un responsable peut la rouvrir.',
    );
    await refused(w, () => save({ subjectId: null, text: 'Générale.' }));
    const shown = await list({ subjectId: w.subjects.negotiation }, dupont);
    expect(shown).toMatchObject({ canWrite: false, closed: { byName: 'Anne Administratrice' } });
  });

  it('refuses changes in an archived cohort', async () => {
    w.b.db.prepare("UPDATE cohorts SET archived_at = '2026-02-01T00:00:00Z' WHERE id = ?").run(w.cohortId);
    const error = await refused(w, () => save({}));
    expect(error.message).toMatch(/NDRC 2025-2027/);
  });
});
