import { sampled, stopwatch, type Figure } from '../lib/figure';
import { centreWeek, currentGroup } from '../lib/lookups';

/** The data of a group's week grid (planning.week), read through the registry. */
export const figure: Figure = {
  name: 'Données de la semaine d’un groupe (planning.week)',
  unit: 'ms',
  goal: null,
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const { group } = await currentGroup(b.call);
    const { weekStart, sessions } = await centreWeek(b.call, group.id);
    const measured = await sampled(
      () => stopwatch(() => b.call('planning.week', { view: 'group', id: group.id, weekStart })),
      { warmup: 5, runs: 30 },
    );
    return {
      ...measured,
      note: `${sessions.length} séances dans la semaine ; l’objectif porte sur la grille affichée`,
    };
  },
};
