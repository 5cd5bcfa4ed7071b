import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cell, Evaluation, MarkSheet } from '../../shared/api/marks';
import { checksum } from '../helpers/backend';
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
 * Two people type in the same cell of a mark sheet from two browsers (two HTTP sessions): Rémi
 * Responsable, a manager, and Claire Dupont, who teaches negotiation to G1. The save made from
 * what was read before the other one's is refused (409) with the mark as it now is and who put
 * it there; nothing is written; the first save stays. A paste with such cells is refused whole.
 * The version tokens and their encoding: shared/api/versions.ts. Appreciations and evaluations:
 * concurrent-edits-appreciations.test.ts.
 */

let evaluation: Evaluation;
let w: TwoBrowsers['w'];
let http: TwoBrowsers['http'];
let remi: Record<string, string>;
let claire: Record<string, string>;

beforeAll(async () => {
  ({ w, http, remi, claire } = await twoBrowsers());
  evaluation = await createEvaluation(w, { title: 'Devoir 1' });
});

afterAll(async () => {
  await http.close();
  w.b.close();
});

const conflict = (send: () => Promise<Response>): Promise<ApiError> => refused(w, send);

const key = () => ({ groupId: w.g1, subjectId: w.subjects.negotiation, periodId: w.s2.id });
const readSheet = async (who: Record<string, string>) =>
  ok<MarkSheet>(await http.post('markSheet.get', key(), who));
async function readCell(who: Record<string, string>, learnerId: number, evaluationId = evaluation.id) {
  const sheet = await readSheet(who);
  return sheet.cells.find((c) => c.learnerId === learnerId && c.evaluationId === evaluationId)!;
}
const saveMark = (who: Record<string, string>, learnerId: number, text: string, token?: string | null) =>
  http.post(
    'marks.save',
    {
      evaluationId: evaluation.id,
      learnerId,
      text,
      ...(token === undefined ? {} : { expectedUpdatedAt: token }),
    },
    who,
  );
const historyOf = (learnerId: number) =>
  w.b.db
    .prepare(
      `SELECT h.old_value AS old, h.new_value AS new, u.display_name AS by FROM mark_history h
       JOIN users u ON u.id = h.changed_by WHERE h.learner_id = ? AND h.evaluation_id = ? ORDER BY h.id`,
    )
    .all(learnerId, evaluation.id);

const learner = (i: number) => w.g1Learners[i]!;

describe('two people typing in the same cell of a mark sheet', () => {
  it('refuses the second save made from a stale read, with the mark now there and who typed it', async () => {
    at(w, '2026-03-10T14:00:00Z');
    const seenByRemi = await readCell(remi, learner(0));
    const seenByClaire = await readCell(claire, learner(0));
    expect(seenByRemi).toMatchObject({ text: '', updatedAt: null });
    expect(seenByClaire.updatedAt).toBeNull();

    at(w, '2026-03-10T14:32:00Z');
    const first = await ok<{ cell: Cell }>(await saveMark(remi, learner(0), '12,5', seenByRemi.updatedAt));
    expect(first.cell).toMatchObject({ text: '12,5', updatedAt: '2026-03-10T14:32:00.000Z' });

    at(w, '2026-03-10T14:33:00Z');
    const error = await conflict(() => saveMark(claire, learner(0), '14', seenByClaire.updatedAt));
    expect(error.message).toBe(
      `La note de ${nameOf(0)} à « Devoir 1 » a été modifiée par Rémi Responsable le 10/03/2026 à 15:32 : 12,5` +
        ' — votre saisie 14 n’a pas été enregistrée. Retapez-la si elle doit remplacer la note actuelle.',
    );
    expect(error.fields).toEqual({ expectedUpdatedAt: error.message });

    // Rémi's mark is intact; Claire reads again and overwrites it deliberately.
    const now = await readCell(claire, learner(0));
    expect(now).toMatchObject({ text: '12,5', updatedAt: first.cell.updatedAt });
    const second = await ok<{ cell: Cell; changed: boolean }>(
      await saveMark(claire, learner(0), '14', now.updatedAt),
    );
    expect(second).toMatchObject({ changed: true, cell: { text: '14' } });
    expect(historyOf(learner(0))).toEqual([
      { old: '', new: '12,5', by: 'Rémi Responsable' },
      { old: '12,5', new: '14', by: 'Claire Dupont' },
    ]);

    // Rémi, still on his first read, tries to empty the cell: refused too.
    const clear = await conflict(() => saveMark(remi, learner(0), '', first.cell.updatedAt));
    expect(clear.message).toMatch(
      /par Claire Dupont le 10\/03\/2026 à 15:33 : 14 — votre effacement n’a pas été enregistré/,
    );
    expect((await readCell(remi, learner(0))).text).toBe('14');
  });

  it('says a cell was emptied meanwhile, and takes a stale save of the value already there as no change', async () => {
    at(w, '2026-03-10T15:00:00Z');
    const filled = await ok<{ cell: Cell }>(await saveMark(remi, learner(1), '9', null));
    const read = filled.cell.updatedAt;
    await ok(await saveMark(claire, learner(1), '', read));

    const error = await conflict(() => saveMark(remi, learner(1), '10', read));
    expect(error.message).toMatch(
      new RegExp(
        `^La note de ${nameOf(1)} à « Devoir 1 » a été effacée par Claire Dupont le 10/03/2026 à 16:00 — votre saisie 10`,
      ),
    );

    // Both typed ABS: the later one, though stale, loses nothing and writes nothing.
    const abs = await ok<{ cell: Cell }>(await saveMark(claire, learner(2), 'abs', null));
    const before = checksum(w.b.db);
    const same = await ok<{ cell: Cell; changed: boolean }>(await saveMark(remi, learner(2), 'ABS', null));
    expect(same).toMatchObject({ changed: false, cell: { text: 'ABS', updatedAt: abs.cell.updatedAt } });
    expect(checksum(w.b.db)).toBe(before);
  });

  it('gives a cell emptied and filled again within one millisecond a token never seen before', async () => {
    at(w, '2026-03-10T16:00:00Z'); // the clock stands still for every save below
    const tokens = new Set<string>();
    let token: string | null = null;
    for (const text of ['11', '', '11', '12', '']) {
      const saved: { cell: Cell } = await ok(await saveMark(claire, learner(3), text, token));
      token = saved.cell.updatedAt;
      if (token) tokens.add(token);
    }
    expect(tokens.size).toBe(3);
    const stale = [...tokens][0]!;
    await conflict(() => saveMark(remi, learner(3), '15', stale));
  });

  it('lets a client that sends no token save over the last one (scripts, older clients)', async () => {
    at(w, '2026-03-10T17:00:00Z');
    await ok(await saveMark(remi, learner(4), '8'));
    await ok(await saveMark(claire, learner(4), '13'));
    expect((await readCell(remi, learner(4))).text).toBe('13');
  });
});

describe('a paste over cells someone changed meanwhile', () => {
  it('refuses the whole paste naming the stale cells, writes nothing, and goes through once read again', async () => {
    at(w, '2026-03-11T08:00:00Z');
    const read = await readSheet(claire);
    const tokenOf = (i: number) =>
      read.cells.find((c) => c.learnerId === learner(i) && c.evaluationId === evaluation.id)!.updatedAt;
    at(w, '2026-03-11T08:05:00Z');
    await ok(await saveMark(remi, learner(6), '7', tokenOf(6)));
    await ok(await saveMark(remi, learner(8), 'disp', tokenOf(8)));

    const paste = (tokens: (i: number) => string | null) =>
      http.post(
        'marks.saveMany',
        {
          source: 'paste',
          changes: [5, 6, 7, 8].map((i) => ({
            evaluationId: evaluation.id,
            learnerId: learner(i),
            text: String(10 + i),
            expectedUpdatedAt: tokens(i),
          })),
        },
        claire,
      );
    const error = await conflict(() => paste(tokenOf));
    expect(error.message).toBe(
      '2 notes ont été modifiées par quelqu’un d’autre depuis que vous avez ouvert la feuille : rien n’a été enregistré. ' +
        `${nameOf(6)}, « Devoir 1 » : 7 (par Rémi Responsable le 11/03/2026 à 09:05) ; ` +
        `${nameOf(8)}, « Devoir 1 » : DISP (par Rémi Responsable le 11/03/2026 à 09:05). ` +
        'La feuille montre maintenant les notes actuelles : refaites la modification si vos valeurs doivent les remplacer.',
    );
    expect(Object.keys(error.fields ?? {})).toEqual([
      'changes.1.expectedUpdatedAt',
      'changes.3.expectedUpdatedAt',
    ]);
    expect(error.fields?.['changes.3.expectedUpdatedAt']).toMatch(
      /: DISP — votre saisie 18 n’a pas été enregistrée/,
    );
    expect(historyOf(learner(5))).toEqual([]);

    const again = await readSheet(claire);
    const fresh = (i: number) =>
      again.cells.find((c) => c.learnerId === learner(i) && c.evaluationId === evaluation.id)!.updatedAt;
    const done = await ok<MarkSheet & { changed: number }>(await paste(fresh));
    expect(done.changed).toBe(4);
    expect(historyOf(learner(8))).toEqual([
      { old: '', new: 'DISP', by: 'Rémi Responsable' },
      { old: 'DISP', new: '18', by: 'Claire Dupont' },
    ]);
  });
});
