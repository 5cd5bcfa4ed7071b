import type { Justification, Presence } from '../../../../shared/domain/attendance/hours';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';

/** Reads of the printed attendance sheet: its state, the trainer's signature, the learners' lines. */

export interface PrintSheetRow {
  mode: 'screen' | 'paper' | null;
  closedAt: string | null;
  closedBy: string | null;
  /** The trainer's drawn signature (PNG bytes). */
  trainerSignature: Buffer | null;
}

export function printSheetRow(db: Db, sessionId: number): PrintSheetRow | null {
  return (
    (stmt(
      db,
      `SELECT sh.mode, sh.closed_at AS closedAt, u.display_name AS closedBy, f.data AS trainerSignature
       FROM attendance_sheets sh
       LEFT JOIN users u ON u.id = sh.closed_by
       LEFT JOIN stored_files f ON f.id = sh.trainer_signature_file_id
       WHERE sh.session_id = ?`,
    ).get(sessionId) as PrintSheetRow | undefined) ?? null
  );
}

export function programmeTitle(db: Db, cohortId: number): string {
  const row = stmt(
    db,
    'SELECT p.title FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ?',
  ).get(cohortId) as { title: string } | undefined;
  return row?.title ?? '';
}

export interface PrintLineRow {
  learnerId: number;
  surname: string;
  firstName: string;
  /** Null until recorded: an empty line, for paper. */
  presence: Presence | null;
  lateMinutes: number | null;
  leftEarlyMinutes: number | null;
  justification: Justification | null;
  signedAt: string | null;
  /** The learner's drawn signature (PNG bytes). */
  signature: Buffer | null;
}

/**
 * The sheet's learners: the group's members on the session's date (a membership ends the day
 * before its end_date) and anyone already recorded on it, with what was recorded.
 */
export function printLines(db: Db, sessionId: number, groupId: number, date: string): PrintLineRow[] {
  return stmt(
    db,
    `SELECT le.id AS learnerId, le.surname, le.first_name AS firstName, l.presence,
       l.late_minutes AS lateMinutes, l.left_early_minutes AS leftEarlyMinutes, l.justification,
       l.signed_at AS signedAt, f.data AS signature
     FROM learners le
     LEFT JOIN attendance_lines l ON l.learner_id = le.id AND l.session_id = @sessionId
     LEFT JOIN stored_files f ON f.id = l.signature_file_id
     WHERE l.session_id IS NOT NULL
        OR le.id IN (SELECT learner_id FROM group_memberships WHERE group_id = @groupId
             AND start_date <= @date AND (end_date IS NULL OR @date < end_date))`,
  ).all({ sessionId, groupId, date }) as PrintLineRow[];
}
