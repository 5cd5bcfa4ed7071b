import type { User } from '../../../../shared/api/auth';
import { averagesFr as t } from '../../../../shared/i18n/fr/averages';
import type { Db } from '../../db/open';
import { forbidden } from '../../errors';
import { linkedTrainerId } from '../attendance/sessions-repository';
import { canTeach } from '../marks/teaching';
import type { GroupRow, SubjectRow } from './repository';

/**
 * Reading a group's marks: managers, administrators and advisers any group; a trainer every
 * subject of a group they teach at least one subject to (the rule of who teaches what lives in
 * features/marks/teaching.ts), so that they see where their learners stand overall.
 */
export function teachesGroup(db: Db, user: User, groupId: number, subjects: readonly SubjectRow[]): boolean {
  if (user.role !== 'trainer') return true;
  return subjects.some((s) => canTeach(db, user, groupId, s.subjectId));
}

export function assertCanReadGroup(
  db: Db,
  user: User,
  group: GroupRow,
  subjects: readonly SubjectRow[],
): void {
  if (teachesGroup(db, user, group.id, subjects)) return;
  throw forbidden(linkedTrainerId(db, user.id) === null ? t.noTrainerRecord : t.notTeachingGroup(group.name));
}
