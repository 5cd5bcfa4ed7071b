import type { SlotSession } from '../../../../shared/domain/planning/conflicts';
import type { Modality, Slot } from '../../../../shared/domain/planning/types';
import type { Db } from '../../db/open';
import { stmt } from './statements';

/** What a stored session holds, as the handlers use it. */
export interface SessionFields {
  groupId: number;
  subjectId: number;
  trainerId: number | null;
  roomId: number | null;
  date: string;
  slot: Slot;
  modality: Modality;
  note: string | null;
}

export interface StoredSession extends SessionFields {
  id: number;
}

/** A session with every name the grid shows and the cohort facts its warnings need. */
export interface SessionViewRow extends StoredSession {
  /** The version token: moves forward at every save (optimistic concurrency). */
  updatedAt: string;
  groupName: string;
  cohortId: number;
  cohortName: string;
  subjectName: string;
  trainerName: string | null;
  roomName: string | null;
  holidayZone: string;
  alsaceMoselle: boolean;
  yearFrom: number;
  yearTo: number;
  hoursYear1: number;
  hoursYear2: number;
}

const STORED = `s.id, s.group_id AS groupId, s.subject_id AS subjectId, s.trainer_id AS trainerId,
  s.room_id AS roomId, s.date, s.slot, s.modality, s.note`;

const VIEW = `SELECT ${STORED}, s.updated_at AS updatedAt, g.name AS groupName, g.cohort_id AS cohortId, c.name AS cohortName,
    ps.name AS subjectName, t.first_name || ' ' || t.surname AS trainerName, r.name AS roomName,
    c.holiday_zone AS holidayZone, c.alsace_moselle AS alsaceMoselle, c.year_from AS yearFrom,
    c.year_to AS yearTo, ps.hours_year1 AS hoursYear1, ps.hours_year2 AS hoursYear2
  FROM planned_sessions s
  JOIN groups g ON g.id = s.group_id
  JOIN cohorts c ON c.id = g.cohort_id
  JOIN programme_subjects ps ON ps.id = s.subject_id
  LEFT JOIN trainers t ON t.id = s.trainer_id
  LEFT JOIN rooms r ON r.id = s.room_id`;

/** Morning, afternoon, evening: the order of the day, which the slot names do not sort in. */
const SLOT_ORDER = "CASE s.slot WHEN 'morning' THEN 1 WHEN 'afternoon' THEN 2 ELSE 3 END";
const ORDER = `ORDER BY s.date, ${SLOT_ORDER}, g.name COLLATE NOCASE`;

const toView = (row: SessionViewRow): SessionViewRow => ({
  ...row,
  // SQLite stores the flag as 0 or 1.
  alsaceMoselle: (row.alsaceMoselle as unknown) === 1,
});

export function findSession(db: Db, id: number): StoredSession | null {
  return (
    (stmt(db, `SELECT ${STORED} FROM planned_sessions s WHERE s.id = ?`).get(id) as StoredSession) ?? null
  );
}

export function findSessionView(db: Db, id: number): SessionViewRow | null {
  const row = stmt(db, `${VIEW} WHERE s.id = ?`).get(id) as SessionViewRow | undefined;
  return row ? toView(row) : null;
}

/**
 * Which sessions a view holds. A learner's are those of the groups they belonged to on each
 * session's date (a membership ends the day before its end_date), so a move to another group
 * switches plannings from that day on; EXISTS keeps each session once.
 */
function viewFilter(view: 'group' | 'trainer' | 'room' | 'learner'): string {
  return view === 'learner'
    ? `EXISTS (SELECT 1 FROM group_memberships m WHERE m.group_id = s.group_id AND m.learner_id = ?
         AND m.start_date <= s.date AND (m.end_date IS NULL OR s.date < m.end_date))`
    : `${{ group: 's.group_id', trainer: 's.trainer_id', room: 's.room_id' }[view]} = ?`;
}

/** The sessions of one group, trainer, room or learner between two dates (both included), in grid order. */
export function sessionsOf(
  db: Db,
  view: 'group' | 'trainer' | 'room' | 'learner',
  id: number,
  from: string,
  to: string,
): SessionViewRow[] {
  const rows = stmt(db, `${VIEW} WHERE ${viewFilter(view)} AND s.date BETWEEN ? AND ? ${ORDER}`).all(
    id,
    from,
    to,
  );
  return (rows as SessionViewRow[]).map(toView);
}

/** The group a learner was in during a period (the latest when they moved), for its calendar. */
export function learnerGroupBetween(db: Db, learnerId: number, from: string, to: string): number | null {
  const row = stmt(
    db,
    `SELECT group_id AS groupId FROM group_memberships
     WHERE learner_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?)
     ORDER BY start_date DESC LIMIT 1`,
  ).get(learnerId, to, from) as { groupId: number } | undefined;
  return row?.groupId ?? null;
}

/** A session as a calendar file carries it: with the times its SEQUENCE and LAST-MODIFIED come from. */
export interface IcsSessionRow extends SessionViewRow {
  createdAt: string;
}

/** The sessions of a calendar export between two dates, with their change times. */
export function icsSessions(
  db: Db,
  view: 'group' | 'trainer' | 'room' | 'learner',
  id: number,
  from: string,
  to: string,
): IcsSessionRow[] {
  const select = VIEW.replace('SELECT ', 'SELECT s.created_at AS createdAt, ');
  const rows = stmt(db, `${select} WHERE ${viewFilter(view)} AND s.date BETWEEN ? AND ? ${ORDER}`).all(
    id,
    from,
    to,
  );
  return (rows as IcsSessionRow[]).map((row) => toView(row) as IcsSessionRow);
}

/** A learner's name and their cohort's dates (null when they belong to no cohort). */
export function icsLearner(
  db: Db,
  id: number,
): { name: string; startDate: string | null; endDate: string | null } | null {
  return (
    (stmt(
      db,
      `SELECT l.first_name || ' ' || l.surname AS name, c.start_date AS startDate, c.end_date AS endDate
       FROM learners l LEFT JOIN cohorts c ON c.id = l.cohort_id WHERE l.id = ?`,
    ).get(id) as { name: string; startDate: string | null; endDate: string | null } | undefined) ?? null
  );
}

/** Every session on a date and slot, with the names a refusal quotes (uses the (date, slot) index). */
export function slotSessions(
  db: Db,
  date: string,
  slot: Slot,
): (SlotSession & { cohortId: number; cohortName: string })[] {
  return stmt(
    db,
    `SELECT s.id, s.group_id AS groupId, g.name AS groupName, g.cohort_id AS cohortId, c.name AS cohortName,
       s.trainer_id AS trainerId, t.first_name || ' ' || t.surname AS trainerName, s.room_id AS roomId,
       r.name AS roomName, ps.name AS subjectName, s.modality
     FROM planned_sessions s
     JOIN groups g ON g.id = s.group_id
     JOIN cohorts c ON c.id = g.cohort_id
     JOIN programme_subjects ps ON ps.id = s.subject_id
     LEFT JOIN trainers t ON t.id = s.trainer_id
     LEFT JOIN rooms r ON r.id = s.room_id
     WHERE s.date = ? AND s.slot = ?`,
  ).all(date, slot) as (SlotSession & { cohortId: number; cohortName: string })[];
}

/** How many sessions of a subject a group has per slot, one session left out (the one edited). */
export function plannedSlotCounts(
  db: Db,
  groupId: number,
  subjectId: number,
  excludeId: number | null,
): { slot: Slot; n: number }[] {
  return stmt(
    db,
    `SELECT slot, count(*) AS n FROM planned_sessions
     WHERE group_id = ? AND subject_id = ? AND id IS NOT ? GROUP BY slot`,
  ).all(groupId, subjectId, excludeId) as { slot: Slot; n: number }[];
}

/** Per subject and slot, how many sessions a group has: the ledger's planned hours. */
/** Sessions of a group per subject and slot; with `before`, only those dated before that day. */
export function groupSlotCounts(
  db: Db,
  groupId: number,
  before = '9999-12-31',
): { subjectId: number; slot: Slot; n: number }[] {
  return stmt(
    db,
    `SELECT subject_id AS subjectId, slot, count(*) AS n FROM planned_sessions
     WHERE group_id = ? AND date < ? GROUP BY subject_id, slot`,
  ).all(groupId, before) as { subjectId: number; slot: Slot; n: number }[];
}

/** Named parameters: the fields object is bound as it is, in both statements. */
export function insertSession(db: Db, fields: SessionFields, now: Date): number {
  const { lastInsertRowid } = stmt(
    db,
    `INSERT INTO planned_sessions (group_id, subject_id, trainer_id, room_id, date, slot, modality, note, created_at, updated_at)
     VALUES (@groupId, @subjectId, @trainerId, @roomId, @date, @slot, @modality, @note, @at, @at)`,
  ).run({ ...fields, at: now.toISOString() });
  return Number(lastInsertRowid);
}

/** The session's current version token (its updated_at), null when it does not exist. */
export function sessionVersion(db: Db, id: number): string | null {
  const row = stmt(db, 'SELECT updated_at AS v FROM planned_sessions WHERE id = ?').get(id) as
    { v: string } | undefined;
  return row?.v ?? null;
}

/** `version` is the new token (see concurrency/version.ts: it always moves forward). */
export function updateSession(db: Db, id: number, fields: SessionFields, version: string): void {
  stmt(
    db,
    `UPDATE planned_sessions SET group_id = @groupId, subject_id = @subjectId, trainer_id = @trainerId,
       room_id = @roomId, date = @date, slot = @slot, modality = @modality, note = @note, updated_at = @at
     WHERE id = @id`,
  ).run({ ...fields, at: version, id });
}

export function deleteSession(db: Db, id: number): void {
  stmt(db, 'DELETE FROM planned_sessions WHERE id = ?').run(id);
}

/**
 * Runs `work` inside a savepoint and undoes it, returning what it returned: a preview runs the
 * very code of the real batch (each created session seen by the next check) and leaves no trace.
 */
export function withRollback<T>(db: Db, work: () => T): T {
  db.exec('SAVEPOINT planning_preview');
  try {
    return work();
  } finally {
    db.exec('ROLLBACK TO planning_preview; RELEASE planning_preview');
  }
}
