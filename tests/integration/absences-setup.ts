import { createHash } from 'node:crypto';
import type { Db } from '../../electron/backend/db/open';
import { planningWorld, type PlanningWorld } from './planning-setup';
import { encodePng } from '../helpers/png';

/**
 * Attendance rows written with SQL on top of the planning world, so the follow-up is tested on
 * its own: sessions, sheets and lines as the roll call would leave them. G1's learners are
 * renamed with accents to read them back from documents.
 */

export interface AbsencesWorld extends PlanningWorld {
  /** The administrator's user id: who recorded the lines. */
  adminId: number;
  /** G1's 12 learners in alphabetical order; the first three are Bérard Léa, Çelik Noé, Dupré Zoé. */
  g1Learners: number[];
  g2Learners: number[];
}

const AT = '2026-03-03T09:00:00.000Z';

export async function absencesWorld(): Promise<AbsencesWorld> {
  const w = await planningWorld();
  const { db } = w.b;
  const adminId = (db.prepare('SELECT id FROM users ORDER BY id LIMIT 1').get() as { id: number }).id;
  const names: [string, string][] = [
    ['Bérard', 'Léa'],
    ['Çelik', 'Noé'],
    ['Dupré', 'Zoé'],
  ];
  const g1Learners = members(db, w.g1);
  names.forEach(([surname, firstName], i) =>
    db
      .prepare('UPDATE learners SET surname = ?, first_name = ? WHERE id = ?')
      .run(surname, firstName, g1Learners[i]),
  );
  return { ...w, adminId, g1Learners, g2Learners: members(db, w.g2) };
}

/** The current members of a group, by id (created in alphabetical order). */
export function members(db: Db, groupId: number): number[] {
  return (
    db
      .prepare('SELECT learner_id AS id FROM group_memberships WHERE group_id = ? ORDER BY learner_id')
      .all(groupId) as { id: number }[]
  ).map((r) => r.id);
}

export interface SessionFields {
  groupId: number;
  subjectId: number;
  date: string;
  slot?: 'morning' | 'afternoon' | 'evening';
  trainerId?: number | null;
  roomId?: number | null;
  modality?: 'onsite' | 'distance' | 'work';
}

export function addSession(w: AbsencesWorld, fields: SessionFields): number {
  const { lastInsertRowid } = w.b.db
    .prepare(
      `INSERT INTO planned_sessions (group_id, subject_id, trainer_id, room_id, date, slot, modality, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      fields.groupId,
      fields.subjectId,
      fields.trainerId === undefined ? w.dupont : fields.trainerId,
      fields.roomId === undefined ? w.room12 : fields.roomId,
      fields.date,
      fields.slot ?? 'morning',
      fields.modality ?? 'onsite',
      AT,
      AT,
    );
  return Number(lastInsertRowid);
}

export function storeFile(w: AbsencesWorld, name: string, mimeType: string, data: Buffer): number {
  const { lastInsertRowid } = w.b.db
    .prepare(
      `INSERT INTO stored_files (name, mime_type, size, sha256, data, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(name, mimeType, data.length, createHash('sha256').update(data).digest('hex'), data, w.adminId, AT);
  return Number(lastInsertRowid);
}

export interface SheetFields {
  mode?: 'screen' | 'paper' | null;
  closedAt?: string | null;
  trainerSignature?: Buffer | null;
}

export function addSheet(w: AbsencesWorld, sessionId: number, fields: SheetFields = {}): void {
  const signature = fields.trainerSignature
    ? storeFile(w, 'formateur.png', 'image/png', fields.trainerSignature)
    : null;
  const closedAt = fields.closedAt ?? null;
  w.b.db
    .prepare(
      `INSERT INTO attendance_sheets (session_id, status, mode, trainer_signature_file_id, closed_by, closed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      sessionId,
      closedAt ? 'closed' : 'open',
      fields.mode ?? null,
      signature,
      closedAt ? w.adminId : null,
      closedAt,
      AT,
      AT,
    );
}

export interface LineFields {
  presence?: 'present' | 'absent';
  late?: number;
  leftEarly?: number;
  justification?: 'pending' | 'justified' | 'unjustified' | null;
  reason?: string | null;
  signature?: Buffer | null;
  signedAt?: string | null;
}

/** A line as the roll call records it: an absence or a lateness awaits its follow-up (pending). */
export function addLine(
  w: AbsencesWorld,
  sessionId: number,
  learnerId: number,
  fields: LineFields = {},
): void {
  const presence = fields.presence ?? 'present';
  const away = presence === 'absent' || (fields.late ?? 0) > 0 || (fields.leftEarly ?? 0) > 0;
  const justification = fields.justification !== undefined ? fields.justification : away ? 'pending' : null;
  const signature = fields.signature ? storeFile(w, 'signature.png', 'image/png', fields.signature) : null;
  w.b.db
    .prepare(
      `INSERT INTO attendance_lines (session_id, learner_id, presence, late_minutes, left_early_minutes,
         justification, excuse_reason, signature_file_id, signed_at, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      sessionId,
      learnerId,
      presence,
      fields.late ?? 0,
      fields.leftEarly ?? 0,
      justification,
      fields.reason ?? null,
      signature,
      fields.signedAt ?? (signature ? AT : null),
      w.adminId,
      AT,
    );
}

/** A session of `groupId` with its sheet and a line for each learner given (present unless said). */
export function rollCall(
  w: AbsencesWorld,
  session: SessionFields,
  learners: readonly number[],
  lines: Record<number, LineFields> = {},
  sheet: SheetFields = {},
): number {
  const id = addSession(w, session);
  addSheet(w, id, sheet);
  for (const learner of learners) addLine(w, id, learner, lines[learner] ?? {});
  return id;
}

/** A drawn signature as the pad sends it: a thick dark stroke on a transparent 300 × 100 PNG. */
export function signaturePng(width = 300, height = 100): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width * 4);
    for (let x = 0; x < width; x++) {
      const curve = height / 2 + (height / 3) * Math.sin((x / width) * 4 * Math.PI);
      // Dark blue ink where the stroke passes, transparent elsewhere (the row starts zeroed).
      if (Math.abs(y - curve) < 8) row.writeUInt32BE(0x101828ff, x * 4);
    }
    rows.push(row);
  }
  return encodePng(width, height, 4, rows);
}
