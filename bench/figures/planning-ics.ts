import { sampled, stopwatch, type Figure } from '../lib/figure';
import { currentGroup } from '../lib/lookups';

/** A group's whole two-year planning as an ICS calendar (planning.exportIcs, the cohort's period). */
export const figure: Figure = {
  name: 'Calendrier ICS d’un groupe sur sa promotion',
  unit: 'ms',
  goal: null,
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const { group } = await currentGroup(b.call);
    let bytes = 0;
    const measured = await sampled(
      () =>
        stopwatch(async () => {
          const file = await b.call('planning.exportIcs', { view: 'group', id: group.id });
          bytes = file.contentBase64.length;
        }),
      { warmup: 1, runs: 10 },
    );
    return { ...measured, note: `${Math.round((bytes * 3) / 4 / 1024)} Kio` };
  },
};
