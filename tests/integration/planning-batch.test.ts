import { checksum } from '../helpers/backend';
import { afterEach, describe, expect, it } from 'vitest';
import type { BatchResult } from '../../shared/api/planning';
import { call, planningWorld, sessionCount, sessionInput, value, type PlanningWorld } from './planning-setup';

let w: PlanningWorld;
afterEach(() => w?.b.close());

/** G1's week of 2 March 2026: Tuesday morning, Wednesday morning (FOAD), Thursday afternoon. */
async function sourceWeek() {
  await value(w, 'sessions.create', sessionInput(w));
  await value(
    w,
    'sessions.create',
    sessionInput(w, {
      date: '2026-03-04',
      subjectId: w.subjects.culture,
      trainerId: null,
      roomId: null,
      modality: 'distance',
    }),
  );
  await value(
    w,
    'sessions.create',
    sessionInput(w, {
      date: '2026-03-05',
      slot: 'afternoon',
      subjectId: w.subjects.english,
      trainerId: w.leroy,
    }),
  );
}

describe('planning.copyWeek', () => {
  it('previews without writing, then copies the same, skipping each half-day that fails with its reason', async () => {
    w = await planningWorld();
    await sourceWeek();
    // Wednesday 11 March G1 is in company; Tuesday 10 March Claire Dupont teaches G2.
    w.b.db
      .prepare("INSERT INTO rhythm_days (group_id, date, place) VALUES (?, '2026-03-11', 'company')")
      .run(w.g1);
    await value(w, 'sessions.create', sessionInput(w, { groupId: w.g2, date: '2026-03-10', roomId: null }));
    const input = {
      groupId: w.g1,
      fromWeek: '2026-03-02',
      toWeeks: ['2026-05-11', '2026-03-09'],
      dryRun: true,
    };

    const before = checksum(w.b.db);
    const preview = await value<BatchResult>(w, 'planning.copyWeek', input);
    expect(checksum(w.b.db)).toBe(before);
    expect(preview.dryRun).toBe(true);
    expect(preview.skipped).toEqual([
      {
        date: '2026-03-10',
        slot: 'morning',
        reason: 'Claire Dupont anime déjà G2 le mardi 10 mars 2026 matin.',
      },
      {
        date: '2026-03-11',
        slot: 'morning',
        reason:
          'G1 est en entreprise le mercredi 11 mars 2026 : planifiez la séance un jour en centre, ou en situation de travail (FEST).',
      },
      {
        date: '2026-05-14',
        slot: 'afternoon',
        reason: 'Le jeudi 14 mai 2026 est un jour férié (Ascension) : choisissez un autre jour.',
      },
    ]);
    expect(preview.created.map((c) => `${c.date} ${c.slot} ${c.subjectName}`)).toEqual([
      '2026-03-12 afternoon Anglais',
      '2026-05-12 morning Relation client et négociation-vente',
      '2026-05-13 morning Culture générale et expression',
    ]);
    // Marc Leroy declared Monday and Tuesday mornings only.
    expect(preview.created[0]!.warnings.map((x) => x.kind)).toEqual(['trainer-unavailable']);

    const done = await value<BatchResult>(w, 'planning.copyWeek', { ...input, dryRun: false });
    expect(done).toEqual({ ...preview, dryRun: false });
    expect(sessionCount(w.b.db)).toBe(4 + 3);
    const audit = w.b.db
      .prepare("SELECT target, details FROM audit_log WHERE action = 'planning.copyWeek'")
      .all();
    expect(audit).toHaveLength(1);
    expect(JSON.parse((audit[0] as { details: string }).details)).toMatchObject({ created: 3, skipped: 3 });
  });

  it('skips the days of a target week outside the cohort', async () => {
    w = await planningWorld();
    w.b.db.prepare("UPDATE cohorts SET end_date = '2026-03-11' WHERE id = ?").run(w.cohortId);
    await sourceWeek();
    const result = await value<BatchResult>(w, 'planning.copyWeek', {
      groupId: w.g1,
      fromWeek: '2026-03-02',
      toWeeks: ['2026-03-09'],
      dryRun: false,
    });
    expect(result.created.map((c) => c.date)).toEqual(['2026-03-10', '2026-03-11']);
    expect(result.skipped).toEqual([
      {
        date: '2026-03-12',
        slot: 'afternoon',
        reason:
          'Le jeudi 12 mars 2026 est hors des dates de la promotion NDRC 2025-2027 (du 01/09/2025 au 11/03/2026).',
      },
    ]);
  });

  it('refuses a week that does not start on Monday, a copy onto itself and an empty week', async () => {
    w = await planningWorld();
    await sourceWeek();
    const base = { groupId: w.g1, fromWeek: '2026-03-02', toWeeks: ['2026-03-09'], dryRun: false };
    const notMonday = await call(w, 'planning.copyWeek', { ...base, toWeeks: ['2026-03-10'] });
    expect(notMonday).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'Le mardi 10 mars 2026 n’est pas un lundi : une semaine du planning commence le lundi.',
        fields: { 'toWeeks.0': expect.any(String) },
      },
    });
    const itself = await call(w, 'planning.copyWeek', { ...base, toWeeks: ['2026-03-09', '2026-03-02'] });
    expect(itself).toMatchObject({
      ok: false,
      error: { fields: { 'toWeeks.1': expect.stringContaining('aussi') } },
    });
    const empty = await call(w, 'planning.copyWeek', {
      ...base,
      fromWeek: '2026-03-16',
      toWeeks: ['2026-03-23'],
    });
    expect(empty).toMatchObject({
      ok: false,
      error: { message: 'G1 n’a aucune séance la semaine du lundi 16 mars 2026 : rien à copier.' },
    });
    expect(sessionCount(w.b.db)).toBe(3);
  });
});

/** Mornings and afternoons Monday to Friday: about 400 half-days over a school year. */
function weekPattern(w: PlanningWorld) {
  const s = w.subjects;
  const entries = [
    { weekday: 1, slot: 'morning', subjectId: s.negotiation, trainerId: w.dupont, roomId: w.room12 },
    { weekday: 1, slot: 'afternoon', subjectId: s.english, trainerId: w.leroy, roomId: w.room12 },
    { weekday: 2, slot: 'morning', subjectId: s.digital, trainerId: null, roomId: w.room12 },
    { weekday: 2, slot: 'afternoon', subjectId: s.culture, trainerId: null, roomId: w.room12 },
    { weekday: 3, slot: 'morning', subjectId: s.negotiation, trainerId: w.dupont, roomId: w.room12 },
    { weekday: 3, slot: 'afternoon', subjectId: s.digital, trainerId: null, roomId: w.room12 },
    { weekday: 4, slot: 'morning', subjectId: s.english, trainerId: w.leroy, roomId: w.room12 },
    { weekday: 4, slot: 'afternoon', subjectId: s.culture, trainerId: null, roomId: w.room12 },
    { weekday: 5, slot: 'morning', subjectId: s.digital, trainerId: null, roomId: w.room12 },
    { weekday: 5, slot: 'afternoon', subjectId: s.negotiation, trainerId: w.dupont, roomId: w.room12 },
  ];
  return entries.map((e) => ({ ...e, modality: 'onsite' }));
}

describe('planning.applyPattern', () => {
  it('previews a year without writing, then creates the same, under a second', async () => {
    w = await planningWorld();
    const input = {
      groupId: w.g1,
      from: '2025-09-01',
      to: '2026-06-30',
      entries: weekPattern(w),
      dryRun: true,
    };
    const before = checksum(w.b.db);
    let started = performance.now();
    const preview = await value<BatchResult>(w, 'planning.applyPattern', input);
    console.log(
      `applyPattern dry run: ${preview.created.length} half-days in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(checksum(w.b.db)).toBe(before);

    started = performance.now();
    const done = await value<BatchResult>(w, 'planning.applyPattern', { ...input, dryRun: false });
    console.log(
      `applyPattern: ${done.created.length} sessions created in ${(performance.now() - started).toFixed(0)} ms`,
    );
    expect(done).toEqual({ ...preview, dryRun: false });
    expect(done.created.length).toBeGreaterThan(400);
    expect(sessionCount(w.b.db)).toBe(done.created.length);

    // Public holidays are skipped with their name: Armistice on Tuesday 11 November 2025.
    expect(done.skipped).toContainEqual({
      date: '2025-11-11',
      slot: 'afternoon',
      reason: 'Le mardi 11 novembre 2025 est un jour férié (Armistice 1918) : choisissez un autre jour.',
    });
    expect(done.skipped.every((s) => s.reason.includes('jour férié'))).toBe(true);
    // Culture générale (120 h) passes its target after 32 afternoons: the next ones say so.
    const culture = done.created.filter((c) => c.subjectName === 'Culture générale et expression');
    expect(culture[31]!.warnings).toEqual([]);
    expect(culture[32]!.warnings.map((x) => x.kind)).toEqual(['hours-over-target']);
  });

  it('skips company days and half-days already planned, again with their reason', async () => {
    w = await planningWorld();
    const setDay = w.b.db.prepare("INSERT INTO rhythm_days (group_id, date, place) VALUES (?, ?, 'company')");
    for (const day of ['2026-03-09', '2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13'])
      setDay.run(w.g1, day);
    await value(w, 'sessions.create', sessionInput(w, { date: '2026-03-03', trainerId: null }));
    const result = await value<BatchResult>(w, 'planning.applyPattern', {
      groupId: w.g1,
      from: '2026-03-02',
      to: '2026-03-14',
      entries: weekPattern(w),
      dryRun: false,
    });
    expect(result.created).toHaveLength(9);
    expect(result.skipped).toHaveLength(11);
    expect(result.skipped[0]).toEqual({
      date: '2026-03-03',
      slot: 'morning',
      reason:
        'G1 a déjà une séance le mardi 3 mars 2026 matin : Relation client et négociation-vente (sans formateur).',
    });
    expect(result.skipped.slice(1).every((s) => s.reason.startsWith('G1 est en entreprise'))).toBe(true);
  });

  it('refuses a period outside the cohort or inverted, and a subject of another programme', async () => {
    w = await planningWorld();
    const base = {
      groupId: w.g1,
      from: '2026-03-02',
      to: '2026-03-14',
      entries: weekPattern(w),
      dryRun: false,
    };
    const outside = await call(w, 'planning.applyPattern', { ...base, to: '2027-09-01' });
    expect(outside).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message:
          'La période doit rester dans les dates de la promotion NDRC 2025-2027 (du 01/09/2025 au 30/06/2027).',
      },
    });
    const inverted = await call(w, 'planning.applyPattern', { ...base, to: '2026-03-01' });
    expect(inverted).toMatchObject({
      ok: false,
      error: { fields: { to: expect.stringContaining('avant de commencer') } },
    });
    const entries = [{ ...weekPattern(w)[0]!, subjectId: w.nrcSubject }];
    const other = await call(w, 'planning.applyPattern', { ...base, entries });
    expect(other).toMatchObject({
      ok: false,
      error: {
        fields: { 'entries.0.subjectId': expect.stringContaining('n’appartient pas au référentiel') },
      },
    });
    expect(sessionCount(w.b.db)).toBe(0);
  });
});
