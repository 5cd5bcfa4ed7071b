import type { Db } from '../../db/open';

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
