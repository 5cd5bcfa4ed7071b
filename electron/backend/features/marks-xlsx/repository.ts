import type { MarkCode, MarkEntry } from '../../../../shared/domain/marks/mark-input';
import type { Db } from '../../db/open';

/** The XLSX round trip's own SQL: cells with when and by whom they last changed. */

export interface CellState {
  evaluationId: number;
  learnerId: number;
  entry: MarkEntry;
  updatedAt: string;
  updatedBy: string;
}

interface CellRow {
  evaluationId: number;
  learnerId: number;
  mark: number | null;
  code: MarkCode | null;
  updatedAt: string;
  updatedBy: string;
}

const toState = (r: CellRow): CellState => ({
  evaluationId: r.evaluationId,
  learnerId: r.learnerId,
  entry: r.mark !== null ? { kind: 'mark', mark: r.mark } : { kind: 'code', code: r.code! },
  updatedAt: r.updatedAt,
  updatedBy: r.updatedBy,
});

const CELL = `SELECT m.evaluation_id AS evaluationId, m.learner_id AS learnerId, m.mark, m.code,
    m.updated_at AS updatedAt, u.display_name AS updatedBy
  FROM marks m JOIN users u ON u.id = m.updated_by`;

/** The filled cells of a group × subject × period. */
export function sheetCellStates(db: Db, groupId: number, subjectId: number, periodId: number): CellState[] {
  return (
    db
      .prepare(
        `${CELL} JOIN evaluations e ON e.id = m.evaluation_id
         WHERE e.group_id = ? AND e.subject_id = ? AND e.period_id = ?`,
      )
      .all(groupId, subjectId, periodId) as CellRow[]
  ).map(toState);
}

/** One cell now; null when it is empty. */
export function cellState(db: Db, evaluationId: number, learnerId: number): CellState | null {
  const row = db
    .prepare(`${CELL} WHERE m.evaluation_id = ? AND m.learner_id = ?`)
    .get(evaluationId, learnerId) as CellRow | undefined;
  return row ? toState(row) : null;
}

/** The subjects a group has evaluations of in a period, in programme order. */
export function evaluatedSubjects(db: Db, groupId: number, periodId: number): number[] {
  return (
    db
      .prepare(
        `SELECT DISTINCT s.id, s.position FROM evaluations e JOIN programme_subjects s ON s.id = e.subject_id
         WHERE e.group_id = ? AND e.period_id = ? ORDER BY s.position, s.id`,
      )
      .all(groupId, periodId) as { id: number }[]
  ).map((r) => r.id);
}
