import type { Group } from '../../../../shared/api/cohorts';
import { isPlannable } from '../../../../shared/domain/group-size';
import type { Db } from '../../db/open';

interface GroupRow {
  id: number;
  cohort_id: number;
  cohort_name: string;
  name: string;
  learner_count: number;
}

const SELECT_GROUP = `
  SELECT g.id, g.cohort_id, c.name AS cohort_name, g.name,
         (SELECT count(*) FROM group_memberships m WHERE m.group_id = g.id AND m.end_date IS NULL)
           AS learner_count
  FROM groups g JOIN cohorts c ON c.id = g.cohort_id`;

function toGroup(row: GroupRow): Group {
  return {
    id: row.id,
    cohortId: row.cohort_id,
    name: row.name,
    learnerCount: row.learner_count,
    plannable: isPlannable(row.learner_count),
  };
}

export function findGroup(db: Db, id: number): Group | null {
  const row = db.prepare(`${SELECT_GROUP} WHERE g.id = ?`).get(id) as GroupRow | undefined;
  return row ? toGroup(row) : null;
}

/** Groups of one cohort, or of every cohort that is not archived. */
export function listGroups(db: Db, cohortId: number | null): (Group & { cohortName: string })[] {
  const rows = (
    cohortId === null
      ? db
          .prepare(
            `${SELECT_GROUP} WHERE c.archived_at IS NULL
             ORDER BY c.name COLLATE NOCASE, g.name COLLATE NOCASE`,
          )
          .all()
      : db.prepare(`${SELECT_GROUP} WHERE g.cohort_id = ? ORDER BY g.name COLLATE NOCASE`).all(cohortId)
  ) as GroupRow[];
  return rows.map((row) => ({ ...toGroup(row), cohortName: row.cohort_name }));
}

/** Whether another group of the cohort has this name, whatever its case. */
export function groupNameTaken(db: Db, cohortId: number, name: string, exceptId: number | null): boolean {
  return (
    db
      .prepare('SELECT 1 FROM groups WHERE cohort_id = ? AND name = ? COLLATE NOCASE AND id IS NOT ?')
      .get(cohortId, name, exceptId) !== undefined
  );
}

export function insertGroup(db: Db, cohortId: number, name: string, now: Date): number {
  const { lastInsertRowid } = db
    .prepare('INSERT INTO groups (cohort_id, name, created_at) VALUES (?, ?, ?)')
    .run(cohortId, name, now.toISOString());
  return Number(lastInsertRowid);
}

export function renameGroup(db: Db, id: number, name: string): void {
  db.prepare('UPDATE groups SET name = ? WHERE id = ?').run(name, id);
}

/** Whether any learner was ever in the group, even for a past period. */
export function groupHasHistory(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM group_memberships WHERE group_id = ? LIMIT 1').get(id) !== undefined;
}

export function deleteGroup(db: Db, id: number): void {
  db.prepare('DELETE FROM groups WHERE id = ?').run(id);
}
