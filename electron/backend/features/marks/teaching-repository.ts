import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** Who teaches a subject to a group: set on the group (teaching_assignments) or in the planning. */

export interface TeacherRow {
  subjectId: number;
  trainerId: number;
  name: string;
}

const NAME = "t.first_name || ' ' || t.surname";

export function assignedTeachers(db: Db, groupId: number): TeacherRow[] {
  return stmt(
    db,
    `SELECT a.subject_id AS subjectId, t.id AS trainerId, ${NAME} AS name
     FROM teaching_assignments a JOIN trainers t ON t.id = a.trainer_id WHERE a.group_id = ?`,
  ).all(groupId) as TeacherRow[];
}

export function plannedTeachers(db: Db, groupId: number): TeacherRow[] {
  return stmt(
    db,
    `SELECT DISTINCT s.subject_id AS subjectId, t.id AS trainerId, ${NAME} AS name
     FROM planned_sessions s JOIN trainers t ON t.id = s.trainer_id WHERE s.group_id = ?`,
  ).all(groupId) as TeacherRow[];
}

/** One indexed lookup each, as every save asks it. */
export function teaches(db: Db, trainerId: number, groupId: number, subjectId: number): boolean {
  return (
    stmt(
      db,
      `SELECT 1 WHERE EXISTS (SELECT 1 FROM teaching_assignments WHERE group_id = @groupId AND subject_id = @subjectId AND trainer_id = @trainerId)
         OR EXISTS (SELECT 1 FROM planned_sessions WHERE group_id = @groupId AND subject_id = @subjectId AND trainer_id = @trainerId)`,
    ).get({ groupId, subjectId, trainerId }) !== undefined
  );
}

export function replaceAssignments(
  db: Db,
  groupId: number,
  subjectId: number,
  trainerIds: readonly number[],
): void {
  stmt(db, 'DELETE FROM teaching_assignments WHERE group_id = ? AND subject_id = ?').run(groupId, subjectId);
  const insert = stmt(
    db,
    'INSERT INTO teaching_assignments (group_id, subject_id, trainer_id) VALUES (?, ?, ?)',
  );
  for (const trainerId of new Set(trainerIds)) insert.run(groupId, subjectId, trainerId);
}
