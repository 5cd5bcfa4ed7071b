import type { Slot } from '../../../../shared/domain/planning/types';
import type { Db } from '../../db/open';
import { stmt } from './statements';

/** Every trainer with what the session dialog needs to rank them for one subject and half-day. */
export interface TrainerSlotRow {
  id: number;
  name: string;
  qualified: boolean;
  /** The trainer declared at least one half-day of weekly availability. */
  declaresAny: boolean;
  /** …and this weekday's slot is one of them. */
  declaresThisHalfDay: boolean;
}

/**
 * One query for all trainers, whatever their number: subjects and availability are looked up by
 * their primary keys (trainer, subject) and (trainer, weekday, slot). A null subject qualifies
 * no one.
 */
export function trainersForSlot(
  db: Db,
  subjectId: number | null,
  weekday: number,
  slot: Slot,
): TrainerSlotRow[] {
  const rows = stmt(
    db,
    `SELECT t.id, t.first_name || ' ' || t.surname AS name,
       EXISTS (SELECT 1 FROM trainer_subjects ts WHERE ts.trainer_id = t.id AND ts.subject_id = ?) AS qualified,
       EXISTS (SELECT 1 FROM trainer_availability a WHERE a.trainer_id = t.id) AS declaresAny,
       EXISTS (SELECT 1 FROM trainer_availability a
               WHERE a.trainer_id = t.id AND a.weekday = ? AND a.slot = ?) AS declaresThisHalfDay
     FROM trainers t
     ORDER BY t.first_name COLLATE NOCASE, t.surname COLLATE NOCASE, t.id`,
  ).all(subjectId, weekday, slot) as {
    id: number;
    name: string;
    qualified: number;
    declaresAny: number;
    declaresThisHalfDay: number;
  }[];
  // SQLite answers EXISTS with 0 or 1.
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    qualified: r.qualified === 1,
    declaresAny: r.declaresAny === 1,
    declaresThisHalfDay: r.declaresThisHalfDay === 1,
  }));
}

/** Every room, by name. */
export function allRooms(db: Db): { id: number; name: string; capacity: number }[] {
  return stmt(db, 'SELECT id, name, capacity FROM rooms ORDER BY name COLLATE NOCASE, id').all() as {
    id: number;
    name: string;
    capacity: number;
  }[];
}
