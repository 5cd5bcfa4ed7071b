import type { Db } from '../../db/open';

/** A table whose rows point to programme subjects without being deleted along with them. */
interface Referrer {
  table: string;
  column: string;
}

/**
 * Every foreign key to programme_subjects whose ON DELETE is not CASCADE, read from the schema
 * itself: tables added later (sessions, evaluations…) protect their subjects without this code
 * having to know them. Cascading ones (a trainer's qualifications) simply follow the subject.
 */
function subjectReferrers(db: Db): Referrer[] {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  const referrers: Referrer[] = [];
  for (const { name } of tables) {
    const keys = db.pragma(`foreign_key_list("${name.replaceAll('"', '""')}")`) as {
      table: string;
      from: string;
      on_delete: string;
    }[];
    for (const key of keys) {
      if (key.table.toLowerCase() === 'programme_subjects' && key.on_delete.toUpperCase() !== 'CASCADE') {
        referrers.push({ table: name, column: key.from });
      }
    }
  }
  return referrers;
}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

/** How many rows of each protecting table still point to these subjects, per subject id. */
export function subjectUses(
  db: Db,
  subjectIds: readonly number[],
): Map<number, { table: string; count: number }[]> {
  const uses = new Map<number, { table: string; count: number }[]>();
  if (subjectIds.length === 0) return uses;
  for (const { table, column } of subjectReferrers(db)) {
    const count = db.prepare(`SELECT count(*) AS n FROM ${quote(table)} WHERE ${quote(column)} = ?`);
    for (const id of subjectIds) {
      const { n } = count.get(id) as { n: number };
      if (n > 0) uses.set(id, [...(uses.get(id) ?? []), { table, count: n }]);
    }
  }
  return uses;
}

/** Dispensations and kept marks of learners in this programme's cohorts that name a unit code. */
export function unitCodeUses(
  db: Db,
  programmeId: number,
  code: string,
): { dispensations: number; keptMarks: number } {
  const count = (table: 'learner_dispensations' | 'learner_kept_marks') =>
    (
      db
        .prepare(
          `SELECT count(*) AS n FROM ${table} x
           JOIN learners l ON l.id = x.learner_id
           JOIN cohorts c ON c.id = l.cohort_id
           WHERE c.programme_id = ? AND x.unit_code = ?`,
        )
        .get(programmeId, code) as { n: number }
    ).n;
  return { dispensations: count('learner_dispensations'), keptMarks: count('learner_kept_marks') };
}
