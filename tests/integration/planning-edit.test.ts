import { afterEach, describe, expect, it } from 'vitest';
import {
  call,
  refused,
  planningWorld,
  sessionCount,
  sessionInput,
  value,
  type PlanningWorld,
  type Saved,
} from './planning-setup';

let w: PlanningWorld;
afterEach(() => w?.b.close());

describe('sessions.update, move, duplicate, delete', () => {
  it('edits a session in place without conflicting with itself', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w));
    const updated = await value<Saved>(
      w,
      'sessions.update',
      sessionInput(w, { id: session.id, modality: 'distance', note: 'En visio' }),
    );
    expect(updated.session).toMatchObject({ id: session.id, modality: 'distance', note: 'En visio' });
    expect(sessionCount(w.b.db)).toBe(1);
  });

  it('refuses an update onto a half-day taken by another session, naming it', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));
    const { session } = await value<Saved>(
      w,
      'sessions.create',
      sessionInput(w, { slot: 'afternoon', trainerId: w.leroy, subjectId: w.subjects.english }),
    );
    const error = await refused(w, () =>
      call(
        w,
        'sessions.update',
        sessionInput(w, { id: session.id, trainerId: w.leroy, subjectId: w.subjects.english }),
      ),
    );
    expect(error.message).toContain('G1 a déjà une séance le mardi 3 mars 2026 matin');
  });

  it('moves a session, and refuses a move onto a public holiday', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w));
    const moved = await value<Saved>(w, 'sessions.move', {
      id: session.id,
      date: '2026-03-05',
      slot: 'afternoon',
    });
    expect(moved.session).toMatchObject({
      id: session.id,
      date: '2026-03-05',
      slot: 'afternoon',
      start: '13:00',
    });
    // A move onto its own half-day is no conflict.
    expect(
      (await call(w, 'sessions.move', { id: session.id, date: '2026-03-05', slot: 'afternoon' })).ok,
    ).toBe(true);
    const error = await refused(w, () =>
      call(w, 'sessions.move', { id: session.id, date: '2026-05-14', slot: 'morning' }),
    );
    expect(error.message).toContain('jour férié (Ascension)');
    expect(sessionCount(w.b.db)).toBe(1);
  });

  it('duplicates a session onto another half-day, refused onto its own', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w, { note: 'TP' }));
    const copy = await value<Saved>(w, 'sessions.duplicate', {
      id: session.id,
      date: '2026-03-10',
      slot: 'morning',
    });
    expect(copy.session.id).not.toBe(session.id);
    expect(copy.session).toMatchObject({ date: '2026-03-10', trainerName: 'Claire Dupont', note: 'TP' });
    const error = await refused(w, () =>
      call(w, 'sessions.duplicate', { id: session.id, date: '2026-03-03', slot: 'morning' }),
    );
    expect(error.message).toContain('G1 a déjà une séance');
  });

  it('deletes a session, and refuses an unknown one', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w));
    expect(await call(w, 'sessions.delete', { id: session.id })).toEqual({ ok: true, value: {} });
    expect(sessionCount(w.b.db)).toBe(0);
    const gone = await refused(w, () => call(w, 'sessions.delete', { id: session.id }), 'NOT_FOUND');
    expect(gone.message).toBe('Cette séance n’existe pas (ou plus).');
    const actions = w.b.db
      .prepare('SELECT action FROM audit_log WHERE target = ?')
      .all(`session:${session.id}`);
    expect(actions).toEqual([{ action: 'sessions.create' }, { action: 'sessions.delete' }]);
  });

  it('refuses to delete a session another record refers to, saying what refers to it', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w));
    w.b.db
      .prepare("INSERT INTO attendance_sheets (session_id, created_at, updated_at) VALUES (?, 'x', 'x')")
      .run(session.id);
    const error = await refused(w, () => call(w, 'sessions.delete', { id: session.id }));
    expect(error.message).toBe(
      'Cette séance ne peut pas être supprimée : elle est liée à 1 feuille d’émargement.',
    );
  });
});
