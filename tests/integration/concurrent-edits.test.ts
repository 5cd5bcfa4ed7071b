import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanningWeek, SessionView } from '../../shared/api/planning';
import { ADMIN, checksum, userWithRole } from '../helpers/backend';
import { httpLogin, startHttp, type TestHttp } from './http-client';
import { planningWorld, sessionInput, type PlanningWorld } from './planning-setup';

/**
 * Two people edit the same planned session from two browsers (two HTTP sessions): the second
 * save, made from what they read before the first one, is refused with the session as it now
 * is; nothing the first one saved is lost. Sessions carry their version (`updatedAt`) and the
 * renderer sends it back as `expectedUpdatedAt`.
 */

let w: PlanningWorld;
let http: TestHttp;
let anne: Record<string, string>; // the administrator
let remi: Record<string, string>; // a manager

beforeAll(async () => {
  w = await planningWorld();
  await userWithRole(w.b.app, w.admin, 'manager', 'remi.responsable');
  http = await startHttp(w.b.app);
  anne = await httpLogin(http, ADMIN.login, ADMIN.password);
  remi = await httpLogin(http, 'remi.responsable', 'definitif-123456');
});

afterAll(async () => {
  await http.close();
  w.b.close();
});

async function ok<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { ok: boolean; value: T };
  if (!body.ok) throw new Error(JSON.stringify(body));
  return body.value;
}

/** What each person's screen shows: the week of G1 as read now. */
async function readSession(who: Record<string, string>, id: number): Promise<SessionView> {
  const week = await ok<PlanningWeek>(
    await http.post('planning.week', { view: 'group', id: w.g1, weekStart: '2026-03-02' }, who),
  );
  return week.sessions.find((s) => s.id === id)!;
}

async function planned(overrides: Record<string, unknown> = {}): Promise<SessionView> {
  const saved = await ok<{ session: SessionView }>(
    await http.post('sessions.create', sessionInput(w, overrides), anne),
  );
  return saved.session;
}

const at = (iso: string) => (w.b.clock.now = new Date(iso));

describe('two people editing the same session', () => {
  it('refuses the second save made from a stale read, showing the session as it now is', async () => {
    at('2026-03-02T08:15:00Z');
    const created = await planned({ note: 'Apporter les études de cas' });
    const seenByAnne = await readSession(anne, created.id);
    const seenByRemi = await readSession(remi, created.id);
    expect(seenByAnne.updatedAt).toBe(seenByRemi.updatedAt);

    // Rémi saves first: the session goes online, with a new note.
    at('2026-03-02T09:30:00Z');
    const first = await http.post(
      'sessions.update',
      {
        ...sessionInput(w),
        id: created.id,
        roomId: null,
        modality: 'distance',
        note: 'Classe virtuelle',
        expectedUpdatedAt: seenByRemi.updatedAt,
      },
      remi,
    );
    expect(first.status).toBe(200);

    // Anne saves from what she read before: refused, nothing written.
    at('2026-03-02T09:31:00Z');
    await http.post('auth.status', {}, anne); // her session's once-a-minute touch, not part of the save
    const before = checksum(w.b.db);
    const second = await http.post(
      'sessions.update',
      {
        ...sessionInput(w),
        id: created.id,
        note: 'Prévoir une heure de plus',
        expectedUpdatedAt: seenByAnne.updatedAt,
      },
      anne,
    );
    expect(second.status).toBe(409);
    const { error } = (await second.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toMatch(
      /^Cette séance a été modifiée par Compte manager le \d\d\/\d\d\/2026 à \d\d:\d\d/,
    );
    expect(error.message).toContain(
      'Elle est maintenant : Relation client et négociation-vente avec G1, Claire Dupont, à distance, le mardi 3 mars 2026 matin, note « Classe virtuelle »',
    );
    expect(error.message).toMatch(/Rien n’a été enregistré/);
    expect(checksum(w.b.db)).toBe(before);

    // Rémi's change is intact; Anne reads again and saves on top of it.
    const now = await readSession(anne, created.id);
    expect(now).toMatchObject({ modality: 'distance', roomName: null, note: 'Classe virtuelle' });
    expect(now.updatedAt).not.toBe(seenByAnne.updatedAt);
    const retried = await http.post(
      'sessions.update',
      {
        ...sessionInput(w),
        id: created.id,
        roomId: null,
        modality: 'distance',
        note: 'Classe virtuelle, une heure de plus',
        expectedUpdatedAt: now.updatedAt,
      },
      anne,
    );
    expect(retried.status).toBe(200);
    expect((await readSession(remi, created.id)).note).toBe('Classe virtuelle, une heure de plus');
  });

  it('refuses a move and a deletion made from a stale read; the session stays as the other saved it', async () => {
    at('2026-03-02T10:00:00Z');
    const created = await planned({ date: '2026-03-04', slot: 'afternoon' });
    const stale = created.updatedAt;
    const moved = await http.post(
      'sessions.move',
      { id: created.id, date: '2026-03-05', slot: 'afternoon', expectedUpdatedAt: stale },
      remi,
    );
    expect(moved.status).toBe(200);

    const before = checksum(w.b.db);
    const move = await http.post(
      'sessions.move',
      { id: created.id, date: '2026-03-06', slot: 'morning', expectedUpdatedAt: stale },
      anne,
    );
    expect(move.status).toBe(409);
    expect(((await move.json()) as { error: { message: string } }).error.message).toContain(
      'le jeudi 5 mars 2026 après-midi',
    );
    const remove = await http.post('sessions.delete', { id: created.id, expectedUpdatedAt: stale }, anne);
    expect(remove.status).toBe(409);
    expect(((await remove.json()) as { error: { message: string } }).error.message).toMatch(
      /elle n’a pas été supprimée/,
    );
    expect(checksum(w.b.db)).toBe(before);

    const current = await readSession(anne, created.id);
    expect(current).toMatchObject({ date: '2026-03-05', slot: 'afternoon' });
    const removed = await http.post(
      'sessions.delete',
      { id: created.id, expectedUpdatedAt: current.updatedAt },
      anne,
    );
    expect(removed.status).toBe(200);
  });

  it('gives two saves within the same millisecond two different versions', async () => {
    at('2026-03-02T11:00:00Z'); // the clock stands still for every call below
    const created = await planned({ date: '2026-03-03', slot: 'afternoon' });
    const versions = new Set([created.updatedAt]);
    let token = created.updatedAt;
    for (const note of ['a', 'b', 'c']) {
      const saved = await ok<{ session: SessionView }>(
        await http.post(
          'sessions.update',
          {
            ...sessionInput(w, { date: '2026-03-03', slot: 'afternoon' }),
            id: created.id,
            note,
            expectedUpdatedAt: token,
          },
          remi,
        ),
      );
      token = saved.session.updatedAt;
      versions.add(token);
    }
    expect(versions.size).toBe(4);
    const stale = await http.post(
      'sessions.update',
      {
        ...sessionInput(w, { date: '2026-03-03', slot: 'afternoon' }),
        id: created.id,
        note: 'x',
        expectedUpdatedAt: created.updatedAt,
      },
      anne,
    );
    expect(stale.status).toBe(409);
  });

  it('lets a client that sends no version save over the last one (scripts, older clients)', async () => {
    at('2026-03-02T12:00:00Z');
    const created = await planned({ date: '2026-03-05', slot: 'morning' });
    await ok(
      await http.post(
        'sessions.update',
        { ...sessionInput(w, { date: '2026-03-05', slot: 'morning' }), id: created.id, note: 'un' },
        remi,
      ),
    );
    await ok(
      await http.post(
        'sessions.update',
        { ...sessionInput(w, { date: '2026-03-05', slot: 'morning' }), id: created.id, note: 'deux' },
        anne,
      ),
    );
    expect((await readSession(remi, created.id)).note).toBe('deux');
  });
});
