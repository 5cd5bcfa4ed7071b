import type { EXCUSE_REASONS } from '../../../../shared/api/attendance';
import type { Justification, Presence } from '../../../../shared/domain/attendance/hours';
import type { Db } from '../../db/open';
import { stmt } from '../planning/statements';
import type { Membership, Person } from '../../../../shared/domain/attendance/roster';

type ExcuseReason = (typeof EXCUSE_REASONS)[number];

/** A sheet as stored, with the names and files its view shows. */
export interface SheetRow {
  status: 'open' | 'closed';
  mode: 'screen' | 'paper' | null;
  trainerSignatureFileId: number | null;
  trainerSignature: Buffer | null;
  scanFileId: number | null;
  scanName: string | null;
  closedBy: string | null;
  closedAt: string | null;
}

export function findSheet(db: Db, sessionId: number): SheetRow | null {
  return (
    (stmt(
      db,
      `SELECT sh.status, sh.mode, sh.trainer_signature_file_id AS trainerSignatureFileId,
         sig.data AS trainerSignature, sh.scan_file_id AS scanFileId, scan.name AS scanName,
         u.display_name AS closedBy, sh.closed_at AS closedAt
       FROM attendance_sheets sh
       LEFT JOIN stored_files sig ON sig.id = sh.trainer_signature_file_id
       LEFT JOIN stored_files scan ON scan.id = sh.scan_file_id
       LEFT JOIN users u ON u.id = sh.closed_by
       WHERE sh.session_id = ?`,
    ).get(sessionId) as SheetRow | undefined) ?? null
  );
}

/** Creates the sheet at its first recording; a no-op when it exists. */
export function ensureSheet(db: Db, sessionId: number, now: Date): void {
  const at = now.toISOString();
  stmt(
    db,
    `INSERT INTO attendance_sheets (session_id, created_at, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (session_id) DO NOTHING`,
  ).run(sessionId, at, at);
}

export function touchSheet(db: Db, sessionId: number, now: Date): void {
  stmt(db, 'UPDATE attendance_sheets SET updated_at = ? WHERE session_id = ?').run(
    now.toISOString(),
    sessionId,
  );
}

/** Every membership a group has had, with its dates: the roster rule picks those of a day. */
export function groupMemberships(db: Db, groupId: number): Membership[] {
  return stmt(
    db,
    `SELECT l.id AS learnerId, l.surname, l.first_name AS firstName, m.start_date AS startDate,
       m.end_date AS endDate
     FROM group_memberships m JOIN learners l ON l.id = m.learner_id WHERE m.group_id = ?`,
  ).all(groupId) as Membership[];
}

export function learnerPerson(db: Db, learnerId: number): Person | null {
  return (
    (stmt(db, 'SELECT id AS learnerId, surname, first_name AS firstName FROM learners WHERE id = ?').get(
      learnerId,
    ) as Person | undefined) ?? null
  );
}

/** What a line stores about the roll call and its follow-up. */
export interface LineFields {
  presence: Presence;
  lateMinutes: number;
  leftEarlyMinutes: number;
  justification: Justification | null;
  excuseReason: ExcuseReason | null;
  excuseNote: string | null;
  excuseFileId: number | null;
  employerNotifiedOn: string | null;
  signatureFileId: number | null;
  signedAt: string | null;
}

export interface LineRow extends Person, LineFields {
  excuseDocumentName: string | null;
  signature: Buffer | null;
  recordedBy: string | null;
  recordedAt: string;
}

export function sheetLines(db: Db, sessionId: number): LineRow[] {
  return stmt(
    db,
    `SELECT a.learner_id AS learnerId, l.surname, l.first_name AS firstName, a.presence,
       a.late_minutes AS lateMinutes, a.left_early_minutes AS leftEarlyMinutes, a.justification,
       a.excuse_reason AS excuseReason, a.excuse_note AS excuseNote, a.excuse_file_id AS excuseFileId,
       doc.name AS excuseDocumentName, a.employer_notified_on AS employerNotifiedOn,
       a.signature_file_id AS signatureFileId, sig.data AS signature, a.signed_at AS signedAt,
       u.display_name AS recordedBy, a.recorded_at AS recordedAt
     FROM attendance_lines a
     JOIN learners l ON l.id = a.learner_id
     LEFT JOIN stored_files doc ON doc.id = a.excuse_file_id
     LEFT JOIN stored_files sig ON sig.id = a.signature_file_id
     LEFT JOIN users u ON u.id = a.recorded_by
     WHERE a.session_id = ?`,
  ).all(sessionId) as LineRow[];
}

/** Writes a learner's line, new or changed, with who recorded it and when. */
export function saveLine(
  db: Db,
  sessionId: number,
  learnerId: number,
  fields: LineFields,
  userId: number,
  now: Date,
): void {
  stmt(
    db,
    `INSERT INTO attendance_lines (session_id, learner_id, presence, late_minutes, left_early_minutes,
       justification, excuse_reason, excuse_note, excuse_file_id, employer_notified_on, signature_file_id,
       signed_at, recorded_by, recorded_at)
     VALUES (@sessionId, @learnerId, @presence, @lateMinutes, @leftEarlyMinutes, @justification,
       @excuseReason, @excuseNote, @excuseFileId, @employerNotifiedOn, @signatureFileId, @signedAt,
       @userId, @at)
     ON CONFLICT (session_id, learner_id) DO UPDATE SET presence = excluded.presence,
       late_minutes = excluded.late_minutes, left_early_minutes = excluded.left_early_minutes,
       justification = excluded.justification, excuse_reason = excluded.excuse_reason,
       excuse_note = excluded.excuse_note, excuse_file_id = excluded.excuse_file_id,
       employer_notified_on = excluded.employer_notified_on, signature_file_id = excluded.signature_file_id,
       signed_at = excluded.signed_at, recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at`,
  ).run({ ...fields, sessionId, learnerId, userId, at: now.toISOString() });
}

export function setLineSignature(
  db: Db,
  sessionId: number,
  learnerId: number,
  fileId: number,
  now: Date,
): void {
  stmt(
    db,
    'UPDATE attendance_lines SET signature_file_id = ?, signed_at = ? WHERE session_id = ? AND learner_id = ?',
  ).run(fileId, now.toISOString(), sessionId, learnerId);
}

export function closeSheet(
  db: Db,
  sessionId: number,
  close: { mode: 'screen' | 'paper'; trainerSignatureFileId: number | null; userId: number },
  now: Date,
): void {
  const at = now.toISOString();
  stmt(
    db,
    `UPDATE attendance_sheets SET status = 'closed', mode = ?, trainer_signature_file_id = ?, closed_by = ?,
       closed_at = ?, updated_at = ? WHERE session_id = ?`,
  ).run(close.mode, close.trainerSignatureFileId, close.userId, at, at, sessionId);
}

/** Opens a closed sheet again and keeps why; what was recorded and signed stays. */
export function reopenSheet(db: Db, sessionId: number, reason: string, userId: number, now: Date): void {
  const at = now.toISOString();
  stmt(
    db,
    `UPDATE attendance_sheets SET status = 'open', closed_by = NULL, closed_at = NULL, updated_at = ?
     WHERE session_id = ?`,
  ).run(at, sessionId);
  stmt(
    db,
    'INSERT INTO attendance_reopenings (session_id, reason, reopened_by, reopened_at) VALUES (?, ?, ?, ?)',
  ).run(sessionId, reason, userId, at);
}

export function setScan(db: Db, sessionId: number, fileId: number, now: Date): void {
  stmt(db, 'UPDATE attendance_sheets SET scan_file_id = ?, updated_at = ? WHERE session_id = ?').run(
    fileId,
    now.toISOString(),
    sessionId,
  );
}

export function reopenings(db: Db, sessionId: number): { at: string; by: string; reason: string }[] {
  return stmt(
    db,
    `SELECT r.reopened_at AS at, u.display_name AS "by", r.reason FROM attendance_reopenings r
     JOIN users u ON u.id = r.reopened_by WHERE r.session_id = ? ORDER BY r.reopened_at, r.id`,
  ).all(sessionId) as { at: string; by: string; reason: string }[];
}
