import { afterEach, describe, expect, it } from 'vitest';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';

let b: TestBackend;
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });
const salle12 = { name: 'Salle 12', site: 'Campus Nord', capacity: 24, equipment: 'Vidéoprojecteur' };

async function withRoom() {
  b = await freshBackend();
  const admin = await setupAdmin(b.app);
  const { result } = await b.app.call('rooms.create', salle12, as(admin));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { admin, room: result.value as { id: number } };
}

describe('rooms', () => {
  it('creates, lists in name order, updates and deletes a room, each write audited', async () => {
    const { admin, room } = await withRoom();
    expect(room).toEqual({ id: room.id, ...salle12 });
    await b.app.call('rooms.create', { name: 'Amphi', capacity: 120, site: '', equipment: null }, as(admin));

    const list = await b.app.call('rooms.list', {}, as(admin));
    expect(list.result).toEqual({
      ok: true,
      value: [
        { id: expect.any(Number), name: 'Amphi', site: null, capacity: 120, equipment: null },
        { id: room.id, ...salle12 },
      ],
    });

    const updated = await b.app.call(
      'rooms.update',
      { id: room.id, name: 'Salle 12 bis', site: null, capacity: 30, equipment: 'Tableau blanc' },
      as(admin),
    );
    expect(updated.result).toEqual({
      ok: true,
      value: { id: room.id, name: 'Salle 12 bis', site: null, capacity: 30, equipment: 'Tableau blanc' },
    });

    expect((await b.app.call('rooms.delete', { id: room.id }, as(admin))).result).toEqual({
      ok: true,
      value: {},
    });
    const names = await b.app.call('rooms.list', {}, as(admin));
    expect(names.result).toMatchObject({ ok: true, value: [{ name: 'Amphi' }] });

    const actions = b.db.prepare("SELECT action FROM audit_log WHERE target LIKE 'room:%' ORDER BY id").all();
    expect(actions.map((r) => (r as { action: string }).action)).toEqual([
      'rooms.create',
      'rooms.create',
      'rooms.update',
      'rooms.delete',
    ]);
  });

  it('refuses a name already used (whatever its case) with a message on the name field', async () => {
    const { admin, room } = await withRoom();
    const before = checksum(b.db);
    const dup = await b.app.call('rooms.create', { ...salle12, name: 'salle 12' }, as(admin));
    expect(dup.result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: { name: 'Une salle s’appelle déjà « Salle 12 ». Choisissez un autre nom.' },
      },
    });
    expect(checksum(b.db)).toBe(before);
    const other = await b.app.call('rooms.create', { name: 'Salle 14', capacity: 10 }, as(admin));
    expect(other.result.ok).toBe(true);
    const clash = await b.app.call(
      'rooms.update',
      { id: (other.result as { value: { id: number } }).value.id, name: 'SALLE 12', capacity: 10 },
      as(admin),
    );
    expect(clash.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { name: expect.any(String) } },
    });
    // Renaming a room to its own name in another case is not a clash.
    const self = await b.app.call('rooms.update', { id: room.id, ...salle12, name: 'SALLE 12' }, as(admin));
    expect(self.result).toMatchObject({ ok: true, value: { name: 'SALLE 12' } });
  });

  it.each([
    [0, 'La valeur doit être au moins 1.'],
    [501, 'La valeur doit être au plus 500.'],
    [12.5, expect.any(String)],
  ])('refuses a capacity of %s and writes nothing', async (capacity, message) => {
    const { admin } = await withRoom();
    const before = checksum(b.db);
    const { result } = await b.app.call('rooms.create', { name: 'Salle 3', capacity }, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { capacity: message } },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses to delete a room another record uses (found from the schema), and says so', async () => {
    const { admin, room } = await withRoom();
    b.db.exec(
      'CREATE TABLE test_sessions (id INTEGER PRIMARY KEY, room_id INTEGER REFERENCES rooms ON DELETE RESTRICT)',
    );
    b.db.prepare('INSERT INTO test_sessions (room_id) VALUES (?), (?)').run(room.id, room.id);
    const before = checksum(b.db);
    const { result } = await b.app.call('rooms.delete', { id: room.id }, as(admin));
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(!result.ok && result.error.message).toMatch(
      /^La salle « Salle 12 » ne peut pas être supprimée : elle est encore utilisée \(2 lignes de « test_sessions »\)/,
    );
    expect(checksum(b.db)).toBe(before);
  });

  it('answers NOT_FOUND for a room that does not exist', async () => {
    const { admin } = await withRoom();
    const upd = await b.app.call('rooms.update', { id: 999, name: 'X', capacity: 5 }, as(admin));
    expect(upd.result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Cette salle n’existe pas (ou plus).' },
    });
    const del = await b.app.call('rooms.delete', { id: 999 }, as(admin));
    expect(del.result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('lets every role read the rooms; only admins and managers change them', async () => {
    const { admin, room } = await withRoom();
    const manager = await userWithRole(b.app, admin, 'manager');
    expect((await b.app.call('rooms.create', { name: 'Salle 5', capacity: 8 }, as(manager))).result.ok).toBe(
      true,
    );
    for (const role of ['trainer', 'adviser'] as const) {
      const token = await userWithRole(b.app, admin, role);
      expect((await b.app.call('rooms.list', {}, as(token))).result).toMatchObject({ ok: true });
      const before = checksum(b.db);
      for (const [method, input] of [
        ['rooms.create', { name: 'Salle 7', capacity: 8 }],
        ['rooms.update', { id: room.id, ...salle12, capacity: 2 }],
        ['rooms.delete', { id: room.id }],
      ] as const) {
        expect((await b.app.call(method, input, as(token))).result, `${role} ${method}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
      expect(checksum(b.db)).toBe(before);
    }
  });
});
