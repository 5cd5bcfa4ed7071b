import type { EVALUATION_KINDS } from '../../../../shared/api/marks';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** Evaluations of a group × subject × period: SQL only. */

export interface EvaluationRow {
  id: number;
  groupId: number;
  subjectId: number;
  subjectName: string;
  periodId: number;
  periodName: string;
  title: string;
  date: string;
  kind: (typeof EVALUATION_KINDS)[number];
  coefficient: number;
  scale: number;
  unitCode: string | null;
  markCount: number;
  /** Version token (shared/api/versions.ts). */
  updatedAt: string;
}

export interface EvaluationFields {
  periodId: number;
  title: string;
  date: string;
  kind: (typeof EVALUATION_KINDS)[number];
  coefficient: number;
  scale: number;
  unitCode: string | null;
}

const EVALUATION = `SELECT e.id, e.group_id AS groupId, e.subject_id AS subjectId, s.name AS subjectName,
  e.period_id AS periodId, p.name AS periodName, e.title, e.date, e.kind, e.coefficient, e.scale,
  e.unit_code AS unitCode, (SELECT count(*) FROM marks m WHERE m.evaluation_id = e.id) AS markCount,
  e.updated_at AS updatedAt
  FROM evaluations e JOIN programme_subjects s ON s.id = e.subject_id JOIN periods p ON p.id = e.period_id`;

const ORDER = 'ORDER BY e.date, e.id';

export function findEvaluation(db: Db, id: number): EvaluationRow | null {
  return (stmt(db, `${EVALUATION} WHERE e.id = ?`).get(id) as EvaluationRow | undefined) ?? null;
}

/** A group's evaluations, by date; a null filter takes every subject or period. */
export function listEvaluations(
  db: Db,
  groupId: number,
  subjectId: number | null,
  periodId: number | null,
): EvaluationRow[] {
  return stmt(
    db,
    `${EVALUATION} WHERE e.group_id = @groupId AND (@subjectId IS NULL OR e.subject_id = @subjectId) AND (@periodId IS NULL OR e.period_id = @periodId)
     ${ORDER}`,
  ).all({ groupId, subjectId, periodId }) as EvaluationRow[];
}

export function sheetEvaluations(
  db: Db,
  groupId: number,
  subjectId: number,
  periodId: number,
): EvaluationRow[] {
  return stmt(db, `${EVALUATION} WHERE e.group_id = ? AND e.subject_id = ? AND e.period_id = ? ${ORDER}`).all(
    groupId,
    subjectId,
    periodId,
  ) as EvaluationRow[];
}

export function insertEvaluation(
  db: Db,
  e: EvaluationFields & { groupId: number; subjectId: number },
  userId: number,
  at: string,
): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO evaluations (group_id, subject_id, period_id, title, date, kind, coefficient, scale, unit_code,
       created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    e.groupId,
    e.subjectId,
    e.periodId,
    e.title,
    e.date,
    e.kind,
    e.coefficient,
    e.scale,
    e.unitCode,
    userId,
    at,
    at,
  );
  return Number(lastInsertRowid);
}

/** `at` is the evaluation's new version token. */
export function updateEvaluation(db: Db, id: number, e: EvaluationFields, at: string): void {
  stmt(
    db,
    `UPDATE evaluations SET period_id = ?, title = ?, date = ?, kind = ?, coefficient = ?, scale = ?, unit_code = ?,
       updated_at = ? WHERE id = ?`,
  ).run(e.periodId, e.title, e.date, e.kind, e.coefficient, e.scale, e.unitCode, at, id);
}

export function deleteEvaluation(db: Db, id: number): void {
  stmt(db, 'DELETE FROM evaluations WHERE id = ?').run(id);
}

export function highestMark(db: Db, evaluationId: number): number | null {
  return (
    stmt(db, 'SELECT max(mark) AS m FROM marks WHERE evaluation_id = ?').get(evaluationId) as {
      m: number | null;
    }
  ).m;
}

// ---------------------------------------------------------------- cohorts' coefficients

export function cohortCoefficients(db: Db, cohortId: number): Map<number, number> {
  const rows = stmt(
    db,
    'SELECT subject_id AS subjectId, coefficient FROM cohort_subject_coefficients WHERE cohort_id = ?',
  ).all(cohortId) as { subjectId: number; coefficient: number }[];
  return new Map(rows.map((r) => [r.subjectId, r.coefficient]));
}

export function setCohortCoefficient(
  db: Db,
  cohortId: number,
  subjectId: number,
  coefficient: number | null,
): void {
  if (coefficient === null) {
    stmt(db, 'DELETE FROM cohort_subject_coefficients WHERE cohort_id = ? AND subject_id = ?').run(
      cohortId,
      subjectId,
    );
    return;
  }
  stmt(
    db,
    `INSERT INTO cohort_subject_coefficients (cohort_id, subject_id, coefficient) VALUES (?, ?, ?)
     ON CONFLICT (cohort_id, subject_id) DO UPDATE SET coefficient = excluded.coefficient`,
  ).run(cohortId, subjectId, coefficient);
}
