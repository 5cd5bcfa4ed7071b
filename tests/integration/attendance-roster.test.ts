import { afterEach, describe, expect, it } from 'vitest';
import {
  allPresent,
  at,
  attendanceWorld,
  DURING,
  planSession,
  record,
  refusedWith,
  sheetOf,
  type AttendanceWorld,
} from './attendance-setup';
import { value } from './planning-setup';

let w: AttendanceWorld;
afterEach(() => w?.b.close());

describe('attendance.record: the sheet’s learners', () => {
  it('refuses a learner not on the sheet, a learner twice, and an "other" excuse without its note', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const g2 = w.b.db.prepare("SELECT id FROM learners WHERE surname = 'G2-01'").get() as { id: number };
    const error = await refusedWith(
      w,
      () => record(w, [...allPresent(w), { learnerId: g2.id, presence: 'present' }]),
      'INVALID_INPUT',
    );
    expect(error.message).toBe(
      'Alex G2-01 n’était pas dans le groupe G1 le mardi 3 mars 2026 : il ou elle ne figure pas sur cette feuille.',
    );
    expect(error.fields).toEqual({ 'entries.12.learnerId': error.message });
    await refusedWith(
      w,
      () => record(w, [{ learnerId: 99999, presence: 'present' }]),
      'INVALID_INPUT',
      /n’existe pas/,
    );
    const a = w.g1Learners[0]!;
    await refusedWith(
      w,
      () =>
        record(w, [
          { learnerId: a, presence: 'present' },
          { learnerId: a, presence: 'absent' },
        ]),
      'INVALID_INPUT',
      /deux fois/,
    );
    const other = await refusedWith(
      w,
      () => record(w, [{ learnerId: a, presence: 'absent', excused: true, excuseReason: 'other' }]),
      'INVALID_INPUT',
    );
    expect(other.fields).toEqual({ 'entries.0.excuseNote': 'Précisez le motif « Autre » dans la note.' });
  });

  it('lists the group on the date: not a learner who joined after it; one who left keeps their line', async () => {
    w = await attendanceWorld();
    const db = w.b.db;
    const [leaving, staying] = w.g1Learners as [number, number];
    // A newcomer joins G1 on 10 March, a week after the session; "Abel" sorts first in French order.
    const newcomer = Number(
      db
        .prepare(
          `INSERT INTO learners (cohort_id, surname, first_name, access_route, created_at, updated_at)
           VALUES (?, 'Abel', 'Zoé', 'apprenticeship', 'x', 'x')`,
        )
        .run(w.cohortId).lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2026-03-10')",
    ).run(newcomer, w.g1);
    // And one who is in G1 from the session's day: "Éloi" sorts with the E's, before "G1-…".
    const sameDay = Number(
      db
        .prepare(
          `INSERT INTO learners (cohort_id, surname, first_name, access_route, created_at, updated_at)
           VALUES (?, 'Éloi', 'Jade', 'apprenticeship', 'x', 'x')`,
        )
        .run(w.cohortId).lastInsertRowid,
    );
    db.prepare(
      "INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2026-03-03')",
    ).run(sameDay, w.g1);

    at(w, DURING);
    let sheet = await sheetOf(w);
    expect(sheet.lines.map((l) => l.learnerId)).not.toContain(newcomer);
    expect(sheet.lines.map((l) => l.surname).slice(0, 2)).toEqual(['Éloi', 'G1-01']);
    expect(sheet.session.learners).toBe(13);
    await refusedWith(
      w,
      () => record(w, [{ learnerId: newcomer, presence: 'present' }]),
      'INVALID_INPUT',
      /Zoé Abel n’était pas dans le groupe G1/,
    );

    await value(
      w,
      'attendance.record',
      { sessionId: w.session, entries: [{ learnerId: leaving, presence: 'present' }] },
      w.trainer,
    );
    // The learner leaves G1 on 4 March, to G2: gone from G1's later sheets, kept on this one.
    db.prepare(
      "UPDATE group_memberships SET end_date = '2026-03-04' WHERE learner_id = ? AND end_date IS NULL",
    ).run(leaving);
    db.prepare(
      "INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2026-03-04')",
    ).run(leaving, w.g2);
    // A member who left *before* the session and was never recorded is not on it.
    db.prepare(
      "UPDATE group_memberships SET end_date = '2026-03-01' WHERE learner_id = ? AND end_date IS NULL",
    ).run(staying);
    sheet = await sheetOf(w);
    expect(sheet.lines.map((l) => l.learnerId)).toContain(leaving);
    expect(sheet.lines.map((l) => l.learnerId)).not.toContain(staying);
    expect(sheet.session.learners).toBe(12);
    expect(sheet.lines.find((l) => l.learnerId === leaving)!.presence).toBe('present');

    const later = await planSession(w, { date: '2026-03-10' });
    at(w, '2026-03-10T07:30:00Z');
    const next = await sheetOf(w, later);
    expect(next.lines.map((l) => l.learnerId)).toContain(newcomer);
    expect(next.lines.map((l) => l.learnerId)).not.toContain(leaving);
  });
});
