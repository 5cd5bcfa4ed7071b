import { appreciationsFr as t } from '../../../../shared/i18n/fr/appreciations';
import { averagesFr } from '../../../../shared/i18n/fr/averages';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { Db } from '../../db/open';
import { conflict, notFound } from '../../errors';
import {
  findGroup,
  findPeriod,
  type GroupRow,
  learnerGroupsDuring,
  learnerName,
  type PeriodRow,
} from '../averages/repository';
import type { WriteTarget } from './access';
import { findSubject } from './repository';

/** A learner during a period: their name and the groups of the period's cohort they were in. */
export interface LearnerInPeriod {
  name: string;
  period: PeriodRow;
  groups: GroupRow[];
}

export function learnerInPeriod(db: Db, learnerId: number, periodId: number): LearnerInPeriod {
  const name = learnerName(db, learnerId);
  if (name === null) throw notFound(cohortRulesFr.learnerNotFound);
  const period = findPeriod(db, periodId);
  if (!period) throw notFound(averagesFr.periodNotFound);
  const groups = learnerGroupsDuring(db, learnerId, period.startDate, period.endDate)
    .map((id) => findGroup(db, id)!)
    .filter((g) => g.cohortId === period.cohortId);
  return { name, period, groups };
}

/** What an appreciation of this learner × period × subject is written against; refuses a stray subject. */
export function writeTarget(
  db: Db,
  learnerId: number,
  periodId: number,
  subjectId: number | null,
): WriteTarget {
  const { name, period, groups } = learnerInPeriod(db, learnerId, periodId);
  if (groups.length === 0) throw conflict(t.learnerNotInPeriod(name, period.name));
  if (subjectId === null) return { period, groups, subject: null };
  const subject = findSubject(db, subjectId);
  if (!subject) throw notFound(t.subjectNotFound);
  if (subject.programmeId !== groups[0]!.programmeId) {
    throw conflict(t.subjectNotInProgramme(subject.name, groups[0]!.cohortName));
  }
  return { period, groups, subject: { id: subject.id, name: subject.name } };
}
