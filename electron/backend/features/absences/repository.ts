import type { Justification, Presence } from '../../../../shared/domain/attendance/hours';
import type { Slot } from '../../../../shared/domain/planning/types';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/**
 * Read queries of the absence follow-up, hours realised, statistics and alerts: attendance lines
 * joined with their session, group, subject and learner. Every recorded line counts, closed
 * sheet or not: a roll call taken is what happened.
 */

/** A recorded line with its session, group, subject and learner. */
export interface LineRow {
  sessionId: number;
  learnerId: number;
  surname: string;
  firstName: string;
  groupId: number;
  groupName: string;
  date: string;
  slot: Slot;
  subjectId: number;
  subjectName: string;
  /** The subject's rank in its programme, to list subjects as the programme does. */
  subjectPosition: number;
  presence: Presence;
  lateMinutes: number;
  leftEarlyMinutes: number;
  justification: Justification | null;
}

/** A line with its follow-up: reason, note, document, employer told. */
export interface FollowUpLine extends LineRow {
  cohortId: number;
  excuseReason: string | null;
  excuseNote: string | null;
  excuseFileId: number | null;
  excuseDocumentName: string | null;
  employerNotifiedOn: string | null;
}

const LINE_COLUMNS = `l.session_id AS sessionId, l.learner_id AS learnerId, le.surname,
  le.first_name AS firstName, s.group_id AS groupId, g.name AS groupName, s.date, s.slot,
  s.subject_id AS subjectId, ps.name AS subjectName, ps.position AS subjectPosition, l.presence,
  l.late_minutes AS lateMinutes, l.left_early_minutes AS leftEarlyMinutes, l.justification`;

const JOINS = `FROM attendance_lines l
  JOIN planned_sessions s ON s.id = l.session_id
  JOIN groups g ON g.id = s.group_id
  JOIN programme_subjects ps ON ps.id = s.subject_id
  JOIN learners le ON le.id = l.learner_id`;

const FOLLOW_UP = `SELECT ${LINE_COLUMNS}, g.cohort_id AS cohortId, l.excuse_reason AS excuseReason,
    l.excuse_note AS excuseNote, l.excuse_file_id AS excuseFileId, f.name AS excuseDocumentName,
    l.employer_notified_on AS employerNotifiedOn
  ${JOINS}
  LEFT JOIN stored_files f ON f.id = l.excuse_file_id`;

/** An absence, a late arrival or an early leave: a line with something to follow up. */
const AWAY = "(l.presence = 'absent' OR l.late_minutes > 0 OR l.left_early_minutes > 0)";

const ALL_TIME = { from: '0000-01-01', to: '9999-12-31' };

export interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

const bounds = (period: Period) => ({ from: period.from ?? ALL_TIME.from, to: period.to ?? ALL_TIME.to });

/** One line with its follow-up, or null when nothing is recorded for the learner at that session. */
export function findLine(db: Db, sessionId: number, learnerId: number): FollowUpLine | null {
  return (
    (stmt(db, `${FOLLOW_UP} WHERE l.session_id = ? AND l.learner_id = ?`).get(sessionId, learnerId) as
      FollowUpLine | undefined) ?? null
  );
}

/**
 * The absences, late arrivals and early leaves of a learner or of a group's sessions over a
 * period; an absence without a follow-up yet reads as pending.
 */
export function awayLines(
  db: Db,
  who: { learnerId: number } | { groupId: number },
  justification: Justification | null,
  period: Period,
): FollowUpLine[] {
  const filter = 'learnerId' in who ? 'l.learner_id = @id' : 's.group_id = @id';
  return stmt(
    db,
    `${FOLLOW_UP} WHERE ${filter} AND ${AWAY} AND s.date BETWEEN @from AND @to
       AND (@justification IS NULL OR coalesce(l.justification, 'pending') = @justification)`,
  ).all({
    id: 'learnerId' in who ? who.learnerId : who.groupId,
    justification,
    ...bounds(period),
  }) as FollowUpLine[];
}

/** Which lines the hours and statistics count: by learner, by group membership, by session group or cohort. */
export type LineScope =
  | { kind: 'learner'; id: number }
  | { kind: 'membersOf'; groupId: number }
  | { kind: 'sessionGroup'; groupId: number }
  | { kind: 'cohort'; cohortId: number }
  | { kind: 'all' };

/**
 * Each scope drives the query from an index: a learner's lines (attendance_lines_learner), a
 * group's sessions (UNIQUE group_id, date, slot) then their lines by primary key.
 */
const SCOPE_FILTERS: Record<LineScope['kind'], string> = {
  learner: 'l.learner_id = @id',
  membersOf: `l.learner_id IN (SELECT learner_id FROM group_memberships
      WHERE group_id = @id AND start_date <= @to AND (end_date IS NULL OR end_date > @from))`,
  sessionGroup: 's.group_id = @id',
  cohort: 's.group_id IN (SELECT id FROM groups WHERE cohort_id = @id)',
  all: '1 = 1',
};

const scopeId = (scope: LineScope): number | null =>
  scope.kind === 'learner'
    ? scope.id
    : scope.kind === 'membersOf' || scope.kind === 'sessionGroup'
      ? scope.groupId
      : scope.kind === 'cohort'
        ? scope.cohortId
        : null;

export interface FactRow {
  /** A learner or subject id. */
  key: number;
  /** A group or subject id, or a month "AAAA-MM". */
  key2: number | string;
  slot: Slot;
  presence: Presence;
  lateMinutes: number;
  leftEarlyMinutes: number;
  justification: Justification | null;
  /** How many lines share these facts. */
  n: number;
}

/** Two-level breakdowns: each pass over the lines serves two of the statistics' four. */
export type FactKey = 'learnerGroup' | 'subjectMonth' | 'learnerSubject';

const KEY_COLUMNS: Record<FactKey, string> = {
  learnerGroup: 'l.learner_id AS key, s.group_id AS key2',
  subjectMonth: 's.subject_id AS key, substr(s.date, 1, 7) AS key2',
  learnerSubject: 'l.learner_id AS key, s.subject_id AS key2',
};

/**
 * The lines of a scope counted by key and by the facts the hours rule reads (slot, presence,
 * minutes, justification): two years of a cohort's half-days come back as a few hundred rows,
 * and the rule itself (shared/domain/attendance/hours.ts) is applied to each, times its count.
 */
export function factCounts(db: Db, scope: LineScope, period: Period, by: FactKey): FactRow[] {
  return stmt(
    db,
    `SELECT ${KEY_COLUMNS[by]}, s.slot, l.presence, l.late_minutes AS lateMinutes,
       l.left_early_minutes AS leftEarlyMinutes, l.justification, count(*) AS n
     FROM attendance_lines l JOIN planned_sessions s ON s.id = l.session_id
     WHERE ${SCOPE_FILTERS[scope.kind]} AND s.date BETWEEN @from AND @to
     GROUP BY key, key2, s.slot, l.presence, l.late_minutes, l.left_early_minutes, l.justification`,
  ).all({ id: scopeId(scope), ...bounds(period) }) as FactRow[];
}

/** The names of learners, with the group they are in (or were last in). */
export function learnerNames(db: Db, ids: readonly number[]): (PersonRow & { groupName: string | null })[] {
  return stmt(
    db,
    `SELECT le.id AS learnerId, le.surname, le.first_name AS firstName,
       (SELECT g.name FROM group_memberships m JOIN groups g ON g.id = m.group_id
        WHERE m.learner_id = le.id ORDER BY m.end_date IS NULL DESC, m.start_date DESC LIMIT 1) AS groupName
     FROM learners le WHERE le.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as (PersonRow & { groupName: string | null })[];
}

export function groupNames(db: Db, ids: readonly number[]): { id: number; name: string }[] {
  return stmt(db, 'SELECT id, name FROM groups WHERE id IN (SELECT value FROM json_each(?))').all(
    JSON.stringify(ids),
  ) as { id: number; name: string }[];
}

/** Subjects with their rank in their programme, to list them as the programme does. */
export function subjectNames(
  db: Db,
  ids: readonly number[],
): { id: number; name: string; position: number }[] {
  return stmt(
    db,
    'SELECT id, name, position FROM programme_subjects WHERE id IN (SELECT value FROM json_each(?))',
  ).all(JSON.stringify(ids)) as { id: number; name: string; position: number }[];
}

export interface PersonRow {
  learnerId: number;
  surname: string;
  firstName: string;
}

/** The learners of a group at any time in the period (a membership ends the day before end_date). */
export function groupLearnersBetween(db: Db, groupId: number, period: Period): PersonRow[] {
  return stmt(
    db,
    `SELECT DISTINCT le.id AS learnerId, le.surname, le.first_name AS firstName
     FROM group_memberships m JOIN learners le ON le.id = m.learner_id
     WHERE m.group_id = @id AND m.start_date <= @to AND (m.end_date IS NULL OR m.end_date > @from)`,
  ).all({ id: groupId, ...bounds(period) }) as PersonRow[];
}

export interface LearnerRow extends PersonRow {
  employerName: string | null;
  tutorName: string | null;
  tutorEmail: string | null;
  cohortName: string | null;
  cohortStart: string | null;
  cohortEnd: string | null;
}

export function learnerRow(db: Db, learnerId: number): LearnerRow | null {
  return (
    (stmt(
      db,
      `SELECT le.id AS learnerId, le.surname, le.first_name AS firstName, le.employer_name AS employerName,
         le.tutor_name AS tutorName, le.tutor_email AS tutorEmail, c.name AS cohortName,
         c.start_date AS cohortStart, c.end_date AS cohortEnd
       FROM learners le LEFT JOIN cohorts c ON c.id = le.cohort_id WHERE le.id = ?`,
    ).get(learnerId) as LearnerRow | undefined) ?? null
  );
}

export interface GroupRow {
  id: number;
  name: string;
  cohortId: number;
  cohortName: string;
  cohortStart: string;
  cohortEnd: string;
}

export function groupRow(db: Db, groupId: number): GroupRow | null {
  return (
    (stmt(
      db,
      `SELECT g.id, g.name, c.id AS cohortId, c.name AS cohortName, c.start_date AS cohortStart,
         c.end_date AS cohortEnd
       FROM groups g JOIN cohorts c ON c.id = g.cohort_id WHERE g.id = ?`,
    ).get(groupId) as GroupRow | undefined) ?? null
  );
}

export function cohortRow(db: Db, cohortId: number): { name: string } | null {
  return (
    (stmt(db, 'SELECT name FROM cohorts WHERE id = ?').get(cohortId) as { name: string } | undefined) ?? null
  );
}

/** Lines of a learner counted by month and by the facts the rules read. */
export interface AlertFactRow {
  learnerId: number;
  month: string;
  slot: Slot;
  presence: Presence;
  lateMinutes: number;
  leftEarlyMinutes: number;
  justification: Justification | null;
  n: number;
}

/**
 * Every line of every learner in training of a cohort not archived, in one query, counted by
 * learner, month and facts (the half-days a month holds and the hours are all the rules need).
 */
export function alertFacts(db: Db): AlertFactRow[] {
  return stmt(
    db,
    `SELECT l.learner_id AS learnerId, substr(s.date, 1, 7) AS month, s.slot, l.presence,
       l.late_minutes AS lateMinutes, l.left_early_minutes AS leftEarlyMinutes, l.justification, count(*) AS n
     FROM attendance_lines l
     JOIN learners le ON le.id = l.learner_id
     JOIN cohorts c ON c.id = le.cohort_id
     JOIN planned_sessions s ON s.id = l.session_id
     WHERE le.status = 'in_training' AND c.archived_at IS NULL
     GROUP BY l.learner_id, month, s.slot, l.presence, l.late_minutes, l.left_early_minutes, l.justification`,
  ).all() as AlertFactRow[];
}
