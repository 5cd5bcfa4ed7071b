import { byPersonName } from '../../../../shared/format/sort';
import type { MarkCode } from '../../../../shared/domain/marks/mark-input';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/**
 * What averages read: the group and its cohort, the cohort's periods, the programme's subjects
 * with their coefficients, the members during a span, and every mark of those members in the
 * periods — one query each, whatever the size of the group.
 */

export interface GroupRow {
  id: number;
  name: string;
  cohortId: number;
  cohortName: string;
  programmeId: number;
  /** The cohort's dates and training years, which place each period in its year. */
  startDate: string;
  endDate: string;
  yearFrom: number;
  yearTo: number;
  archived: boolean;
}

export function findGroup(db: Db, groupId: number): GroupRow | null {
  const row = stmt(
    db,
    `SELECT g.id, g.name, c.id AS cohortId, c.name AS cohortName, c.programme_id AS programmeId,
              c.start_date AS startDate, c.end_date AS endDate, c.year_from AS yearFrom, c.year_to AS yearTo, c.archived_at IS NOT NULL AS archived
       FROM groups g JOIN cohorts c ON c.id = g.cohort_id WHERE g.id = ?`,
  ).get(groupId) as (Omit<GroupRow, 'archived'> & { archived: number }) | undefined;
  return row ? { ...row, archived: row.archived === 1 } : null;
}

export interface PeriodRow {
  id: number;
  cohortId: number;
  kind: 'semester' | 'trimester';
  position: number;
  name: string;
  startDate: string;
  endDate: string;
  closedAt: string | null;
  closedByName: string | null;
}

const PERIOD_COLUMNS = `p.id, p.cohort_id AS cohortId, p.kind, p.position, p.name, p.start_date AS startDate,
  p.end_date AS endDate, p.closed_at AS closedAt, u.display_name AS closedByName`;

export function findPeriod(db: Db, periodId: number): PeriodRow | null {
  const row = stmt(
    db,
    `SELECT ${PERIOD_COLUMNS} FROM periods p LEFT JOIN users u ON u.id = p.closed_by WHERE p.id = ?`,
  ).get(periodId) as PeriodRow | undefined;
  return row ?? null;
}

export function cohortPeriods(db: Db, cohortId: number): PeriodRow[] {
  return stmt(
    db,
    `SELECT ${PERIOD_COLUMNS} FROM periods p LEFT JOIN users u ON u.id = p.closed_by
       WHERE p.cohort_id = ? ORDER BY p.position`,
  ).all(cohortId) as PeriodRow[];
}

export interface SubjectRow {
  subjectId: number;
  name: string;
  unitCode: string | null;
  coefficient: number;
  cohortCoefficient: boolean;
}

/** The programme's subjects in programme order, each weighed by the cohort's own coefficient if set. */
export function cohortSubjects(db: Db, cohortId: number): SubjectRow[] {
  const rows = stmt(
    db,
    `SELECT s.id AS subjectId, s.name, s.unit_code AS unitCode,
              COALESCE(o.coefficient, s.coefficient) AS coefficient, o.coefficient IS NOT NULL AS cohortCoefficient
       FROM cohorts c
       JOIN programme_subjects s ON s.programme_id = c.programme_id
       LEFT JOIN cohort_subject_coefficients o ON o.cohort_id = c.id AND o.subject_id = s.id
       WHERE c.id = ? ORDER BY s.position, s.id`,
  ).all(cohortId) as (Omit<SubjectRow, 'cohortCoefficient'> & { cohortCoefficient: number })[];
  return rows.map((r) => ({ ...r, cohortCoefficient: r.cohortCoefficient === 1 }));
}

export interface MemberRow {
  learnerId: number;
  surname: string;
  firstName: string;
}

/**
 * Members of the group on at least one day of [from, to] (a membership's end date is its first
 * day out), in French alphabetical order of surname then first name.
 */
export function membersDuring(db: Db, groupId: number, from: string, to: string): MemberRow[] {
  const rows = stmt(
    db,
    `SELECT l.id AS learnerId, l.surname, l.first_name AS firstName
     FROM learners l
     WHERE l.id IN (SELECT learner_id FROM group_memberships
                    WHERE group_id = @groupId AND start_date <= @to AND (end_date IS NULL OR end_date > @from))`,
  ).all({ groupId, from, to }) as MemberRow[];
  return rows.sort((a, b) => byPersonName(a, b) || a.learnerId - b.learnerId);
}

/** The groups of the learner's cohort they were in during [from, to], the latest first. */
export function learnerGroupsDuring(db: Db, learnerId: number, from: string, to: string): number[] {
  return (
    stmt(
      db,
      `SELECT group_id AS groupId FROM group_memberships
         WHERE learner_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
         ORDER BY start_date DESC, id DESC`,
    ).all(learnerId, to, from) as { groupId: number }[]
  ).map((r) => r.groupId);
}

export function learnerName(db: Db, learnerId: number): string | null {
  const row = stmt(db, "SELECT first_name || ' ' || surname AS name FROM learners WHERE id = ?").get(
    learnerId,
  ) as { name: string } | undefined;
  return row?.name ?? null;
}

/** [learner, subject, evaluation coefficient, evaluation scale, mark, code]: a tuple, read raw for speed. */
export type MarkRow = [
  learnerId: number,
  subjectId: number,
  coefficient: number,
  scale: number,
  mark: number | null,
  code: MarkCode | null,
];

/**
 * Every mark of the group's members in the periods, whichever group the evaluation was set to:
 * a learner's average is theirs, and follows them when they change group. One query, driven
 * from the memberships through the marks' learner index; rows come back as arrays, which
 * better-sqlite3 builds several times faster than objects (1 200 rows for 30 × 40).
 */
export function marksOfMembers(
  db: Db,
  groupId: number,
  from: string,
  to: string,
  periodIds: readonly number[],
): MarkRow[] {
  return stmt(
    db,
    `SELECT m.learner_id, e.subject_id, e.coefficient, e.scale, m.mark, m.code
     FROM (SELECT DISTINCT learner_id FROM group_memberships
           WHERE group_id = @groupId AND start_date <= @to AND (end_date IS NULL OR end_date > @from)) gm
     CROSS JOIN marks m ON m.learner_id = gm.learner_id
     CROSS JOIN evaluations e ON e.id = m.evaluation_id
     WHERE e.period_id IN (SELECT value FROM json_each(@periods))`,
  )
    .raw(true)
    .all({ groupId, from, to, periods: JSON.stringify(periodIds) }) as MarkRow[];
}

/** Each group of a cohort not archived, with the cohort's period holding `day`, if any. */
export function groupsInPeriodOn(db: Db, day: string): { groupId: number; periodId: number }[] {
  return stmt(
    db,
    `SELECT g.id AS groupId, p.id AS periodId
       FROM groups g
       JOIN cohorts c ON c.id = g.cohort_id AND c.archived_at IS NULL
       JOIN periods p ON p.cohort_id = c.id AND p.start_date <= ? AND p.end_date >= ?
      ORDER BY c.start_date DESC, g.name`,
  ).all(day, day) as { groupId: number; periodId: number }[];
}
