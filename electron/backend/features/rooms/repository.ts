import type { Room } from '../../../../shared/api/rooms';
import type { Db } from '../../db/open';

interface RoomRow {
  id: number;
  name: string;
  site: string | null;
  capacity: number;
  equipment: string | null;
}

export interface RoomFields {
  name: string;
  site: string | null;
  capacity: number;
  equipment: string | null;
}

const COLUMNS = 'id, name, site, capacity, equipment';

const toRoom = (row: RoomRow): Room => ({ ...row });

export function listRooms(db: Db): Room[] {
  const rows = db.prepare(`SELECT ${COLUMNS} FROM rooms ORDER BY name COLLATE NOCASE`).all() as RoomRow[];
  return rows.map(toRoom);
}

export function findRoom(db: Db, id: number): Room | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM rooms WHERE id = ?`).get(id) as RoomRow | undefined;
  return row ? toRoom(row) : null;
}

/** The room already called `name` (compared without case, as the UNIQUE index does), if any. */
export function findRoomByName(db: Db, name: string): Room | null {
  const row = db.prepare(`SELECT ${COLUMNS} FROM rooms WHERE name = ? COLLATE NOCASE`).get(name) as
    RoomRow | undefined;
  return row ? toRoom(row) : null;
}

export function insertRoom(db: Db, room: RoomFields, now: Date): number {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO rooms (name, site, capacity, equipment, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(room.name, room.site, room.capacity, room.equipment, at, at);
  return Number(lastInsertRowid);
}

export function updateRoom(db: Db, id: number, room: RoomFields, now: Date): void {
  db.prepare(
    'UPDATE rooms SET name = ?, site = ?, capacity = ?, equipment = ?, updated_at = ? WHERE id = ?',
  ).run(room.name, room.site, room.capacity, room.equipment, now.toISOString(), id);
}

export function deleteRoom(db: Db, id: number): void {
  db.prepare('DELETE FROM rooms WHERE id = ?').run(id);
}
