import type {
  AccountChoice,
  CONTRACT_TYPES,
  SLOTS,
  SubjectChoice,
  Trainer,
} from '../../../../shared/api/trainers';
import { byPersonName } from '../../../../shared/format/sort';
import type { Db } from '../../db/open';

type ContractType = (typeof CONTRACT_TYPES)[number];
type Slot = (typeof SLOTS)[number];

interface TrainerRow {
  id: number;
  surname: string;
  first_name: string;
  email: string | null;
  phone: string | null;
  contract_type: ContractType;
  user_id: number | null;
  user_login: string | null;
  notes: string | null;
}

interface SubjectRow {
  trainer_id: number;
  id: number;
  name: string;
  programme_id: number;
  programme_title: string;
}

interface AvailabilityRow {
  trainer_id: number;
  weekday: number;
  slot: Slot;
}

export interface TrainerFields {
  surname: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  contractType: ContractType;
  userId: number | null;
  notes: string | null;
}

const TRAINER_SELECT = `
  SELECT t.id, t.surname, t.first_name, t.email, t.phone, t.contract_type, t.user_id, u.login AS user_login, t.notes
  FROM trainers t LEFT JOIN users u ON u.id = t.user_id`;

const SUBJECT_SELECT = `
  SELECT ts.trainer_id, s.id, s.name, s.programme_id, p.title AS programme_title
  FROM trainer_subjects ts
  JOIN programme_subjects s ON s.id = ts.subject_id
  JOIN programmes p ON p.id = s.programme_id`;
const SUBJECT_ORDER = 'ORDER BY p.title COLLATE NOCASE, p.id, s.position, s.id';

const AVAILABILITY_SELECT = 'SELECT trainer_id, weekday, slot FROM trainer_availability';
const AVAILABILITY_ORDER = `ORDER BY weekday, CASE slot WHEN 'morning' THEN 1 WHEN 'afternoon' THEN 2 ELSE 3 END`;

function assemble(rows: TrainerRow[], subjects: SubjectRow[], availability: AvailabilityRow[]): Trainer[] {
  const byTrainer = new Map<number, Trainer>();
  const trainers = rows.map((row) => {
    const trainer: Trainer = {
      id: row.id,
      surname: row.surname,
      firstName: row.first_name,
      email: row.email,
      phone: row.phone,
      contractType: row.contract_type,
      userId: row.user_id,
      userLogin: row.user_login,
      subjects: [],
      availability: [],
      notes: row.notes,
    };
    byTrainer.set(row.id, trainer);
    return trainer;
  });
  for (const s of subjects) {
    byTrainer.get(s.trainer_id)?.subjects.push({
      id: s.id,
      name: s.name,
      programmeId: s.programme_id,
      programmeTitle: s.programme_title,
    });
  }
  for (const a of availability)
    byTrainer.get(a.trainer_id)?.availability.push({ weekday: a.weekday, slot: a.slot });
  return trainers;
}

export function listTrainers(db: Db): Trainer[] {
  return assemble(
    db
      .prepare(`${TRAINER_SELECT} ORDER BY t.surname COLLATE NOCASE, t.first_name COLLATE NOCASE, t.id`)
      .all() as TrainerRow[],
    db.prepare(`${SUBJECT_SELECT} ${SUBJECT_ORDER}`).all() as SubjectRow[],
    db.prepare(`${AVAILABILITY_SELECT} ${AVAILABILITY_ORDER}`).all() as AvailabilityRow[],
  ).sort(byPersonName);
}

export function findTrainer(db: Db, id: number): Trainer | null {
  const row = db.prepare(`${TRAINER_SELECT} WHERE t.id = ?`).get(id) as TrainerRow | undefined;
  if (!row) return null;
  return assemble(
    [row],
    db.prepare(`${SUBJECT_SELECT} WHERE ts.trainer_id = ? ${SUBJECT_ORDER}`).all(id) as SubjectRow[],
    db
      .prepare(`${AVAILABILITY_SELECT} WHERE trainer_id = ? ${AVAILABILITY_ORDER}`)
      .all(id) as AvailabilityRow[],
  )[0]!;
}

export function insertTrainer(db: Db, t: TrainerFields, now: Date): number {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO trainers (surname, first_name, email, phone, contract_type, user_id, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(t.surname, t.firstName, t.email, t.phone, t.contractType, t.userId, t.notes, at, at);
  return Number(lastInsertRowid);
}

export function updateTrainer(db: Db, id: number, t: TrainerFields, now: Date): void {
  db.prepare(
    `UPDATE trainers SET surname = ?, first_name = ?, email = ?, phone = ?, contract_type = ?, user_id = ?,
       notes = ?, updated_at = ? WHERE id = ?`,
  ).run(t.surname, t.firstName, t.email, t.phone, t.contractType, t.userId, t.notes, now.toISOString(), id);
}

/** Replaces the whole set of subjects taught (the form always sends the full set). */
export function replaceSubjects(db: Db, trainerId: number, subjectIds: readonly number[]): void {
  db.prepare('DELETE FROM trainer_subjects WHERE trainer_id = ?').run(trainerId);
  const insert = db.prepare('INSERT INTO trainer_subjects (trainer_id, subject_id) VALUES (?, ?)');
  for (const subjectId of subjectIds) insert.run(trainerId, subjectId);
}

export function replaceAvailability(
  db: Db,
  trainerId: number,
  entries: readonly { weekday: number; slot: Slot }[],
): void {
  db.prepare('DELETE FROM trainer_availability WHERE trainer_id = ?').run(trainerId);
  const insert = db.prepare('INSERT INTO trainer_availability (trainer_id, weekday, slot) VALUES (?, ?, ?)');
  for (const e of entries) insert.run(trainerId, e.weekday, e.slot);
}

export function deleteTrainer(db: Db, id: number): void {
  db.prepare('DELETE FROM trainers WHERE id = ?').run(id);
}

/** Which of these subject ids exist. */
export function existingSubjectIds(db: Db, ids: readonly number[]): Set<number> {
  const found = new Set<number>();
  const get = db.prepare('SELECT id FROM programme_subjects WHERE id = ?');
  for (const id of ids) if (get.get(id)) found.add(id);
  return found;
}

export interface LinkableAccount {
  id: number;
  login: string;
  role: string;
  disabled: boolean;
  /** The trainer this account is linked to already, if any. */
  trainerId: number | null;
  trainerName: string | null;
}

interface AccountRow {
  id: number;
  login: string;
  display_name: string;
  role: string;
  disabled_at: string | null;
  trainer_id: number | null;
  trainer_name: string | null;
}

const ACCOUNT_SELECT = `
  SELECT u.id, u.login, u.display_name, u.role, u.disabled_at,
         t.id AS trainer_id, CASE WHEN t.id IS NULL THEN NULL ELSE t.first_name || ' ' || t.surname END AS trainer_name
  FROM users u LEFT JOIN trainers t ON t.user_id = u.id`;

export function findLinkableAccount(db: Db, userId: number): LinkableAccount | null {
  const row = db.prepare(`${ACCOUNT_SELECT} WHERE u.id = ?`).get(userId) as AccountRow | undefined;
  if (!row) return null;
  return {
    id: row.id,
    login: row.login,
    role: row.role,
    disabled: row.disabled_at !== null,
    trainerId: row.trainer_id,
    trainerName: row.trainer_name,
  };
}

export function listAccountChoices(db: Db): AccountChoice[] {
  const rows = db
    .prepare(
      `${ACCOUNT_SELECT} WHERE u.role = 'trainer' AND u.disabled_at IS NULL ORDER BY u.display_name COLLATE NOCASE, u.id`,
    )
    .all() as AccountRow[];
  return rows.map((r) => ({
    id: r.id,
    login: r.login,
    displayName: r.display_name,
    trainerId: r.trainer_id,
    trainerName: r.trainer_name,
  }));
}

export function listSubjectChoices(db: Db): SubjectChoice[] {
  const rows = db
    .prepare(
      `SELECT s.id, s.name, s.programme_id, p.title AS programme_title
       FROM programme_subjects s JOIN programmes p ON p.id = s.programme_id
       ORDER BY p.title COLLATE NOCASE, p.id, s.position, s.id`,
    )
    .all() as Omit<SubjectRow, 'trainer_id'>[];
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    programmeId: r.programme_id,
    programmeTitle: r.programme_title,
  }));
}
