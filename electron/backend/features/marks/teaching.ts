import type { User } from '../../../../shared/api/auth';
import { marksFr as t } from '../../../../shared/i18n/fr/marks';
import type { Db } from '../../db/open';
import { type AppError, forbidden } from '../../errors';
import { groupFacts } from '../cohorts/membership';
import { findSubject, linkedTrainerId } from './repository';
import { teaches } from './teaching-repository';

/**
 * THE rule of who writes marks and appreciations (issue 5 §6), in one place: managers and
 * administrators everywhere; a trainer only for the groups × subjects they teach, either set on
 * the group (teaching_assignments) or found in the planning (a session of that group × subject
 * with them as trainer); advisers nowhere (they read).
 */
export function canTeach(db: Db, user: User, groupId: number, subjectId: number): boolean {
  if (user.role === 'admin' || user.role === 'manager') return true;
  if (user.role !== 'trainer') return false;
  const trainerId = linkedTrainerId(db, user.id);
  return trainerId !== null && teaches(db, trainerId, groupId, subjectId);
}

/** Why `user` may not write this group × subject (FORBIDDEN, in French), or null when they may. */
export function teachingRefusal(db: Db, user: User, groupId: number, subjectId: number): AppError | null {
  if (canTeach(db, user, groupId, subjectId)) return null;
  if (user.role === 'adviser') return forbidden(t.adviserReadOnly);
  if (linkedTrainerId(db, user.id) === null) return forbidden(t.noTrainerRecord);
  const subject = findSubject(db, subjectId)?.name ?? String(subjectId);
  return forbidden(t.notTeaching(groupFacts(db, groupId).name, subject));
}

/** Throws the refusal, if any: every write on marks or appreciations goes through here. */
export function assertTeaches(db: Db, user: User, groupId: number, subjectId: number): void {
  const refusal = teachingRefusal(db, user, groupId, subjectId);
  if (refusal) throw refusal;
}
