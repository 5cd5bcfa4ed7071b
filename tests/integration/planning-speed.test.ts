import { afterEach, describe, it } from 'vitest';
import {
  makeGroup,
  planningWorld,
  sessionCount,
  sessionInput,
  value,
  type PlanningWorld,
} from './planning-setup';

let w: PlanningWorld;
afterEach(() => w?.b.close());

describe('speed', () => {
  it('checks one edit quickly with a full year for 12 groups', async () => {
    w = await planningWorld();
    const groups = [
      w.g1,
      w.g2,
      ...Array.from({ length: 10 }, (_, i) => makeGroup(w.b.db, w.cohortId, `H${i + 1}`, 12)),
    ];
    const insert = w.b.db.prepare(
      `INSERT INTO planned_sessions (group_id, subject_id, date, slot, modality, created_at, updated_at)
       VALUES (?, ?, ?, ?, 'distance', 'x', 'x')`,
    );
    const subjects = Object.values(w.subjects);
    w.b.db.transaction(() => {
      for (const group of groups) {
        for (let day = 0; day < 300; day++) {
          const date = new Date(Date.UTC(2025, 8, 1 + day)).toISOString().slice(0, 10);
          if (new Date(`${date}T00:00:00Z`).getUTCDay() === 0) continue;
          insert.run(group, subjects[day % 4], date, 'morning');
          insert.run(group, subjects[(day + 1) % 4], date, 'afternoon');
        }
      }
    })();
    console.log(`sessions in the database: ${sessionCount(w.b.db)}`);
    const { session } = await value<{ session: { id: number } }>(
      w,
      'sessions.create',
      sessionInput(w, {
        groupId: w.g1,
        date: '2026-03-03',
        slot: 'evening',
      }),
    );
    const rounds = 50;
    const started = performance.now();
    for (let i = 0; i < rounds; i++) {
      const date = i % 2 === 0 ? '2026-03-04' : '2026-03-03';
      await value(w, 'sessions.move', { id: session.id, date, slot: 'evening' });
    }
    const perCall = (performance.now() - started) / rounds;
    console.log(`sessions.move (whole call, check included): ${perCall.toFixed(2)} ms on average`);
    const weekStarted = performance.now();
    await value(w, 'planning.week', { view: 'group', id: w.g1, weekStart: '2026-03-02' });
    console.log(`planning.week: ${(performance.now() - weekStarted).toFixed(2)} ms`);
  });
});
