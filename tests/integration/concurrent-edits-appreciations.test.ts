import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppreciationList, SavedAppreciation } from '../../shared/api/appreciations';
import type { Evaluation } from '../../shared/api/marks';
import { at } from './attendance-setup';
import {
  type ApiError,
  conflict as refused,
  g1Name as nameOf,
  ok,
  type TwoBrowsers,
  twoBrowsers,
} from './concurrent-marks-setup';
import { createEvaluation } from './marks-setup';

/**
 * Two people write the same appreciation, or change the same evaluation, from two browsers (two
 * HTTP sessions): Rémi Responsable, a manager, Claire Dupont, who teaches negotiation to G1, and
 * Anne, the administrator. The save made from a stale read is refused (409) with the text or the
 * evaluation as it now is and who changed it; nothing is written; the history stays right.
 */

let w: TwoBrowsers['w'];
let http: TwoBrowsers['http'];
let remi: Record<string, string>;
let claire: Record<string, string>;
let anne: Record<string, string>;

beforeAll(async () => {
  ({ w, http, remi, claire, anne } = await twoBrowsers());
});

afterAll(async () => {
  await http.close();
  w.b.close();
});

const conflict = (send: () => Promise<Response>): Promise<ApiError> => refused(w, send);
const learner = (i: number) => w.g1Learners[i]!;

describe('two people writing the same appreciation', () => {
  const list = async (who: Record<string, string>, subjectId?: number) =>
    ok<AppreciationList>(
      await http.post(
        'appreciations.list',
        { groupId: w.g1, periodId: w.s2.id, ...(subjectId ? { subjectId } : {}) },
        who,
      ),
    );
  const rowOf = (l: AppreciationList, i: number) => l.rows.find((r) => r.learnerId === learner(i))!;
  const write = (
    who: Record<string, string>,
    subjectId: number | null,
    text: string,
    token?: string | null,
  ) =>
    http.post(
      'appreciations.save',
      {
        learnerId: learner(0),
        periodId: w.s2.id,
        subjectId,
        text,
        ...(token === undefined ? {} : { expectedUpdatedAt: token }),
      },
      who,
    );
  const history = () =>
    w.b.db
      .prepare(
        `SELECT h.old_text AS old, h.new_text AS new, u.display_name AS by FROM appreciation_history h
         JOIN users u ON u.id = h.changed_by WHERE h.learner_id = ? ORDER BY h.id`,
      )
      .all(learner(0));

  it('refuses the subject appreciation saved from a stale read, showing the text now there', async () => {
    const subject = w.subjects.negotiation;
    at(w, '2026-03-12T09:00:00Z');
    const seenByClaire = rowOf(await list(claire, subject), 0);
    const seenByRemi = rowOf(await list(remi, subject), 0);
    expect(seenByRemi).toMatchObject({ text: '', updatedAt: null });

    at(w, '2026-03-12T09:10:00Z');
    const first = await ok<SavedAppreciation>(
      await write(claire, subject, 'Travail sérieux, participation active.', seenByClaire.updatedAt),
    );
    expect(first.updatedAt).toBe('2026-03-12T09:10:00.000Z');

    at(w, '2026-03-12T09:12:00Z');
    const error = await conflict(() =>
      write(remi, subject, 'Doit s’investir davantage.', seenByRemi.updatedAt),
    );
    expect(error.message).toBe(
      `L’appréciation de ${nameOf(0)} en « Relation client et négociation-vente » a été modifiée par Claire Dupont le 12/03/2026 à 10:10, après que vous l’avez ouverte.` +
        ' Elle est maintenant : « Travail sérieux, participation active. »' +
        ' Votre texte n’a pas été enregistré ; il reste dans le champ : gardez-le pour remplacer la version actuelle, ou reprenez celle-ci.',
    );
    expect(error.fields).toEqual({ expectedUpdatedAt: error.message });

    // Claire's text is intact; Rémi reads again and keeps his own deliberately.
    const now = rowOf(await list(remi, subject), 0);
    expect(now).toMatchObject({ text: 'Travail sérieux, participation active.', updatedBy: 'Claire Dupont' });
    await ok(await write(remi, subject, 'Doit s’investir davantage.', now.updatedAt));
    expect(history()).toEqual([
      { old: '', new: 'Travail sérieux, participation active.', by: 'Claire Dupont' },
      {
        old: 'Travail sérieux, participation active.',
        new: 'Doit s’investir davantage.',
        by: 'Rémi Responsable',
      },
    ]);

    // Claire, still on her own save's token, empties it: refused, the text stays.
    const erase = await conflict(() => write(claire, subject, '', first.updatedAt));
    expect(erase.message).toMatch(
      /modifiée par Rémi Responsable .* Elle est maintenant : « Doit s’investir davantage\. » Votre texte/,
    );
  });

  it('does the same for the general appreciation between two managers', async () => {
    at(w, '2026-03-13T10:00:00Z');
    const seenByAnne = rowOf(await list(anne), 0);
    const seenByRemi = rowOf(await list(remi), 0);
    await ok(await write(remi, null, 'Semestre encourageant.', seenByRemi.updatedAt));
    const error = await conflict(() => write(anne, null, 'Avertissement travail.', seenByAnne.updatedAt));
    expect(error.message).toMatch(
      new RegExp(
        `^L’appréciation générale de ${nameOf(0)} a été modifiée par Rémi Responsable le 13/03/2026 à 11:00`,
      ),
    );
    expect(rowOf(await list(anne), 0).text).toBe('Semestre encourageant.');
  });
});

describe('two people changing the same evaluation', () => {
  it('refuses a change and a deletion made from a stale read, showing the evaluation as it now is', async () => {
    at(w, '2026-03-14T08:00:00Z');
    const created = await createEvaluation(
      w,
      { title: 'Oral 1', date: '2026-03-16', kind: 'oral' },
      w.trainer,
    );
    const fields = { periodId: w.s2.id, date: '2026-03-16', kind: 'oral', coefficient: 1, scale: 20 };
    at(w, '2026-03-14T08:30:00Z');
    const changed = await ok<Evaluation>(
      await http.post(
        'evaluations.update',
        {
          id: created.id,
          ...fields,
          title: 'Oral 1 — négociation',
          coefficient: 2,
          expectedUpdatedAt: created.updatedAt,
        },
        remi,
      ),
    );
    expect(changed.updatedAt).toBe('2026-03-14T08:30:00.000Z');

    const update = await conflict(() =>
      http.post(
        'evaluations.update',
        { id: created.id, ...fields, title: 'Oral 1 bis', expectedUpdatedAt: created.updatedAt },
        claire,
      ),
    );
    expect(update.message).toBe(
      'Cette évaluation a été modifiée par Rémi Responsable le 14/03/2026 à 09:30, après que vous l’avez ouverte. ' +
        'Elle est maintenant : « Oral 1 — négociation », oral du 16/03/2026, coefficient 2, sur 20. ' +
        'Rien n’a été enregistré : relisez-la, puis enregistrez de nouveau si votre modification doit la remplacer.',
    );
    const remove = await conflict(() =>
      http.post('evaluations.delete', { id: created.id, expectedUpdatedAt: created.updatedAt }, claire),
    );
    expect(remove.message).toMatch(/elle n’a pas été supprimée/);

    await ok(
      await http.post('evaluations.delete', { id: created.id, expectedUpdatedAt: changed.updatedAt }, claire),
    );
  });
});
