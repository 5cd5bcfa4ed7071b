import { afterEach, describe, expect, it } from 'vitest';
import { blockingReferences } from '../../electron/backend/db/references';
import { describeUses } from '../../shared/i18n/fr/references';
import { freshBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
afterEach(() => b?.close());

describe('blocking references', () => {
  it('lists the rows that would stop a delete, ignoring cascading and nulling keys', async () => {
    b = await freshBackend();
    const now = new Date().toISOString();
    b.db
      .prepare('INSERT INTO rooms (name, capacity, created_at, updated_at) VALUES (?, ?, ?, ?)')
      .run('Salle 12', 24, now, now);
    expect(blockingReferences(b.db, 'rooms', 1)).toEqual([]);

    b.db.exec(`
      CREATE TABLE test_sessions (id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms (id) ON DELETE RESTRICT);
      CREATE TABLE test_notes (id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms (id) ON DELETE CASCADE);
      CREATE TABLE test_bookings (id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms (id));
      INSERT INTO test_sessions (room_id) VALUES (1), (1);
      INSERT INTO test_notes (room_id) VALUES (1);
      INSERT INTO test_bookings (room_id) VALUES (1);
    `);
    expect(blockingReferences(b.db, 'rooms', 1)).toEqual([
      { table: 'test_bookings', count: 1 },
      { table: 'test_sessions', count: 2 },
    ]);
    expect(blockingReferences(b.db, 'rooms', 2)).toEqual([]);
  });
});

describe('describeUses', () => {
  it('says what still points to a record in French, naming unknown tables as they are', () => {
    expect(
      describeUses([
        { table: 'planned_sessions', count: 2 },
        { table: 'marks', count: 1 },
        { table: 'test_sessions', count: 3 },
      ]),
    ).toBe('2 séances planifiées, 1 note, 3 lignes de « test_sessions »');
  });
});
