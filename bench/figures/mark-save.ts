import { sampled, stopwatch, type Figure } from '../lib/figure';
import { FULL, fullGroup } from '../lib/marks-fixture';

const RUNS = { warmup: 50, runs: 1000 };

/**
 * One cell of the 30 × 40 mark sheet saved over HTTP as the grid does it (POST
 * /api/marks.save with the session cookie, a new value each time, so every save writes the mark
 * and its history line and answers the evaluation's statistics and the learner's averages),
 * 1050 different cells one after the other against the serve process.
 */
export const figure: Figure = {
  name: 'Enregistrement d’une note (HTTP)',
  unit: 'ms',
  goal: { median: 5, p95: 20 },
  phase: 'serve',
  baseline: 'baseline-sqlite-insert',
  async run(ctx) {
    const http = ctx.http();
    const full = await fullGroup(http.call, 'sheet');
    const sheet = await http.call('markSheet.get', {
      groupId: full.groupId,
      subjectId: full.subjectId,
      periodId: full.periodId,
    });
    const cells = sheet.cells;
    if (cells.length < RUNS.warmup + RUNS.runs) {
      throw new Error(`${cells.length} cellules, il en faut ${RUNS.warmup + RUNS.runs}`);
    }
    let changed = 0;
    const measured = await sampled(async (i) => {
      const { evaluationId, learnerId, text } = cells[i]!;
      // Half a point away from what the cell holds: always a real change.
      const next = text === '15' ? '15,5' : '15';
      return stopwatch(async () => {
        if ((await http.call('marks.save', { evaluationId, learnerId, text: next })).changed) changed++;
      });
    }, RUNS);
    return {
      ...measured,
      note: `${changed} cellules changées sur ${RUNS.warmup + RUNS.runs}, feuille de ${FULL.learners} × ${FULL.evaluations}, aller-retour HTTP complet`,
    };
  },
};
