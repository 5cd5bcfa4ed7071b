import type { RESULT_OUTCOMES } from '../../../../shared/api/exams';
import type { Db } from '../../db/open';

/** The actual results of a cohort's past exam sessions (exam_results). */

export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

export interface ResultRow {
  sessionYear: number;
  learnerId: number;
  surname: string;
  firstName: string;
  outcome: ResultOutcome;
  average: number | null;
}

export function cohortResults(db: Db, cohortId: number): ResultRow[] {
  return db
    .prepare(
      `SELECT r.session_year AS sessionYear, r.learner_id AS learnerId, l.surname, l.first_name AS firstName,
         r.outcome, r.average
       FROM exam_results r JOIN learners l ON l.id = r.learner_id
       WHERE r.cohort_id = ?
       ORDER BY r.session_year DESC, l.surname COLLATE NOCASE, l.first_name COLLATE NOCASE, l.id`,
    )
    .all(cohortId) as ResultRow[];
}

export function replaceSessionResults(
  db: Db,
  cohortId: number,
  sessionYear: number,
  results: readonly { learnerId: number; outcome: ResultOutcome; average: number | null }[],
  userId: number,
  now: Date,
): void {
  db.prepare('DELETE FROM exam_results WHERE cohort_id = ? AND session_year = ?').run(cohortId, sessionYear);
  const insert = db.prepare(
    `INSERT INTO exam_results (cohort_id, session_year, learner_id, outcome, average, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of results) {
    insert.run(cohortId, sessionYear, r.learnerId, r.outcome, r.average, userId, now.toISOString());
  }
}
