import { afterEach, describe, expect, it } from 'vitest';
import {
  makeCohort,
  refused,
  makeGroup,
  plan,
  planningWorld,
  sessionInput,
  value,
  type PlanningWorld,
  type Saved,
} from './planning-setup';

let w: PlanningWorld;
afterEach(() => w?.b.close());

describe('sessions.create', () => {
  it('plans a session and returns it with its times, names and no warning', async () => {
    w = await planningWorld();
    const saved = await value<Saved>(w, 'sessions.create', sessionInput(w, { note: 'Jeux de rôle' }));
    expect(saved.warnings).toEqual([]);
    expect(saved.session).toMatchObject({
      date: '2026-03-03',
      slot: 'morning',
      start: '08:15',
      end: '12:00',
      hours: 3.75,
      groupName: 'G1',
      cohortName: 'NDRC 2025-2027',
      subjectName: 'Relation client et négociation-vente',
      trainerName: 'Claire Dupont',
      roomName: 'Salle 12',
      modality: 'onsite',
      note: 'Jeux de rôle',
      warnings: [],
    });
    const audit = w.b.db.prepare("SELECT action, target FROM audit_log WHERE action LIKE 'sessions.%'").all();
    expect(audit).toEqual([{ action: 'sessions.create', target: `session:${saved.session.id}` }]);
  });

  it('refuses a trainer already teaching another group, naming the group, the day and the room', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));
    const error = await refused(w, () => plan(w, { groupId: w.g2, roomId: null }));
    expect(error.message).toBe('Claire Dupont anime déjà G1 le mardi 3 mars 2026 matin (salle 12).');
    expect(error.fields).toEqual({ trainerId: error.message });
  });

  it('names the other cohort when the busy trainer teaches a group of another cohort', async () => {
    w = await planningWorld();
    const other = makeGroup(w.b.db, makeCohort(w.b.db, 'NDRC 2024-2026', w.programmeId), 'G1', 10);
    await value(w, 'sessions.create', sessionInput(w, { groupId: other }));
    const error = await refused(w, () => plan(w, { roomId: null }));
    expect(error.message).toBe(
      'Claire Dupont anime déjà G1 (NDRC 2024-2026) le mardi 3 mars 2026 matin (salle 12).',
    );
  });

  it('refuses a room already taken and a group already taught on that half-day', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));
    const room = await refused(w, () =>
      plan(w, { groupId: w.g2, trainerId: w.leroy, subjectId: w.subjects.english }),
    );
    expect(room.message).toBe(
      'La salle 12 est déjà occupée par G1 avec Claire Dupont le mardi 3 mars 2026 matin.',
    );
    expect(room.fields).toEqual({ roomId: room.message });

    const group = await refused(w, () =>
      plan(w, { trainerId: w.leroy, subjectId: w.subjects.english, roomId: null }),
    );
    expect(group.message).toBe(
      'G1 a déjà une séance le mardi 3 mars 2026 matin : Relation client et négociation-vente avec Claire Dupont.',
    );
  });

  it('joins every error of one half-day in a single message', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));
    const error = await refused(w, () => plan(w, { subjectId: w.subjects.english }));
    expect(error.message).toContain('G1 a déjà une séance');
    expect(error.message).toContain(' Claire Dupont anime déjà G1');
    expect(error.message).toContain(' La salle 12 est déjà occupée');
  });

  it('refuses a company day unless the session is in work situation (FEST)', async () => {
    w = await planningWorld();
    w.b.db
      .prepare("INSERT INTO rhythm_days (group_id, date, place) VALUES (?, '2026-03-03', 'company')")
      .run(w.g1);
    const error = await refused(w, () => plan(w));
    expect(error.message).toBe(
      'G1 est en entreprise le mardi 3 mars 2026 : planifiez la séance un jour en centre, ou en situation de travail (FEST).',
    );
    const fest = await value<Saved>(
      w,
      'sessions.create',
      sessionInput(w, { modality: 'work', roomId: null }),
    );
    expect(fest.session.date).toBe('2026-03-03');
  });

  it('refuses a public holiday (Ascension 2026), and Good Friday only in Alsace-Moselle', async () => {
    w = await planningWorld();
    const ascension = await refused(w, () => plan(w, { date: '2026-05-14' }));
    expect(ascension.message).toBe(
      'Le jeudi 14 mai 2026 est un jour férié (Ascension) : choisissez un autre jour.',
    );

    expect((await plan(w, { date: '2026-04-03' })).ok).toBe(true);
    w.b.db.prepare('UPDATE cohorts SET alsace_moselle = 1 WHERE id = ?').run(w.cohortId);
    const goodFriday = await refused(w, () => plan(w, { date: '2026-04-03', slot: 'afternoon' }));
    expect(goodFriday.message).toContain('(Vendredi saint)');
  });

  it('refuses a room smaller than the group and a group under 5 learners', async () => {
    w = await planningWorld();
    const small = await refused(w, () => plan(w, { roomId: w.room3 }));
    expect(small.message).toBe(
      'La salle 3 n’a que 8 places pour les 12 apprenants de G1 : choisissez une salle plus grande.',
    );
    expect(small.fields).toEqual({ roomId: small.message });
    // At a distance, the room is not held: its size does not matter.
    expect((await plan(w, { roomId: w.room3, modality: 'distance' })).ok).toBe(true);

    const incomplete = await refused(w, () => plan(w, { groupId: w.small, date: '2026-03-04' }));
    expect(incomplete.message).toBe(
      'Petit est incomplet — non planifiable : 3 apprenants, il en faut au moins 5.',
    );
  });

  it('refuses a Sunday, a day outside the cohort and a subject of another programme at their field', async () => {
    w = await planningWorld();
    const sunday = await refused(w, () => plan(w, { date: '2026-03-08' }), 'INVALID_INPUT');
    expect(sunday).toEqual({
      code: 'INVALID_INPUT',
      message: 'Le dimanche 8 mars 2026 est un dimanche : aucune séance le dimanche.',
      fields: { date: sunday.message },
    });
    const outside = await refused(w, () => plan(w, { date: '2027-07-05' }), 'INVALID_INPUT');
    expect(outside.message).toBe(
      'Le lundi 5 juillet 2027 est hors des dates de la promotion NDRC 2025-2027 (du 01/09/2025 au 30/06/2027).',
    );
    const subject = await refused(w, () => plan(w, { subjectId: w.nrcSubject }), 'INVALID_INPUT');
    expect(subject.message).toBe(
      'La matière « Culture générale et expression » n’appartient pas au référentiel suivi par G1 : choisissez une matière de son programme.',
    );
    expect(subject.fields).toEqual({ subjectId: subject.message });
  });

  it('refuses unknown records and an archived cohort', async () => {
    w = await planningWorld();
    expect((await refused(w, () => plan(w, { roomId: 999 }), 'NOT_FOUND')).message).toBe(
      'Cette salle n’existe pas (ou plus).',
    );
    expect((await refused(w, () => plan(w, { trainerId: 999 }), 'NOT_FOUND')).message).toBe(
      'Ce formateur n’existe pas (ou plus).',
    );
    w.b.db.prepare("UPDATE cohorts SET archived_at = '2026-01-01' WHERE id = ?").run(w.cohortId);
    const archived = await refused(w, () => plan(w));
    expect(archived.message).toContain('NDRC 2025-2027');
  });

  it('saves with warnings: school holiday, trainer not listed for the subject, trainer unavailable', async () => {
    w = await planningWorld();
    // Zone B spring holidays 2026 as published: classes end on 3 April and resume on 20 April.
    w.b.db
      .prepare(
        `INSERT INTO school_holidays (zone, name, start_date, end_date, source, imported_at)
         VALUES ('B', 'Vacances de Printemps', '2026-04-03', '2026-04-20', 'test', '2026-01-01')`,
      )
      .run();
    const saved = await value<Saved>(
      w,
      'sessions.create',
      sessionInput(w, { date: '2026-04-08', trainerId: w.leroy, subjectId: w.subjects.negotiation }),
    );
    expect(saved.warnings).toEqual([
      {
        kind: 'school-holiday',
        message: 'Le mercredi 8 avril 2026 tombe pendant les vacances scolaires (Vacances de Printemps).',
      },
      {
        kind: 'trainer-not-qualified',
        message:
          'Relation client et négociation-vente ne figure pas parmi les matières de Marc Leroy : vérifiez sa fiche formateur.',
      },
      {
        kind: 'trainer-unavailable',
        message:
          'Marc Leroy n’a pas déclaré de disponibilité le mercredi 8 avril 2026 matin : confirmez avec le formateur.',
      },
    ]);
    expect(saved.session.warnings).toEqual(saved.warnings);
    // The day classes resume is a school day again.
    const resumed = await value<Saved>(w, 'sessions.create', sessionInput(w, { date: '2026-04-20' }));
    expect(resumed.warnings).toEqual([]);
  });

  it('warns once a subject’s planned hours pass its target over the cohort’s years', async () => {
    w = await planningWorld();
    // Culture générale: 60 h + 60 h = 120 h = 32 half-days of 3 h 45 (plus 0 h 00 left).
    const insert = w.b.db.prepare(
      `INSERT INTO planned_sessions (group_id, subject_id, date, slot, modality, created_at, updated_at)
       VALUES (?, ?, ?, 'morning', 'distance', 'x', 'x')`,
    );
    for (let i = 0; i < 32; i++) {
      const day = new Date(Date.UTC(2025, 8, 1 + i * 7)).toISOString().slice(0, 10);
      insert.run(w.g1, w.subjects.culture, day);
    }
    const over = await value<Saved>(
      w,
      'sessions.create',
      sessionInput(w, { subjectId: w.subjects.culture, trainerId: null }),
    );
    expect(over.warnings).toEqual([
      {
        kind: 'hours-over-target',
        message:
          'Culture générale et expression : 123\u00a0h\u00a045 planifiées pour G1, soit 3\u00a0h\u00a045 de plus que les 120\u00a0h prévues.',
      },
    ]);
  });
});
