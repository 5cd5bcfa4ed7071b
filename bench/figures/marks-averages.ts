import { formatNumber } from '../../shared/format/fr';
import { sampled, stopwatch, type Figure } from '../lib/figure';
import { currentGroup } from '../lib/lookups';
import { FULL, fullGroup } from '../lib/marks-fixture';

const RUNS = { warmup: 5, runs: 30 };

/**
 * averages.group through the registry on a group of 30 learners with 40 marked evaluations of
 * its semester, shared among the subjects: every subject average, the general average weighted
 * by the cohort's coefficients, the class statistics. Beside it, a seeded group of 25 over its
 * whole first year (two closed semesters, about 40 evaluations).
 */
export const figure: Figure = {
  name: 'Moyennes d’un groupe (30 × 40 notes)',
  unit: 'ms',
  goal: { median: 5 },
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const full = await fullGroup(b.call, 'subjects');
    const input = { groupId: full.groupId, periodId: full.periodId };
    const result = await b.call('averages.group', input);
    if (result.learners.length !== FULL.learners) {
      throw new Error(`${result.learners.length} apprenants au lieu de ${FULL.learners}`);
    }
    const measured = await sampled(() => stopwatch(() => b.call('averages.group', input)), RUNS);

    // The previous intake's first group over its first year, as the seed wrote it.
    const { cohort } = await currentGroup(b.call);
    const cohorts = await b.call('cohorts.list', {});
    const previous = cohorts
      .filter((c) => c.startDate < cohort.startDate)
      .sort((x, y) => y.startDate.localeCompare(x.startDate))[0];
    let seeded = '';
    if (previous) {
      const group = (await b.call('groups.list', { cohortId: previous.id })).sort((x, y) => x.id - y.id)[0]!;
      const year = { groupId: group.id, year: 1 as const };
      const evaluations = (await b.call('evaluations.list', { groupId: group.id })).filter(
        (e) => e.date < `${Number(previous.startDate.slice(0, 4)) + 1}-07-01`,
      ).length;
      const time = await sampled(() => stopwatch(() => b.call('averages.group', year)), RUNS);
      seeded = ` ; ${group.name}, année 1 (25 × ${evaluations}) : ${formatNumber(time.median, 2)} ms`;
    }
    return {
      ...measured,
      note: `averages.group, ${FULL.learners} × ${full.evaluationIds.length} sur ${full.subjectIds.length} matières${seeded}`,
    };
  },
};
