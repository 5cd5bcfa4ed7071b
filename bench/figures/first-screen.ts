import { authFr } from '../../shared/i18n/fr/auth';
import { dashboardFr } from '../../shared/i18n/fr/dashboard';
import { sampled, stopwatch, type Figure } from '../lib/figure';
import { signIn } from '../lib/http';
import { clickUntilPainted, fillLogin, freshContext } from '../lib/paint';
import { BENCH_ADMIN } from '../seed/centre';

/** The login form filled, then "Se connecter" clicked until the dashboard is painted. */
export const figure: Figure = {
  name: 'Premier écran après connexion (navigateur)',
  unit: 'ms',
  goal: { median: 150 },
  phase: 'browser',
  async run(ctx) {
    const runs = { warmup: 1, runs: 5 };
    const measured = await sampled(async () => {
      const { context, page } = await freshContext(ctx.browser());
      try {
        await fillLogin(page, ctx.serve().url, ctx.seed.admin);
        return await clickUntilPainted(page, page.getByRole('button', { name: authFr.loginSubmit }), {
          selector: 'h1',
          textStartsWith: dashboardFr.greeting(BENCH_ADMIN.displayName),
        });
      } finally {
        await context.close();
      }
    }, runs);
    // Part of it is the password check (scrypt) on the server: said beside the figure.
    const { url } = ctx.serve();
    const { login, password } = ctx.seed.admin;
    const signing = await sampled(() => stopwatch(() => signIn(url, login, password)), runs);
    return {
      ...measured,
      note: `dont la connexion (auth.login en HTTP, scrypt) : ${Math.round(signing.median)} ms`,
    };
  },
};
