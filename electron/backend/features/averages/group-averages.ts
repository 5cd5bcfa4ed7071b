import type { GroupAverages } from '../../../../shared/api/averages';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { Db } from '../../db/open';
import { notFound } from '../../errors';
import { readSettings } from '../settings/repository';
import { computeAverages } from './compute';
import {
  cohortSubjects,
  findGroup,
  type GroupRow,
  marksOfMembers,
  membersDuring,
  type SubjectRow,
} from './repository';
import type { Scope } from './scope';

/** A group and its programme's subjects, loaded once before checking who may read them. */
export interface GroupContext {
  group: GroupRow;
  subjects: SubjectRow[];
}

export function loadGroupContext(db: Db, groupId: number): GroupContext {
  const group = findGroup(db, groupId);
  if (!group) throw notFound(cohortRulesFr.groupNotFound);
  return { group, subjects: cohortSubjects(db, group.cohortId) };
}

/**
 * The averages of the group's members over the scope: three reads (members, marks, settings),
 * whatever the number of learners and evaluations.
 */
export function groupAverages(db: Db, { group, subjects }: GroupContext, scope: Scope): GroupAverages {
  const settings = readSettings(db).marks;
  const periodIds = scope.periods.map((p) => p.id);
  const members = membersDuring(db, group.id, scope.startDate, scope.endDate);
  const marks = marksOfMembers(db, group.id, scope.startDate, scope.endDate, periodIds);
  const computed = computeAverages(subjects, members, marks, settings);
  return {
    group: { id: group.id, name: group.name, cohortId: group.cohortId, cohortName: group.cohortName },
    scope: {
      periodId: scope.periodId,
      trainingYear: scope.trainingYear,
      name: scope.name,
      startDate: scope.startDate,
      endDate: scope.endDate,
      periodIds,
    },
    display: {
      displayRounding: settings.displayRounding,
      showRank: settings.showRank,
      absCountsAsZero: settings.absCountsAsZero,
    },
    subjects: subjects.map((s) => ({
      subjectId: s.subjectId,
      name: s.name,
      unitCode: s.unitCode,
      coefficient: s.coefficient,
      cohortCoefficient: s.cohortCoefficient,
    })),
    learners: computed.learners,
    classStatistics: computed.classStatistics,
  };
}
