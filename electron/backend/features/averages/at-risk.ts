import type { AtRisk } from '../../../../shared/api/averages';
import type { Db } from '../../db/open';
import { isoDay } from '../cohorts/dates';
import { groupAverages, loadGroupContext } from './group-averages';
import { groupsInPeriodOn } from './repository';
import { periodScope } from './scope';

/** Below this general average a learner is at risk of not being admitted (domain-rules: 10/20). */
const PASS_MARK = 10;

/**
 * Learners under 10 in the period under way of every active cohort, lowest first. Each group's
 * averages are computed once with the same code as the Moyennes screen; the exact value decides
 * (a displayed 10,00 may be 9,996 and is at risk).
 */
export function learnersAtRisk(db: Db, now: Date): AtRisk[] {
  const found: AtRisk[] = [];
  for (const { groupId, periodId } of groupsInPeriodOn(db, isoDay(now))) {
    const context = loadGroupContext(db, groupId);
    const averages = groupAverages(db, context, periodScope(db, context.group, periodId));
    for (const learner of averages.learners) {
      const { value, provisional } = learner.general;
      if (value === null || value >= PASS_MARK) continue;
      found.push({
        learnerId: learner.learnerId,
        name: `${learner.firstName} ${learner.surname}`,
        groupId,
        groupName: averages.group.name,
        cohortName: averages.group.cohortName,
        periodName: averages.scope.name,
        average: value,
        provisional,
      });
    }
  }
  return found.sort((a, b) => a.average - b.average || a.name.localeCompare(b.name, 'fr'));
}
