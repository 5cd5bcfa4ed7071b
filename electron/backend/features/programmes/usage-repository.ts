import type { Db } from '../../db/open';

/** What names a unit code of a programme: learners' records and the marks area's. */
export interface UnitCodeUses {
  dispensations: number;
  keptMarks: number;
  /** What the exam simulator was told about a learner's unit. */
  examEntries: number;
  /** BTS blancs mapped to the unit. */
  blancEvaluations: number;
}

/** Everything in this programme's cohorts that names a unit code (an orphan code would lose it). */
export function unitCodeUses(db: Db, programmeId: number, code: string): UnitCodeUses {
  const perLearner = (table: 'learner_dispensations' | 'learner_kept_marks' | 'exam_unit_entries') =>
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
  const blancEvaluations = (
    db
      .prepare(
        `SELECT count(*) AS n FROM evaluations e
         JOIN groups g ON g.id = e.group_id
         JOIN cohorts c ON c.id = g.cohort_id
         WHERE c.programme_id = ? AND e.unit_code = ?`,
      )
      .get(programmeId, code) as { n: number }
  ).n;
  return {
    dispensations: perLearner('learner_dispensations'),
    keptMarks: perLearner('learner_kept_marks'),
    examEntries: perLearner('exam_unit_entries'),
    blancEvaluations,
  };
}

export function totalUses(uses: UnitCodeUses): number {
  return uses.dispensations + uses.keptMarks + uses.examEntries + uses.blancEvaluations;
}
