import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { formatNumber } from '../../shared/format/fr';
import { MIB, sampled, stopwatch, type Figure } from '../lib/figure';

/** A consistent copy of the whole database while the app has it open (SQLite's online backup). */
export const figure: Figure = {
  name: 'Sauvegarde de toute la base (API de sauvegarde SQLite)',
  unit: 'ms',
  goal: null,
  phase: 'backend',
  async run(ctx) {
    const { db } = ctx.backend();
    const target = path.join(ctx.scratch, 'sauvegarde.sqlite');
    let size = 0;
    const measured = await sampled(
      async () => {
        rmSync(target, { force: true });
        const time = await stopwatch(() => db.backup(target));
        size = statSync(target).size;
        return time;
      },
      { warmup: 1, runs: 5 },
    );
    rmSync(target, { force: true });
    return { ...measured, note: `better-sqlite3 db.backup(), copie de ${formatNumber(size / MIB, 1)} Mio` };
  },
};
