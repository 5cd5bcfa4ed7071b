import { sampled, stopwatch, type Figure } from '../lib/figure';
import { currentGroup } from '../lib/lookups';

/** A learner's own plan over two years: company days, centre hours against the contract. */
export const figure: Figure = {
  name: 'Plan individuel d’un apprenti (learnerPlan.get)',
  unit: 'ms',
  goal: null,
  phase: 'backend',
  async run(ctx) {
    const b = ctx.backend();
    const { group } = await currentGroup(b.call);
    const learners = await b.call('learners.list', { groupId: group.id });
    const apprentice = learners.find((l) => l.accessRoute === 'apprenticeship') ?? learners[0];
    if (!apprentice) throw new Error(`${group.name} n’a aucun apprenant`);
    return sampled(() => stopwatch(() => b.call('learnerPlan.get', { learnerId: apprentice.id })), {
      warmup: 3,
      runs: 20,
    });
  },
};
