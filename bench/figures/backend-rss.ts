import { formatNumber } from '../../shared/format/fr';
import { MIB, single, type Figure } from '../lib/figure';
import { memoryOf } from '../lib/serve';

/** The serve process's resident memory once every figure above has used it (VmRSS, /proc). */
export const figure: Figure = {
  name: 'Mémoire résidente du serveur (RSS)',
  unit: 'MiB',
  goal: { median: 250 },
  phase: 'final',
  async run(ctx) {
    const { rss, peak } = memoryOf(ctx.serve().pid);
    return single(
      rss / MIB,
      `pic VmHWM ${formatNumber(peak / MIB, 1)} Mio, après les mesures HTTP et navigateur`,
    );
  },
};
