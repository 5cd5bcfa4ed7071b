import type { z } from 'zod';
import type { learnerAverageSchema } from '../../../../shared/api/marks';
import {
  type AverageSettings,
  type SubjectAverage,
  subjectAverage,
  subjectAveragesByPeriod,
} from '../../../../shared/domain/marks/averages';
import type { Db } from '../../db/open';
import { type AverageItemRow, learnerSubjectMarks, subjectMarks } from './marks-repository';

export type LearnerAverage = z.infer<typeof learnerAverageSchema>;

const NONE: SubjectAverage = subjectAverage([]);

/**
 * A learner's subject average for a period and for its training year, from all their marks of
 * the subject in those periods, whatever group they sat them in (a learner who moved group
 * mid-period keeps the marks of the first one).
 */
function toAverage(
  learnerId: number,
  periodId: number,
  items: readonly AverageItemRow[],
  settings: AverageSettings,
): LearnerAverage {
  const { periods, year } = subjectAveragesByPeriod(
    items.map((i) => ({ entry: i.entry, coefficient: i.coefficient, scale: i.scale, period: i.periodId })),
    settings,
  );
  return { learnerId, period: periods.get(periodId) ?? NONE, year };
}

/** The averages of every learner of `learnerIds`, in that order. */
export function learnersAverages(
  db: Db,
  settings: AverageSettings,
  subjectId: number,
  periodId: number,
  yearPeriodIds: readonly number[],
  learnerIds: readonly number[],
): LearnerAverage[] {
  const byLearner = new Map<number, AverageItemRow[]>(learnerIds.map((id) => [id, []]));
  for (const item of subjectMarks(db, subjectId, yearPeriodIds)) byLearner.get(item.learnerId)?.push(item);
  return learnerIds.map((id) => toAverage(id, periodId, byLearner.get(id)!, settings));
}

export function learnerAverage(
  db: Db,
  settings: AverageSettings,
  learnerId: number,
  subjectId: number,
  periodId: number,
  yearPeriodIds: readonly number[],
): LearnerAverage {
  return toAverage(
    learnerId,
    periodId,
    learnerSubjectMarks(db, learnerId, subjectId, yearPeriodIds),
    settings,
  );
}
