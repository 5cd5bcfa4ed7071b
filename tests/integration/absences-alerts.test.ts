import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userWithRole } from '../helpers/backend';
import { absencesWorld, members, rollCall, type AbsencesWorld, type LineFields } from './absences-setup';
import { makeCohort, makeGroup, value } from './planning-setup';

let w: AbsencesWorld;
let lea: number, noe: number, zoe: number;

/** Tuesdays of January 2026, mornings, English with G1. */
const TUESDAYS = ['2026-01-06', '2026-01-13', '2026-01-20', '2026-01-27'];

function january(groupId: number, learners: number[], lines: (date: string) => Record<number, LineFields>) {
  for (const date of TUESDAYS)
    rollCall(w, { groupId, subjectId: w.subjects.english, date }, learners, lines(date));
}

beforeEach(async () => {
  w = await absencesWorld();
  [lea, noe, zoe] = w.g1Learners as [number, number, number];
  january(w.g1, w.g1Learners, (date) => ({
    // Léa: three unjustified mornings in January (one still pending).
    ...(date < '2026-01-27'
      ? { [lea]: { presence: 'absent', justification: date === '2026-01-06' ? 'pending' : 'unjustified' } }
      : {}),
    // Noé: one unjustified morning out of four: 25 %.
    ...(date === '2026-01-13' ? { [noe]: { presence: 'absent', justification: 'unjustified' } } : {}),
    // Zoé: three justified mornings: no alert.
    ...(date < '2026-01-27'
      ? { [zoe]: { presence: 'absent', justification: 'justified', reason: 'illness' } }
      : {}),
  }));
});
afterEach(() => w.b.close());

interface Alert {
  learnerId: number;
  learnerName: string;
  groupName: string;
  reason: string;
}
const alerts = (token = w.admin) => value<Alert[]>(w, 'attendance.alerts', {}, token);

describe('attendance.alerts', () => {
  it('names each learner over a threshold with the reason in French, justified absences not counted', async () => {
    expect(await alerts()).toEqual([
      {
        learnerId: lea,
        learnerName: 'Léa Bérard',
        groupName: 'G1',
        reason:
          '75\u00a0% d’heures non justifiées (seuil 10\u00a0%) · ' +
          '3 demi-journées d’absence non justifiées en janvier 2026 (seuil 3)',
      },
      {
        learnerId: noe,
        learnerName: 'Noé Çelik',
        groupName: 'G1',
        reason: '25\u00a0% d’heures non justifiées (seuil 10\u00a0%)',
      },
    ]);
  });

  it('follows the thresholds of the settings', async () => {
    await value(w, 'settings.update', {
      attendanceAlerts: { unjustifiedShareMax: 0.5, unjustifiedHalfDaysPerMonth: 4 },
    });
    expect((await alerts()).map((a) => [a.learnerName, a.reason])).toEqual([
      ['Léa Bérard', '75\u00a0% d’heures non justifiées (seuil 50\u00a0%)'],
    ]);
  });

  it('leaves out learners no longer in training and cohorts archived', async () => {
    w.b.db.prepare("UPDATE learners SET status = 'dropped_out' WHERE id = ?").run(lea);
    const archivedCohort = makeCohort(w.b.db, 'NDRC 2023-2025', w.programmeId, { archived: true });
    const old = makeGroup(w.b.db, archivedCohort, 'Anciens', 5);
    january(old, members(w.b.db, old), () =>
      Object.fromEntries(members(w.b.db, old).map((id) => [id, { presence: 'absent' }])),
    );
    expect((await alerts()).map((a) => a.learnerName)).toEqual(['Noé Çelik']);
  });

  it('shows the group a learner is in today, and is open to every role', async () => {
    w.b.db.prepare("UPDATE group_memberships SET end_date = '2026-02-01' WHERE learner_id = ?").run(noe);
    w.b.db
      .prepare("INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, '2026-02-01')")
      .run(noe, w.g2);
    const trainer = await userWithRole(w.b.app, w.admin, 'trainer');
    expect((await alerts(trainer)).map((a) => [a.learnerName, a.groupName])).toEqual([
      ['Léa Bérard', 'G1'],
      ['Noé Çelik', 'G2'],
    ]);
  });
});
