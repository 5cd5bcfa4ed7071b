import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { absencesWorld, addLine, addSession, addSheet, rollCall, type AbsencesWorld } from './absences-setup';
import { call, refused, value } from './planning-setup';

let w: AbsencesWorld;
let lea: number;
/** A G2 learner who joins G1 on 11 February 2026. */
let mover: number;

beforeEach(async () => {
  w = await absencesWorld();
  lea = w.g1Learners[0]!;
  mover = w.g2Learners[0]!;
  const { db } = w.b;
  db.prepare("UPDATE group_memberships SET end_date = '2026-02-11' WHERE learner_id = ?").run(mover);
  db.prepare(
    "INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2026-02-11')",
  ).run(mover, w.g1);
  const negotiation = { groupId: w.g1, subjectId: w.subjects.negotiation };
  rollCall(w, { ...negotiation, date: '2026-02-03' }, [lea], {
    [lea]: { presence: 'absent', justification: 'justified', reason: 'illness' },
  });
  rollCall(w, { ...negotiation, date: '2026-02-10' }, [lea], {
    [lea]: { late: 20, justification: 'unjustified' },
  });
  rollCall(
    w,
    { groupId: w.g1, subjectId: w.subjects.english, date: '2026-02-12', slot: 'afternoon' },
    [lea, mover],
    {
      [lea]: { presence: 'absent' },
    },
  );
  rollCall(w, { ...negotiation, date: '2026-02-17' }, [lea, mover], { [mover]: { leftEarly: 45 } });
  // Before moving, the mover missed a morning of G2.
  rollCall(w, { groupId: w.g2, subjectId: w.subjects.negotiation, date: '2026-02-03' }, [mover], {
    [mover]: { presence: 'absent' },
  });
});
afterEach(() => w.b.close());

interface Realised {
  learnerId: number;
  learnerName: string;
  total: { scheduled: number; attended: number; excused: number; missed: number };
  subjects: {
    subjectId: number;
    subjectName: string;
    scheduled: number;
    attended: number;
    excused: number;
    missed: number;
  }[];
}

const hours = (input: Record<string, unknown>) => value<Realised[]>(w, 'attendance.hours', input);
const h = (minutes: number) => minutes / 60;

describe('attendance.hours', () => {
  it('gives a learner’s hours attended, excused and missed, in total and per subject in programme order', async () => {
    const [realised] = await hours({ learnerId: lea });
    expect(realised).toMatchObject({ learnerId: lea, learnerName: 'Léa Bérard' });
    // 4 half-days of 3 h 45; absent once excused, 20 min late unexcused, absent once pending.
    expect(realised!.total).toEqual({
      scheduled: 15,
      attended: h(900 - 225 - 20 - 225),
      excused: 3.75,
      missed: h(245),
    });
    expect(
      realised!.subjects.map((s) => [s.subjectId, s.scheduled, s.attended, s.excused, s.missed]),
    ).toEqual([
      [w.subjects.english, 3.75, 0, 0, 3.75],
      [w.subjects.negotiation, 11.25, h(675 - 225 - 20), 3.75, h(20)],
    ]);
  });

  it('keeps to the period asked', async () => {
    const [realised] = await hours({ learnerId: lea, from: '2026-02-11', to: '2026-02-28' });
    expect(realised!.total).toEqual({ scheduled: 7.5, attended: 3.75, excused: 0, missed: 3.75 });
  });

  it('gives every learner of a group in the period, a newcomer with all their half-days, others at zero', async () => {
    const all = await hours({ groupId: w.g1, from: '2026-02-01', to: '2026-02-28' });
    expect(all).toHaveLength(13);
    expect(all.slice(0, 3).map((r) => r.learnerName)).toEqual(['Léa Bérard', 'Noé Çelik', 'Zoé Dupré']);
    const moved = all.find((r) => r.learnerId === mover)!;
    expect(moved.total).toEqual({ scheduled: 11.25, attended: h(450 - 45), excused: 0, missed: h(225 + 45) });
    expect(all.find((r) => r.learnerName === 'Noé Çelik')).toMatchObject({
      total: { scheduled: 0, attended: 0, excused: 0, missed: 0 },
      subjects: [],
    });
    // Before the move, G1 did not have them yet.
    expect((await hours({ groupId: w.g1, to: '2026-02-10' })).map((r) => r.learnerId)).not.toContain(mover);
    expect((await hours({ groupId: w.g2, to: '2026-02-10' })).map((r) => r.learnerId)).toContain(mover);
  });

  it('counts a sheet not closed yet: the roll call taken is what happened', async () => {
    const session = addSession(w, { groupId: w.g1, subjectId: w.subjects.digital, date: '2026-02-24' });
    addSheet(w, session);
    addLine(w, session, lea, { presence: 'absent' });
    const [realised] = await hours({ learnerId: lea });
    expect(realised!.total.scheduled).toBe(18.75);
  });

  it('follows the centre’s slot times', async () => {
    const settings = {
      morning: { start: '08:30', end: '12:30' },
      afternoon: { start: '13:30', end: '17:00' },
      evening: { start: '17:00', end: '19:00' },
    };
    await value(w, 'settings.update', { slots: settings });
    const [realised] = await hours({ learnerId: lea });
    expect(realised!.total.scheduled).toBe(4 + 4 + 3.5 + 4);
  });

  it('refuses without a learner or a group, or for one that does not exist', async () => {
    const none = await refused(w, () => call(w, 'attendance.hours', {}), 'INVALID_INPUT');
    expect(none.message).toBe('Choisissez un apprenant ou un groupe.');
    expect(none.fields).toMatchObject({ learnerId: none.message, groupId: none.message });
    const unknown = await refused(w, () => call(w, 'attendance.hours', { learnerId: 4242 }), 'NOT_FOUND');
    expect(unknown.message).toBe('Cet apprenant n’existe pas (ou plus).');
  });
});
