import { averagesFr as t } from '../../../../shared/i18n/fr/averages';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { requireUser } from '../../context';
import { notFound } from '../../errors';
import type { HandlersOf } from '../../handlers';
import { assertCanReadGroup } from './access';
import { learnersAtRisk } from './at-risk';
import { groupAverages, loadGroupContext } from './group-averages';
import { findPeriod, learnerGroupsDuring, learnerName } from './repository';
import { periodScope, yearScope } from './scope';

export const averagesHandlers: HandlersOf<'averages.group' | 'averages.learner' | 'averages.atRisk'> = {
  'averages.atRisk': (_input, ctx) => ({ items: learnersAtRisk(ctx.db, ctx.now) }),

  'averages.group': (input, ctx) => {
    const context = loadGroupContext(ctx.db, input.groupId);
    assertCanReadGroup(ctx.db, requireUser(ctx), context.group, context.subjects);
    const scope =
      input.periodId !== undefined
        ? periodScope(ctx.db, context.group, input.periodId)
        : yearScope(ctx.db, context.group, input.year!);
    return groupAverages(ctx.db, context, scope);
  },

  /** Against the group the learner was last in during the period: the class of their report card. */
  'averages.learner': (input, ctx) => {
    const name = learnerName(ctx.db, input.learnerId);
    if (name === null) throw notFound(cohortRulesFr.learnerNotFound);
    const period = findPeriod(ctx.db, input.periodId);
    if (!period) throw notFound(t.periodNotFound);
    const groupId = learnerGroupsDuring(ctx.db, input.learnerId, period.startDate, period.endDate)[0];
    if (groupId === undefined) throw notFound(t.learnerNoGroup(name, period.name));
    const context = loadGroupContext(ctx.db, groupId);
    assertCanReadGroup(ctx.db, requireUser(ctx), context.group, context.subjects);
    const { learners, ...averages } = groupAverages(
      ctx.db,
      context,
      periodScope(ctx.db, context.group, period.id),
    );
    return {
      ...averages,
      learner: learners.find((l) => l.learnerId === input.learnerId)!,
      classSize: learners.length,
    };
  },
};
