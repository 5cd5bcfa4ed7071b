import { addDays } from '../../shared/domain/calendar/dates';
import { authFr } from '../../shared/i18n/fr/auth';
import { planningScreenFr as t } from '../../shared/i18n/fr/planning-screen';
import { sampled, type Figure } from '../lib/figure';
import { centreWeek, currentGroup } from '../lib/lookups';
import { clickUntilPainted, fillLogin, freshContext } from '../lib/paint';

const RUNS = { warmup: 1, runs: 5 };
const GRID = 'table[aria-label^="Planning de la semaine"]';

/**
 * A group's planning opened on a company week, then "Semaine suivante" clicked until the next
 * week — a centre week of nine sessions — is painted with every card. Each run starts from a
 * freshly loaded page two weeks further on.
 */
export const figure: Figure = {
  name: 'Grille de la semaine affichée (navigateur)',
  unit: 'ms',
  goal: { median: 150 },
  phase: 'browser',
  async run(ctx) {
    const http = ctx.http();
    const { group } = await currentGroup(http.call);
    const first = await centreWeek(http.call, group.id);
    const weeks: { monday: string; sessions: number }[] = [];
    for (let i = 0; i < RUNS.warmup + RUNS.runs; i++) {
      const monday = addDays(first.weekStart, 14 * i);
      const week = await http.call('planning.week', { view: 'group', id: group.id, weekStart: monday });
      weeks.push({ monday, sessions: week.sessions.length });
    }
    const { context, page } = await freshContext(ctx.browser());
    try {
      await fillLogin(page, ctx.serve().url, ctx.seed.admin);
      await page.getByRole('button', { name: authFr.loginSubmit }).click();
      await page.getByTestId('current-user').waitFor();
      return await sampled(async (i) => {
        const { monday, sessions } = weeks[i]!;
        const before = addDays(monday, -7);
        await page.goto('about:blank');
        await page.goto(`${ctx.serve().url}/#/planning?vue=groupe&id=${group.id}&jour=${before}`);
        await page
          .locator(`${GRID} thead th`)
          .first()
          .filter({ hasText: t.dayHeader(before) })
          .waitFor();
        await page.waitForLoadState('networkidle');
        return clickUntilPainted(page, page.getByRole('button', { name: t.nextWeek, exact: true }), {
          selector: `${GRID} thead th`,
          textStartsWith: t.dayHeader(monday),
          count: { selector: `${GRID} [data-session-id]`, n: sessions },
        });
      }, RUNS);
    } finally {
      await context.close();
    }
  },
};
