import type { PERIOD_KINDS } from '../../../../shared/api/marks';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** The records marks stand on (cohorts, subjects, periods, people), and the periods' writes. */

type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface CohortRow {
  id: number;
  name: string;
  programmeId: number;
  startDate: string;
  endDate: string;
  yearFrom: number;
  yearTo: number;
  archived: boolean;
}

export interface SubjectRow {
  id: number;
  programmeId: number;
  position: number;
  name: string;
  unitCode: string | null;
  coefficient: number;
}

export interface PeriodRow {
  id: number;
  cohortId: number;
  kind: PeriodKind;
  position: number;
  name: string;
  startDate: string;
  endDate: string;
  closed: { at: string; byUserId: number; byName: string } | null;
  evaluationCount: number;
}

const COHORT = `SELECT id, name, programme_id AS programmeId, start_date AS startDate, end_date AS endDate,
  year_from AS yearFrom, year_to AS yearTo, archived_at IS NOT NULL AS archived FROM cohorts`;

export function findCohort(db: Db, id: number): CohortRow | null {
  const row = stmt(db, `${COHORT} WHERE id = ?`).get(id) as
    (Omit<CohortRow, 'archived'> & { archived: number }) | undefined;
  return row ? { ...row, archived: row.archived === 1 } : null;
}

const SUBJECT = `SELECT id, programme_id AS programmeId, position, name, unit_code AS unitCode, coefficient
  FROM programme_subjects`;

export function findSubject(db: Db, id: number): SubjectRow | null {
  return (stmt(db, `${SUBJECT} WHERE id = ?`).get(id) as SubjectRow | undefined) ?? null;
}

export function programmeSubjects(db: Db, programmeId: number): SubjectRow[] {
  return stmt(db, `${SUBJECT} WHERE programme_id = ? ORDER BY position, id`).all(programmeId) as SubjectRow[];
}

export function programmeUnitCodes(db: Db, programmeId: number): string[] {
  return (
    stmt(db, 'SELECT code FROM programme_units WHERE programme_id = ? ORDER BY position').all(
      programmeId,
    ) as {
      code: string;
    }[]
  ).map((r) => r.code);
}

// ---------------------------------------------------------------- periods

interface PeriodDbRow {
  id: number;
  cohortId: number;
  kind: PeriodKind;
  position: number;
  name: string;
  startDate: string;
  endDate: string;
  closedAt: string | null;
  closedBy: number | null;
  closedByName: string | null;
  evaluationCount: number;
}

const PERIOD = `SELECT p.id, p.cohort_id AS cohortId, p.kind, p.position, p.name, p.start_date AS startDate,
  p.end_date AS endDate, p.closed_at AS closedAt, p.closed_by AS closedBy, u.display_name AS closedByName,
  (SELECT count(*) FROM evaluations e WHERE e.period_id = p.id) AS evaluationCount
  FROM periods p LEFT JOIN users u ON u.id = p.closed_by`;

function toPeriod(row: PeriodDbRow): PeriodRow {
  const { closedAt, closedBy, closedByName, ...rest } = row;
  return {
    ...rest,
    closed:
      closedAt !== null && closedBy !== null
        ? { at: closedAt, byUserId: closedBy, byName: closedByName ?? '' }
        : null,
  };
}

export function findPeriod(db: Db, id: number): PeriodRow | null {
  const row = stmt(db, `${PERIOD} WHERE p.id = ?`).get(id) as PeriodDbRow | undefined;
  return row ? toPeriod(row) : null;
}

export function cohortPeriods(db: Db, cohortId: number): PeriodRow[] {
  return (stmt(db, `${PERIOD} WHERE p.cohort_id = ? ORDER BY p.position`).all(cohortId) as PeriodDbRow[]).map(
    toPeriod,
  );
}

export function deletePeriods(db: Db, cohortId: number): void {
  stmt(db, 'DELETE FROM periods WHERE cohort_id = ?').run(cohortId);
}

export function insertPeriod(
  db: Db,
  p: {
    cohortId: number;
    kind: PeriodKind;
    position: number;
    name: string;
    startDate: string;
    endDate: string;
  },
): void {
  stmt(
    db,
    'INSERT INTO periods (cohort_id, kind, position, name, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(p.cohortId, p.kind, p.position, p.name, p.startDate, p.endDate);
}

export function updatePeriod(db: Db, id: number, name: string, startDate: string, endDate: string): void {
  stmt(db, 'UPDATE periods SET name = ?, start_date = ?, end_date = ? WHERE id = ?').run(
    name,
    startDate,
    endDate,
    id,
  );
}

export function setPeriodClosed(db: Db, id: number, closed: { at: string; by: number } | null): void {
  stmt(db, 'UPDATE periods SET closed_at = ?, closed_by = ? WHERE id = ?').run(
    closed?.at ?? null,
    closed?.by ?? null,
    id,
  );
}

export function insertReopening(db: Db, periodId: number, reason: string, userId: number, at: string): void {
  stmt(
    db,
    'INSERT INTO period_reopenings (period_id, reason, reopened_by, reopened_at) VALUES (?, ?, ?, ?)',
  ).run(periodId, reason, userId, at);
}

/** Evaluations of a period that new dates would leave out: how many, and the first by date. */
export function evaluationsOutside(
  db: Db,
  periodId: number,
  startDate: string,
  endDate: string,
): { count: number; title: string; date: string } | null {
  const row = stmt(
    db,
    `SELECT title, date, count(*) OVER () AS count FROM evaluations
     WHERE period_id = ? AND (date < ? OR date > ?) ORDER BY date, id LIMIT 1`,
  ).get(periodId, startDate, endDate) as { count: number; title: string; date: string } | undefined;
  return row ?? null;
}

// ---------------------------------------------------------------- people

export function linkedTrainerId(db: Db, userId: number): number | null {
  const row = stmt(db, 'SELECT id FROM trainers WHERE user_id = ?').get(userId) as { id: number } | undefined;
  return row?.id ?? null;
}

export function trainerExists(db: Db, id: number): boolean {
  return stmt(db, 'SELECT 1 FROM trainers WHERE id = ?').get(id) !== undefined;
}

export function learnerName(db: Db, id: number): string | null {
  const row = stmt(db, "SELECT first_name || ' ' || surname AS name FROM learners WHERE id = ?").get(id) as
    { name: string } | undefined;
  return row?.name ?? null;
}
