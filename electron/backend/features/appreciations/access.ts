import type { User } from '../../../../shared/api/auth';
import { appreciationsFr as t } from '../../../../shared/i18n/fr/appreciations';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { Db } from '../../db/open';
import { type AppError, conflict, forbidden } from '../../errors';
import type { GroupRow, PeriodRow } from '../averages/repository';
import { canTeach } from '../marks/teaching';
import { marksFr } from '../../../../shared/i18n/fr/marks';

/** Where an appreciation is written: the learner's group(s) in the period, the subject (null: general). */
export interface WriteTarget {
  period: PeriodRow;
  /** The groups the learner was in during the period (one, or two after a move). */
  groups: readonly GroupRow[];
  subject: { id: number; name: string } | null;
}

/**
 * Why the user may not write this appreciation, or null when they may. In this order: the role
 * (advisers read; the general appreciation is the managers'), the subject's trainer (teaching.ts
 * decides), an archived cohort, then a closed period, named with who closed it and when.
 */
export function writeRefusal(db: Db, user: User, target: WriteTarget): AppError | null {
  const { period, groups, subject } = target;
  const manager = user.role === 'admin' || user.role === 'manager';
  if (!manager) {
    if (user.role !== 'trainer') return forbidden(t.readOnlyAdviser);
    if (subject === null) return forbidden(t.generalManagersOnly);
    if (!groups.some((g) => canTeach(db, user, g.id, subject.id))) {
      return forbidden(t.notTeachingSubject(subject.name, groups.map((g) => g.name).join(', ')));
    }
  }
  const archived = groups.find((g) => g.archived);
  if (archived) return conflict(cohortRulesFr.archived(archived.cohortName));
  if (period.closedAt !== null)
    return conflict(marksFr.periodClosed(period.name, period.closedByName ?? '?', period.closedAt));
  return null;
}
