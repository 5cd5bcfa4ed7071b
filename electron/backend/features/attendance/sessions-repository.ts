import type { Modality, Slot } from '../../../../shared/domain/planning/types';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** A session with its sheet's state and counts: one row of the day's list or of the pending list. */
export interface SessionRow {
  sessionId: number;
  date: string;
  slot: Slot;
  groupId: number;
  groupName: string;
  cohortId: number;
  cohortName: string;
  archived: boolean;
  programmeTitle: string;
  subjectId: number;
  subjectName: string;
  trainerId: number | null;
  trainerName: string | null;
  roomName: string | null;
  modality: Modality;
  /** Null while no sheet exists: nothing recorded yet. */
  status: 'open' | 'closed' | null;
  mode: 'screen' | 'paper' | null;
  recorded: number;
  absent: number;
  learners: number;
}

/** A learner is on a session's sheet when a membership of its group covers the date (end_date excluded). */
const MEMBER_ON_DATE = `m.group_id = s.group_id AND m.start_date <= s.date
  AND (m.end_date IS NULL OR s.date < m.end_date)`;

/**
 * The sheet's learners are the group's members on the date plus anyone already recorded (kept
 * after they left): counted as members + lines of non-members, so nobody counts twice.
 */
const SUMMARY = `SELECT s.id AS sessionId, s.date, s.slot, s.group_id AS groupId, g.name AS groupName,
    g.cohort_id AS cohortId, c.name AS cohortName, c.archived_at IS NOT NULL AS archived,
    p.title AS programmeTitle, s.subject_id AS subjectId, ps.name AS subjectName,
    s.trainer_id AS trainerId, t.first_name || ' ' || t.surname AS trainerName, r.name AS roomName,
    s.modality, sh.status, sh.mode,
    (SELECT count(*) FROM attendance_lines l WHERE l.session_id = s.id) AS recorded,
    (SELECT count(*) FROM attendance_lines l WHERE l.session_id = s.id AND l.presence = 'absent') AS absent,
    (SELECT count(*) FROM group_memberships m WHERE ${MEMBER_ON_DATE})
      + (SELECT count(*) FROM attendance_lines l WHERE l.session_id = s.id AND NOT EXISTS
          (SELECT 1 FROM group_memberships m WHERE m.learner_id = l.learner_id AND ${MEMBER_ON_DATE}))
      AS learners
  FROM planned_sessions s
  JOIN groups g ON g.id = s.group_id
  JOIN cohorts c ON c.id = g.cohort_id
  JOIN programmes p ON p.id = c.programme_id
  JOIN programme_subjects ps ON ps.id = s.subject_id
  LEFT JOIN trainers t ON t.id = s.trainer_id
  LEFT JOIN rooms r ON r.id = s.room_id
  LEFT JOIN attendance_sheets sh ON sh.session_id = s.id`;

const SLOT_RANK = "CASE s.slot WHEN 'morning' THEN 1 WHEN 'afternoon' THEN 2 ELSE 3 END";

const toRow = (row: SessionRow): SessionRow => ({ ...row, archived: (row.archived as unknown) === 1 });

export function sessionRow(db: Db, sessionId: number): SessionRow | null {
  const row = stmt(db, `${SUMMARY} WHERE s.id = ?`).get(sessionId) as SessionRow | undefined;
  return row ? toRow(row) : null;
}

/** The sessions of a day, of one trainer or of all (trainerId null), in the order of the day. */
export function sessionsOn(db: Db, date: string, trainerId: number | null): SessionRow[] {
  const rows = stmt(
    db,
    `${SUMMARY} WHERE s.date = @date AND (@trainerId IS NULL OR s.trainer_id = @trainerId)
     ORDER BY ${SLOT_RANK}, g.name COLLATE NOCASE, s.id`,
  ).all({ date, trainerId }) as SessionRow[];
  return rows.map(toRow);
}

/**
 * Sessions whose sheet is not closed, of cohorts in progress, dated on or before each slot's
 * last pending day (worked out by the caller from the clock and the slot times), latest first.
 */
export function pendingSessions(
  db: Db,
  lastDay: Record<Slot, string>,
  trainerId: number | null,
  limit: number,
): SessionRow[] {
  const rows = stmt(
    db,
    `${SUMMARY}
     WHERE ((s.slot = 'morning' AND s.date <= @morning) OR (s.slot = 'afternoon' AND s.date <= @afternoon)
         OR (s.slot = 'evening' AND s.date <= @evening))
       AND (sh.status IS NULL OR sh.status = 'open') AND c.archived_at IS NULL
       AND (@trainerId IS NULL OR s.trainer_id = @trainerId)
     ORDER BY s.date DESC, ${SLOT_RANK} DESC, g.name COLLATE NOCASE, s.id
     LIMIT @limit`,
  ).all({ ...lastDay, trainerId, limit }) as SessionRow[];
  return rows.map(toRow);
}

/** Sessions of a group and subject whose sheet is closed, per slot: the ledger's delivered hours. */
export function closedSlotCounts(db: Db, groupId: number, subjectId: number): { slot: Slot; n: number }[] {
  return stmt(
    db,
    `SELECT s.slot, count(*) AS n FROM planned_sessions s
     JOIN attendance_sheets sh ON sh.session_id = s.id AND sh.status = 'closed'
     WHERE s.group_id = ? AND s.subject_id = ? GROUP BY s.slot`,
  ).all(groupId, subjectId) as { slot: Slot; n: number }[];
}

/** The trainer record linked to a user account, if any (trainers.user_id). */
export function linkedTrainerId(db: Db, userId: number): number | null {
  const row = stmt(db, 'SELECT id FROM trainers WHERE user_id = ?').get(userId) as { id: number } | undefined;
  return row?.id ?? null;
}
