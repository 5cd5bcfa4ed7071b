import { sampled, stopwatch, type Figure } from '../lib/figure';
import { currentGroup, NEXT_MONDAY } from '../lib/lookups';

/** A group's month printed as an A4 landscape PDF (planning.exportPdf). */
export const figure: Figure = {
  name: 'Planning du mois d’un groupe en PDF',
  unit: 'ms',
  goal: null,
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const { group } = await currentGroup(b.call);
    const input = { view: 'group' as const, id: group.id, period: 'month' as const, date: NEXT_MONDAY };
    return sampled(() => stopwatch(() => b.call('planning.exportPdf', input)), { warmup: 1, runs: 10 });
  },
};
