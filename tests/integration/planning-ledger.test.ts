import { afterEach, describe, expect, it } from 'vitest';
import type { Ledger } from '../../shared/api/planning';
import { checksum, userWithRole } from '../helpers/backend';
import { call, planningWorld, sessionInput, value, type PlanningWorld, type Saved } from './planning-setup';

let w: PlanningWorld;
afterEach(() => w?.b.close());

describe('planning.ledger', () => {
  it('sums planned hours per subject against the cohort’s target, with drift and totals', async () => {
    w = await planningWorld();
    await value(w, 'sessions.create', sessionInput(w));
    await value(w, 'sessions.create', sessionInput(w, { slot: 'afternoon' }));
    await value(
      w,
      'sessions.create',
      sessionInput(w, { slot: 'evening', trainerId: null, subjectId: w.subjects.english }),
    );
    await value(w, 'sessions.create', sessionInput(w, { groupId: w.g2, date: '2026-03-04' })); // another group

    const ledger = await value<Ledger>(w, 'planning.ledger', { groupId: w.g1, today: '2025-09-01' });
    expect(ledger.groupId).toBe(w.g1);
    expect(ledger.rows.map((r) => r.subjectName)).toEqual([
      'Culture générale et expression',
      'Anglais',
      'Culture économique, juridique et managériale',
      'Relation client et négociation-vente',
      'Relation client à distance et digitalisation',
      'Relation client et animation de réseaux',
      'Accompagnement, conduite de projet et évaluations',
    ]);
    expect(ledger.rows[3]).toEqual({
      subjectId: w.subjects.negotiation,
      subjectName: 'Relation client et négociation-vente',
      targetHours: 300,
      plannedHours: 7.5,
      deliveredHours: 0,
      remainingToPlan: 292.5,
      remainingToDeliver: 300,
      overPlanned: 0,
      drift: 'ok',
    });
    expect(ledger.rows[1]).toMatchObject({ targetHours: 135, plannedHours: 2, remainingToPlan: 133 });
    expect(ledger.totals).toEqual({
      programmeHours: 1350,
      targetHours: 1350,
      plannedHours: 9.5,
      deliveredHours: 0,
    });

    // Half-way through the cohort nothing is signed yet (no attendance): every subject is behind.
    const later = await value<Ledger>(w, 'planning.ledger', { groupId: w.g1, today: '2026-09-01' });
    expect(later.rows.every((r) => r.drift === 'behind')).toBe(true);
  });

  it('counts only the years the cohort covers and flags a subject planned over its target', async () => {
    w = await planningWorld();
    w.b.db.prepare('UPDATE cohorts SET year_from = 2 WHERE id = ?').run(w.cohortId);
    // Anglais, year 2 only: 67 h 30 = 18 half-days; one more is over.
    const insert = w.b.db.prepare(
      `INSERT INTO planned_sessions (group_id, subject_id, date, slot, modality, created_at, updated_at)
       VALUES (?, ?, ?, 'morning', 'distance', 'x', 'x')`,
    );
    for (let i = 0; i < 19; i++) {
      insert.run(w.g1, w.subjects.english, new Date(Date.UTC(2025, 8, 1 + i * 7)).toISOString().slice(0, 10));
    }
    const ledger = await value<Ledger>(w, 'planning.ledger', { groupId: w.g1, today: '2025-09-01' });
    expect(ledger.rows[1]).toMatchObject({
      targetHours: 67.5,
      plannedHours: 71.25,
      remainingToPlan: 0,
      overPlanned: 3.75,
      drift: 'over',
    });
    expect(ledger.totals).toMatchObject({ programmeHours: 1350, targetHours: 675 });
  });

  it('refuses an unknown group', async () => {
    w = await planningWorld();
    expect(await call(w, 'planning.ledger', { groupId: 999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Ce groupe n’existe pas (ou plus).' },
    });
  });
});

describe('roles', () => {
  it('lets a trainer read the planning and the ledger but not change anything', async () => {
    w = await planningWorld();
    const { session } = await value<Saved>(w, 'sessions.create', sessionInput(w));
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    const manager = await userWithRole(w.b.app, w.admin, 'manager');

    expect(
      (await call(w, 'planning.week', { view: 'group', id: w.g1, weekStart: '2026-03-02' }, trainer)).ok,
    ).toBe(true);
    expect(
      (await call(w, 'planning.month', { view: 'trainer', id: w.dupont, month: '2026-03' }, trainer)).ok,
    ).toBe(true);
    expect((await call(w, 'planning.ledger', { groupId: w.g1 }, trainer)).ok).toBe(true);

    const before = checksum(w.b.db);
    const writes: [string, unknown][] = [
      ['sessions.create', sessionInput(w, { date: '2026-03-04' })],
      ['sessions.update', sessionInput(w, { id: session.id, note: 'x' })],
      ['sessions.move', { id: session.id, date: '2026-03-04', slot: 'morning' }],
      ['sessions.duplicate', { id: session.id, date: '2026-03-04', slot: 'morning' }],
      ['sessions.delete', { id: session.id }],
      ['planning.copyWeek', { groupId: w.g1, fromWeek: '2026-03-02', toWeeks: ['2026-03-09'], dryRun: true }],
      [
        'planning.applyPattern',
        {
          groupId: w.g1,
          from: '2026-03-02',
          to: '2026-03-07',
          entries: [{ weekday: 1, slot: 'morning', subjectId: w.subjects.culture, modality: 'onsite' }],
          dryRun: true,
        },
      ],
    ];
    for (const [method, input] of writes) {
      expect(await call(w, method, input, trainer)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(checksum(w.b.db)).toBe(before);
    // A manager plans.
    expect(
      (await call(w, 'sessions.move', { id: session.id, date: '2026-03-04', slot: 'morning' }, manager)).ok,
    ).toBe(true);
  });
});
