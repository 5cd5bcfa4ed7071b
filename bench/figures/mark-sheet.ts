import { dashboardFr } from '../../shared/i18n/fr/dashboard';
import { authFr } from '../../shared/i18n/fr/auth';
import { formatNumber } from '../../shared/format/fr';
import { sampled, summarize, type Figure } from '../lib/figure';
import { fullGroup } from '../lib/marks-fixture';
import { fillLogin, freshContext, navigateUntilPainted, requestTracker } from '../lib/paint';
import { BENCH_ADMIN } from '../seed/centre';

const RUNS = { warmup: 1, runs: 5 };
/** The renderer's own measure, from the sheet's data received to the grid painted (MarkGrid.tsx). */
const RENDER_MEASURE = 'carnet:mark-sheet-render';

/**
 * The mark sheet of 30 learners × 40 evaluations opened from the rooms' list, as a link of the
 * app does it (the address's hash), until its last cell (last learner, last evaluation) shows its
 * mark and that frame is painted: the Notes screen's lists, the sheet's data over HTTP, the
 * render. The grid is larger than its frame: the last cell is laid out with its mark but
 * scrolled out of view, as it is for the person who opens the sheet.
 */
export const figure: Figure = {
  name: 'Feuille de notes 30 × 40 affichée (navigateur)',
  unit: 'ms',
  goal: { median: 150 },
  phase: 'browser',
  async run(ctx) {
    const http = ctx.http();
    const full = await fullGroup(http.call, 'sheet');
    const key = { groupId: full.groupId, subjectId: full.subjectId, periodId: full.periodId };
    const sheet = await http.call('markSheet.get', key);
    const rows = sheet.learners.length;
    const cols = sheet.evaluations.length;
    const last = sheet.cells[sheet.cells.length - 1]!;
    const hash = `#/notes?onglet=saisie&groupe=${key.groupId}&matiere=${key.subjectId}&periode=${key.periodId}`;
    const greeting = dashboardFr.greeting(BENCH_ADMIN.displayName);
    const room = (await http.call('rooms.list', {}))[0]!.name;

    const { context, page } = await freshContext(ctx.browser());
    const renders: number[] = [];
    const requests = requestTracker(page);
    try {
      await fillLogin(page, ctx.serve().url, ctx.seed.admin);
      await page.getByRole('button', { name: authFr.loginSubmit }).click();
      await page.getByRole('heading', { level: 1, name: greeting }).waitFor();
      const measured = await sampled(async () => {
        // From the rooms' list, once loaded: a screen that leaves nothing running behind it.
        await page.evaluate(() => (location.hash = '#/salles'));
        await page.getByText(room, { exact: true }).first().waitFor();
        await requests.idle();
        const time = await navigateUntilPainted(page, hash, {
          selector: `[role="grid"] td[data-row="${rows - 1}"][data-col="${cols - 1}"]`,
          ...(last.text ? { textStartsWith: last.text } : {}),
        });
        const render = await page.evaluate(
          (name) => performance.getEntriesByName(name).at(-1)?.duration ?? null,
          RENDER_MEASURE,
        );
        if (render !== null) renders.push(render);
        return time;
      }, RUNS);
      const render = renders.length > 0 ? summarize(renders.slice(-RUNS.runs)).median : null;
      return {
        ...measured,
        note:
          `${rows} × ${cols} cellules` +
          (render === null
            ? ''
            : ` ; dont rendu après réception des données : ${formatNumber(render, 0)} ms`),
      };
    } finally {
      await context.close();
    }
  },
};
