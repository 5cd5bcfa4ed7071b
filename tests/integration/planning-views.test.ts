import { afterEach, describe, expect, it } from 'vitest';
import type { PlanningWeek } from '../../shared/api/planning';
import { call, planningWorld, sessionInput, value, type PlanningWorld, type Saved } from './planning-setup';

let w: PlanningWorld;
afterEach(() => w?.b.close());

const importSpringHolidays = (world: PlanningWorld) =>
  world.b.db
    .prepare(
      `INSERT INTO school_holidays (zone, name, start_date, end_date, source, imported_at)
       VALUES ('B', 'Vacances de Printemps', '2026-04-03', '2026-04-20', 'test', '2026-01-01')`,
    )
    .run();

describe('planning.week and planning.month', () => {
  it('gives a group’s week: days with holidays and rhythm, the centre’s slots, the sessions', async () => {
    w = await planningWorld();
    w.b.db
      .prepare("INSERT INTO rhythm_days (group_id, date, place) VALUES (?, '2026-05-15', 'company')")
      .run(w.g1);
    await value(w, 'sessions.create', sessionInput(w, { date: '2026-05-12', slot: 'afternoon' }));
    await value(w, 'sessions.create', sessionInput(w, { date: '2026-05-12' }));
    await value(w, 'sessions.create', sessionInput(w, { date: '2026-05-18' })); // next week

    const week = await value<PlanningWeek>(w, 'planning.week', {
      view: 'group',
      id: w.g1,
      weekStart: '2026-05-11',
    });
    expect(week.weekStart).toBe('2026-05-11');
    expect(week.days).toEqual([
      { date: '2026-05-11', publicHoliday: null, schoolHoliday: null, place: 'centre' },
      { date: '2026-05-12', publicHoliday: null, schoolHoliday: null, place: 'centre' },
      { date: '2026-05-13', publicHoliday: null, schoolHoliday: null, place: 'centre' },
      { date: '2026-05-14', publicHoliday: 'Ascension', schoolHoliday: null, place: 'centre' },
      { date: '2026-05-15', publicHoliday: null, schoolHoliday: null, place: 'company' },
      { date: '2026-05-16', publicHoliday: null, schoolHoliday: null, place: 'centre' },
    ]);
    expect(week.slots).toEqual([
      { slot: 'morning', start: '08:15', end: '12:00', hours: 3.75 },
      { slot: 'afternoon', start: '13:00', end: '16:45', hours: 3.75 },
      { slot: 'evening', start: '17:00', end: '19:00', hours: 2 },
    ]);
    expect(week.sessions.map((s) => `${s.date} ${s.slot} ${s.trainerName} ${s.roomName}`)).toEqual([
      '2026-05-12 morning Claire Dupont Salle 12',
      '2026-05-12 afternoon Claire Dupont Salle 12',
    ]);
  });

  it('refuses a week that does not start on Monday, and an unknown group, trainer or room', async () => {
    w = await planningWorld();
    expect(await call(w, 'planning.week', { view: 'group', id: w.g1, weekStart: '2026-05-12' })).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Le mardi 12 mai 2026 n’est pas un lundi : une semaine du planning commence le lundi.',
        fields: {
          weekStart: 'Le mardi 12 mai 2026 n’est pas un lundi : une semaine du planning commence le lundi.',
        },
      },
    });
    for (const view of ['group', 'trainer', 'room']) {
      const result = await call(w, 'planning.week', { view, id: 999, weekStart: '2026-05-11' });
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });

  it('shows a trainer’s and a room’s sessions across groups, without a place', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));
    await value(w, 'sessions.create', sessionInput(w, { groupId: w.g2, date: '2026-03-04' }));
    await value(
      w,
      'sessions.create',
      sessionInput(w, {
        groupId: w.g2,
        date: '2026-03-05',
        trainerId: w.leroy,
        subjectId: w.subjects.english,
        roomId: w.room3,
        modality: 'distance',
      }),
    );
    const trainer = await value<PlanningWeek>(w, 'planning.week', {
      view: 'trainer',
      id: w.dupont,
      weekStart: '2026-03-02',
    });
    expect(trainer.sessions.map((s) => `${s.date} ${s.groupName}`)).toEqual([
      '2026-03-03 G1',
      '2026-03-04 G2',
    ]);
    expect(trainer.days.every((d) => d.place === null)).toBe(true);
    const room = await value<PlanningWeek>(w, 'planning.week', {
      view: 'room',
      id: w.room3,
      weekStart: '2026-03-02',
    });
    expect(room.sessions.map((s) => `${s.date} ${s.trainerName}`)).toEqual(['2026-03-05 Marc Leroy']);
  });

  it('recomputes warnings as things are today: school holidays imported later, a trainer’s subjects changed', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w, { date: '2026-04-07' }));
    expect(session.warnings).toEqual([]);
    importSpringHolidays(w);
    w.b.db.prepare('DELETE FROM trainer_subjects WHERE trainer_id = ?').run(w.dupont);

    const week = await value<PlanningWeek>(w, 'planning.week', {
      view: 'group',
      id: w.g1,
      weekStart: '2026-04-06',
    });
    expect(week.days[1]).toMatchObject({ date: '2026-04-07', schoolHoliday: 'Vacances de Printemps' });
    expect(week.sessions[0]!.warnings.map((x) => x.kind)).toEqual([
      'school-holiday',
      'trainer-not-qualified',
    ]);
    // A trainer's week takes the zone of the cohorts in progress, all in zone B here.
    const trainer = await value<PlanningWeek>(w, 'planning.week', {
      view: 'trainer',
      id: w.dupont,
      weekStart: '2026-04-06',
    });
    expect(trainer.days[1]!.schoolHoliday).toBe('Vacances de Printemps');
    expect(trainer.sessions[0]!.warnings).toEqual(week.sessions[0]!.warnings);
  });

  it('follows the centre’s slot times', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));
    const slots = {
      morning: { start: '08:30', end: '12:00' },
      afternoon: { start: '13:30', end: '17:00' },
      evening: { start: '17:30', end: '19:30' },
    };
    await value(w, 'settings.update', { slots });
    const week = await value<PlanningWeek>(w, 'planning.week', {
      view: 'group',
      id: w.g1,
      weekStart: '2026-03-02',
    });
    expect(week.slots[0]).toEqual({ slot: 'morning', start: '08:30', end: '12:00', hours: 3.5 });
    expect(week.sessions[0]).toMatchObject({ start: '08:30', end: '12:00', hours: 3.5 });
  });

  it('gives a month: every day of it with its facts, and its sessions', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w, { date: '2026-04-30' }));
    await value(w, 'sessions.create', sessionInput(w, { date: '2026-05-05' }));
    await value(w, 'sessions.create', sessionInput(w, { date: '2026-05-29', slot: 'afternoon' }));
    const month = await value<{
      month: string;
      days: PlanningWeek['days'];
      sessions: PlanningWeek['sessions'];
    }>(w, 'planning.month', { view: 'group', id: w.g1, month: '2026-05' });
    expect(month.month).toBe('2026-05');
    expect(month.days).toHaveLength(31);
    expect(month.days.filter((d) => d.publicHoliday).map((d) => `${d.date} ${d.publicHoliday}`)).toEqual([
      '2026-05-01 Fête du Travail',
      '2026-05-08 Victoire 1945',
      '2026-05-14 Ascension',
      '2026-05-25 Lundi de Pentecôte',
    ]);
    expect(month.sessions.map((s) => s.date)).toEqual(['2026-05-05', '2026-05-29']);
  });
});
