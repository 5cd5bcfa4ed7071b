import { afterEach, describe, expect, it } from 'vitest';
import type { Availability } from '../../shared/api/availability';
import { errorsFr } from '../../shared/i18n/fr/errors';
import { checksum, userWithRole } from '../helpers/backend';
import {
  call,
  makeCohort,
  makeGroup,
  makeTrainer,
  plan,
  planningWorld,
  refused,
  sessionInput,
  value,
  type PlanningWorld,
  type Saved,
} from './planning-setup';

let w: PlanningWorld;
afterEach(() => w?.b.close());

const NEGOTIATION = 'Relation client et négociation-vente';
/** Tuesday 3 March 2026, the half-day sessionInput plans on. */
const TUESDAY = '2026-03-03';

const ask = (world: PlanningWorld, input: Record<string, unknown> = {}) =>
  value<Availability>(world, 'planning.availability', {
    date: TUESDAY,
    slot: 'morning',
    groupId: world.g2,
    ...input,
  });

const trainer = (a: Availability, id: number) => a.trainers.find((p) => p.id === id)!;
const room = (a: Availability, id: number) => a.rooms.find((r) => r.id === id)!;

describe('planning.availability', () => {
  it('shows a trainer and a room taken by another group as busy, naming that group and subject', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));

    const before = checksum(w.b.db);
    const a = await ask(w, { subjectId: w.subjects.negotiation });
    expect(checksum(w.b.db)).toBe(before);

    expect(a).toMatchObject({ date: TUESDAY, slot: 'morning', groupName: 'G2', groupSize: 12 });
    expect(trainer(a, w.dupont)).toEqual({
      id: w.dupont,
      name: 'Claire Dupont',
      busy: `G1 — ${NEGOTIATION}`,
      unavailable: false,
      qualified: true,
    });
    expect(trainer(a, w.leroy).busy).toBeNull();
    expect(room(a, w.room12)).toEqual({
      id: w.room12,
      name: 'Salle 12',
      capacity: 20,
      busy: `G1 — ${NEGOTIATION}`,
      tooSmall: false,
    });
    expect(room(a, w.room3).busy).toBeNull();
    // G2 itself has nothing that morning; G1 has its session.
    expect(a.groupBusy).toBeNull();
    const g1 = await ask(w, { groupId: w.g1 });
    expect(g1.groupBusy).toBe(`${NEGOTIATION} — Claire Dupont`);

    // What is shown busy is what the save refuses, and what is shown free is accepted.
    const refusal = await refused(w, () => plan(w, { groupId: w.g2, roomId: null }));
    expect(refusal.fields).toEqual({ trainerId: refusal.message });
    await value(w, 'sessions.create', sessionInput(w, { groupId: w.g2, trainerId: w.leroy, roomId: null }));
  });

  it('lets an edited session not see itself: excludeSessionId frees its trainer, room and group', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w));
    const a = await ask(w, { groupId: w.g1, excludeSessionId: session.id });
    expect(a.groupBusy).toBeNull();
    expect(trainer(a, w.dupont).busy).toBeNull();
    expect(room(a, w.room12).busy).toBeNull();
    // Another session left out frees nothing.
    const other = await ask(w, { groupId: w.g1, excludeSessionId: session.id + 100 });
    expect(trainer(other, w.dupont).busy).toBe(`G1 — ${NEGOTIATION}`);
  });

  it('names a group of another cohort with its cohort', async () => {
    w = await planningWorld();
    const other = makeGroup(w.b.db, makeCohort(w.b.db, 'NDRC 2024-2026', w.programmeId), 'G1', 10);
    await value(w, 'sessions.create', sessionInput(w, { groupId: other }));
    const a = await ask(w);
    expect(trainer(a, w.dupont).busy).toBe(`G1 (NDRC 2024-2026) — ${NEGOTIATION}`);
  });

  it('holds no room for a distance session, but still its trainer', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w, { modality: 'distance', roomId: null }));
    // A room recorded on a FOAD session (kept from an earlier on-site plan) holds nothing.
    w.b.db.prepare('UPDATE planned_sessions SET room_id = ?').run(w.room12);
    const a = await ask(w);
    expect(room(a, w.room12).busy).toBeNull();
    expect(trainer(a, w.dupont).busy).toBe(`G1 — ${NEGOTIATION}`);
  });

  it('marks a room too small for the group’s current learners, never one of exactly its size', async () => {
    w = await planningWorld();
    const a = await ask(w);
    expect(room(a, w.room3)).toMatchObject({ capacity: 8, tooSmall: true, busy: null });
    expect(room(a, w.room12).tooSmall).toBe(false);
    const twelve = w.b.db
      .prepare("INSERT INTO rooms (name, capacity, created_at, updated_at) VALUES ('Salle 7', 12, 'x', 'x')")
      .run().lastInsertRowid;
    expect(room(await ask(w), Number(twelve)).tooSmall).toBe(false);
    // The small room is refused on save, as shown.
    await refused(w, () => plan(w, { groupId: w.g2, roomId: w.room3 }));
  });

  it('marks a trainer outside their declared weekly availability; one who declared none is never so', async () => {
    w = await planningWorld();
    // Marc Leroy declared Monday and Tuesday mornings.
    const tuesday = await ask(w);
    expect(trainer(tuesday, w.leroy).unavailable).toBe(false);
    const afternoon = await ask(w, { slot: 'afternoon' });
    expect(trainer(afternoon, w.leroy).unavailable).toBe(true);
    const wednesday = await ask(w, { date: '2026-03-04' });
    expect(trainer(wednesday, w.leroy).unavailable).toBe(true);
    expect(trainer(wednesday, w.dupont).unavailable).toBe(false);
  });

  it('flags who teaches the subject asked about, and no one when none is', async () => {
    w = await planningWorld();
    const both = makeTrainer(w.b.db, 'Amina', 'Benali', [w.subjects.english, w.subjects.negotiation]);
    const english = await ask(w, { subjectId: w.subjects.english });
    expect(trainer(english, w.leroy).qualified).toBe(true);
    expect(trainer(english, w.dupont).qualified).toBe(false);
    expect(trainer(english, both).qualified).toBe(true);
    const none = await ask(w);
    expect(none.trainers.map((p) => p.qualified)).toEqual([false, false, false]);
    // Every trainer and every room, by name.
    expect(none.trainers.map((p) => p.name)).toEqual(['Amina Benali', 'Claire Dupont', 'Marc Leroy']);
    expect(none.rooms.map((r) => r.name)).toEqual(['Salle 12', 'Salle 3']);
  });

  it('gives the day’s facts that refuse any session: public holiday, company day; and the school holiday', async () => {
    w = await planningWorld();
    const mayDay = await ask(w, { date: '2026-05-01' });
    expect(mayDay).toMatchObject({ publicHoliday: 'Fête du Travail', companyDay: false, dateProblem: null });

    w.b.db
      .prepare("INSERT INTO rhythm_days (group_id, date, place) VALUES (?, '2026-03-10', 'company')")
      .run(w.g2);
    expect((await ask(w, { date: '2026-03-10' })).companyDay).toBe(true);
    expect((await ask(w, { date: '2026-03-10', groupId: w.g1 })).companyDay).toBe(false);

    w.b.db
      .prepare(
        `INSERT INTO school_holidays (zone, name, start_date, end_date, source, imported_at)
         VALUES ('B', 'Vacances de Printemps', '2026-04-03', '2026-04-20', 'test', '2026-01-01')`,
      )
      .run();
    const spring = await ask(w, { date: '2026-04-08' });
    expect(spring).toMatchObject({ schoolHoliday: 'Vacances de Printemps', publicHoliday: null });
    expect(await ask(w)).toMatchObject({ publicHoliday: null, companyDay: false, schoolHoliday: null });
  });

  it('says why a date takes no session at all: a Sunday, a day outside the cohort', async () => {
    w = await planningWorld();
    expect((await ask(w, { date: '2026-03-08' })).dateProblem).toBe(
      'Le dimanche 8 mars 2026 est un dimanche : aucune séance le dimanche.',
    );
    expect((await ask(w, { date: '2027-09-06' })).dateProblem).toBe(
      'Le lundi 6 septembre 2027 est hors des dates de la promotion NDRC 2025-2027 (du 01/09/2025 au 30/06/2027).',
    );
  });

  it('tells a group too small to plan by its size', async () => {
    w = await planningWorld();
    expect(await ask(w, { groupId: w.small })).toMatchObject({ groupName: 'Petit', groupSize: 3 });
  });

  it('refuses an unknown group, a subject of another programme and unknown fields, in French', async () => {
    w = await planningWorld();
    const base = { date: TUESDAY, slot: 'morning', groupId: w.g1 };
    const unknown = await call(w, 'planning.availability', { ...base, groupId: 9999 });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const nrc = await call(w, 'planning.availability', { ...base, subjectId: w.nrcSubject });
    expect(nrc).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    if (!nrc.ok)
      expect(nrc.error.fields?.subjectId).toContain('n’appartient pas au référentiel suivi par G1');
    const extra = await call(w, 'planning.availability', { ...base, trainerId: w.dupont });
    expect(extra).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const date = await call(w, 'planning.availability', { ...base, date: '2026-02-30' });
    expect(date).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('answers planners only: a trainer or an adviser is refused (FORBIDDEN), a manager is answered', async () => {
    w = await planningWorld();
    const input = { date: TUESDAY, slot: 'morning', groupId: w.g1 };
    for (const role of ['trainer', 'adviser'] as const) {
      const token = await userWithRole(w.b.app, w.admin, role);
      const result = await call(w, 'planning.availability', input, token);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: errorsFr.forbidden } });
    }
    const manager = await userWithRole(w.b.app, w.admin, 'manager');
    expect((await call(w, 'planning.availability', input, manager)).ok).toBe(true);
  });
});
