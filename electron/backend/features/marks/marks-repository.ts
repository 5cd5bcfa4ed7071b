import type { MARK_SOURCES } from '../../../../shared/api/marks';
import type { MarkCode, MarkEntry } from '../../../../shared/domain/marks/mark-input';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** Marks, the learners they belong to, and their history: SQL only. */

interface MarkDbRow {
  evaluationId: number;
  learnerId: number;
  mark: number | null;
  code: MarkCode | null;
  updatedAt: string;
}

export interface MarkRow {
  evaluationId: number;
  learnerId: number;
  entry: MarkEntry;
  /** The cell's version token (shared/api/versions.ts). */
  updatedAt: string;
}

const toEntry = (row: { mark: number | null; code: MarkCode | null }): MarkEntry =>
  row.mark !== null ? { kind: 'mark', mark: row.mark } : { kind: 'code', code: row.code! };

const toMark = (row: MarkDbRow): MarkRow => ({
  evaluationId: row.evaluationId,
  learnerId: row.learnerId,
  entry: toEntry(row),
  updatedAt: row.updatedAt,
});

const MARK = `SELECT m.evaluation_id AS evaluationId, m.learner_id AS learnerId, m.mark, m.code,
  m.updated_at AS updatedAt FROM marks m`;

export function findMark(db: Db, evaluationId: number, learnerId: number): MarkEntry {
  const row = stmt(db, `${MARK} WHERE m.evaluation_id = ? AND m.learner_id = ?`).get(
    evaluationId,
    learnerId,
  ) as MarkDbRow | undefined;
  return row ? toEntry(row) : { kind: 'empty' };
}

export function evaluationMarks(db: Db, evaluationId: number): MarkRow[] {
  return (stmt(db, `${MARK} WHERE m.evaluation_id = ?`).all(evaluationId) as MarkDbRow[]).map(toMark);
}

export function sheetMarks(db: Db, groupId: number, subjectId: number, periodId: number): MarkRow[] {
  return (
    stmt(
      db,
      `${MARK} JOIN evaluations e ON e.id = m.evaluation_id WHERE e.group_id = ? AND e.subject_id = ? AND e.period_id = ?`,
    ).all(groupId, subjectId, periodId) as MarkDbRow[]
  ).map(toMark);
}

/** Writes a cell: a mark, a code, or no row for an empty cell; `at` is its new version token. */
export function writeMark(
  db: Db,
  evaluationId: number,
  learnerId: number,
  entry: MarkEntry,
  userId: number,
  at: string,
): void {
  if (entry.kind === 'empty') {
    stmt(db, 'DELETE FROM marks WHERE evaluation_id = ? AND learner_id = ?').run(evaluationId, learnerId);
    return;
  }
  stmt(
    db,
    `INSERT INTO marks (evaluation_id, learner_id, mark, code, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (evaluation_id, learner_id) DO UPDATE SET mark = excluded.mark, code = excluded.code,
       updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(
    evaluationId,
    learnerId,
    entry.kind === 'mark' ? entry.mark : null,
    entry.kind === 'code' ? entry.code : null,
    userId,
    at,
  );
}

/** A learner's marks of one subject in some periods, with what averages weigh them by. */
export interface AverageItemRow {
  learnerId: number;
  periodId: number;
  coefficient: number;
  scale: number;
  entry: MarkEntry;
}

type ItemDbRow = Omit<AverageItemRow, 'entry'> & Omit<MarkDbRow, 'updatedAt'>;

const toItem = (r: ItemDbRow): AverageItemRow => ({
  learnerId: r.learnerId,
  periodId: r.periodId,
  coefficient: r.coefficient,
  scale: r.scale,
  entry: toEntry(r),
});

export function subjectMarks(db: Db, subjectId: number, periodIds: readonly number[]): AverageItemRow[] {
  const rows = stmt(
    db,
    `SELECT m.learner_id AS learnerId, e.period_id AS periodId, e.coefficient, e.scale, m.mark, m.code
     FROM evaluations e JOIN marks m ON m.evaluation_id = e.id
     WHERE e.subject_id = ? AND e.period_id IN (SELECT value FROM json_each(?))`,
  ).all(subjectId, JSON.stringify(periodIds)) as ItemDbRow[];
  return rows.map(toItem);
}

export function learnerSubjectMarks(
  db: Db,
  learnerId: number,
  subjectId: number,
  periodIds: readonly number[],
): AverageItemRow[] {
  const rows = stmt(
    db,
    `SELECT m.learner_id AS learnerId, e.period_id AS periodId, e.coefficient, e.scale, m.mark, m.code
     FROM marks m JOIN evaluations e ON e.id = m.evaluation_id
     WHERE m.learner_id = ? AND e.subject_id = ? AND e.period_id IN (SELECT value FROM json_each(?))`,
  ).all(learnerId, subjectId, JSON.stringify(periodIds)) as ItemDbRow[];
  return rows.map(toItem);
}

// ---------------------------------------------------------------- who is on a sheet

export interface MemberRow {
  id: number;
  surname: string;
  firstName: string;
  /** The first day in the group within the dates asked, and the day they left it (null: still in). */
  startDate: string;
  endDate: string | null;
}

/**
 * Learners in the group at any time between `start` and `end`. A membership runs from its start
 * to the day before its end date (the day the learner moved, as cohorts/membership.ts writes it).
 */
export function membersDuring(db: Db, groupId: number, start: string, end: string): MemberRow[] {
  return stmt(
    db,
    `SELECT l.id, l.surname, l.first_name AS firstName, min(g.start_date) AS startDate,
       CASE WHEN count(*) = count(g.end_date) THEN max(g.end_date) END AS endDate
     FROM group_memberships g JOIN learners l ON l.id = g.learner_id
     WHERE g.group_id = ? AND g.start_date <= ? AND (g.end_date IS NULL OR g.end_date > ?)
     GROUP BY l.id`,
  ).all(groupId, end, start) as MemberRow[];
}

export function memberDuring(
  db: Db,
  groupId: number,
  learnerId: number,
  start: string,
  end: string,
): boolean {
  return (
    stmt(
      db,
      `SELECT 1 FROM group_memberships WHERE group_id = ? AND learner_id = ? AND start_date <= ?
       AND (end_date IS NULL OR end_date > ?) LIMIT 1`,
    ).get(groupId, learnerId, end, start) !== undefined
  );
}

// ---------------------------------------------------------------- history

export function insertHistory(
  db: Db,
  h: {
    evaluationId: number;
    learnerId: number;
    oldValue: string;
    newValue: string;
    source: (typeof MARK_SOURCES)[number];
    userId: number;
    at: string;
  },
): void {
  stmt(
    db,
    `INSERT INTO mark_history (evaluation_id, learner_id, old_value, new_value, source, changed_by, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(h.evaluationId, h.learnerId, h.oldValue, h.newValue, h.source, h.userId, h.at);
}

export interface HistoryRow {
  id: number;
  evaluationId: number;
  evaluationTitle: string;
  subjectId: number;
  subjectName: string;
  periodName: string;
  learnerId: number;
  learnerName: string;
  oldValue: string;
  newValue: string;
  source: (typeof MARK_SOURCES)[number];
  changedById: number;
  changedByName: string;
  changedAt: string;
}

export function markHistory(db: Db, learnerId: number, evaluationId: number | null): HistoryRow[] {
  return stmt(
    db,
    `SELECT h.id, h.evaluation_id AS evaluationId, e.title AS evaluationTitle, e.subject_id AS subjectId,
       s.name AS subjectName, p.name AS periodName, h.learner_id AS learnerId,
       l.first_name || ' ' || l.surname AS learnerName, h.old_value AS oldValue, h.new_value AS newValue,
       h.source, h.changed_by AS changedById, u.display_name AS changedByName, h.changed_at AS changedAt
     FROM mark_history h
       JOIN evaluations e ON e.id = h.evaluation_id
       JOIN programme_subjects s ON s.id = e.subject_id
       JOIN periods p ON p.id = e.period_id
       JOIN learners l ON l.id = h.learner_id
       JOIN users u ON u.id = h.changed_by
     WHERE h.learner_id = @learnerId AND (@evaluationId IS NULL OR h.evaluation_id = @evaluationId)
     ORDER BY h.changed_at DESC, h.id DESC`,
  ).all({ learnerId, evaluationId }) as HistoryRow[];
}
