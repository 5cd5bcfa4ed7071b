import { sampled, type Figure } from '../lib/figure';
import { startServe } from '../lib/serve';

/**
 * `node dist/electron/serve.cjs` on the seeded database, from spawn to the first 200 on GET /:
 * Node's start, the database opened and checked, the built-in programmes ensured, the HTTP server.
 */
export const figure: Figure = {
  name: 'Démarrage du mode serveur jusqu’à « prêt »',
  unit: 'ms',
  goal: { median: 2000 },
  phase: 'startup',
  run: ({ workDir }) =>
    sampled(
      async () => {
        const serve = await startServe(workDir);
        await serve.stop();
        return serve.readyMs;
      },
      { warmup: 1, runs: 5 },
    ),
};
