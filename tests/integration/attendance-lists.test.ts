import { afterEach, describe, expect, it } from 'vitest';
import type { SessionSummary } from '../../shared/api/attendance';
import type { Ledger } from '../../shared/api/planning';
import {
  allPresent,
  at,
  attendanceWorld,
  DURING,
  planSession,
  record,
  refusedWith,
  signaturePng,
  type AttendanceWorld,
} from './attendance-setup';
import { call, makeCohort, makeGroup, value } from './planning-setup';

let w: AttendanceWorld;
afterEach(() => w?.b.close());

const ids = (list: SessionSummary[]) => list.map((s) => s.sessionId);

describe('attendance.sessions', () => {
  it('lists a day’s sessions with their counts: a trainer their own, a manager or adviser all or one trainer’s', async () => {
    w = await attendanceWorld();
    const afternoon = await planSession(w, { slot: 'afternoon', groupId: w.g2 });
    const leroys = await planSession(w, {
      groupId: w.g2,
      subjectId: w.subjects.english,
      trainerId: w.leroy,
      roomId: null,
      modality: 'distance',
    });
    await planSession(w, { date: '2026-03-04' }); // another day

    at(w, DURING);
    await record(w, [
      { learnerId: w.g1Learners[0], presence: 'absent' },
      { learnerId: w.g1Learners[1], presence: 'present' },
    ]);
    const all = await value<SessionSummary[]>(w, 'attendance.sessions', {}, w.manager);
    expect(ids(all)).toEqual([w.session, leroys, afternoon]);
    expect(all[0]).toMatchObject({
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
      status: 'open',
      mode: null,
      recorded: 2,
      learners: 12,
      absent: 1,
    });
    expect(all[1]).toMatchObject({
      status: 'open',
      recorded: 0,
      learners: 12,
      roomName: null,
      modality: 'distance',
    });

    expect(ids(await value(w, 'attendance.sessions', {}, w.trainer))).toEqual([w.session, afternoon]);
    // A trainer asking for another's sessions still sees only their own.
    expect(ids(await value(w, 'attendance.sessions', { trainerId: w.leroy }, w.trainer))).toEqual([
      w.session,
      afternoon,
    ]);
    expect(ids(await value(w, 'attendance.sessions', {}, w.otherTrainer))).toEqual([leroys]);
    expect(ids(await value(w, 'attendance.sessions', { trainerId: w.leroy }, w.adviser))).toEqual([leroys]);
    expect(ids(await value(w, 'attendance.sessions', { date: '2026-03-04' }, w.manager))).toHaveLength(1);
    expect(await value(w, 'attendance.sessions', { date: '2026-03-05' }, w.manager)).toEqual([]);
  });

  it('takes today in Paris: at 23:30 UTC on 2 March it is already 3 March', async () => {
    w = await attendanceWorld();
    at(w, '2026-03-02T23:30:00Z');
    expect(ids(await value(w, 'attendance.sessions', {}, w.trainer))).toEqual([w.session]);
    at(w, '2026-03-02T22:30:00Z');
    expect(await value(w, 'attendance.sessions', {}, w.trainer)).toEqual([]);
  });

  it('shows nothing to a trainer account linked to no trainer record', async () => {
    w = await attendanceWorld();
    w.b.db.prepare('UPDATE trainers SET user_id = NULL').run();
    at(w, DURING);
    expect(await value(w, 'attendance.sessions', {}, w.trainer)).toEqual([]);
    expect(await value(w, 'attendance.pending', {}, w.trainer)).toEqual([]);
  });
});

describe('attendance.pending', () => {
  it('shows a sheet 25 h after its session ended but not 23 h after', async () => {
    w = await attendanceWorld();
    // The morning ends at 12:00 in Paris (11:00 UTC) on 3 March.
    at(w, '2026-03-04T10:00:00Z'); // 23 h later
    expect(await value(w, 'attendance.pending', {}, w.manager)).toEqual([]);
    at(w, '2026-03-04T12:00:00Z'); // 25 h later
    const pending = await value<SessionSummary[]>(w, 'attendance.pending', {}, w.manager);
    expect(ids(pending)).toEqual([w.session]);
    expect(pending[0]).toMatchObject({ status: 'open', recorded: 0, learners: 12 });
  });

  it('lists the latest first, a trainer’s own only, and drops closed sheets and archived cohorts', async () => {
    w = await attendanceWorld();
    const earlier = await planSession(w, { date: '2026-02-24' });
    const evening = await planSession(w, {
      date: '2026-02-24',
      slot: 'evening',
      trainerId: w.leroy,
      subjectId: w.subjects.english,
      roomId: null,
      modality: 'distance',
    });
    const archivedCohort = makeCohort(w.b.db, 'Ancienne', w.programmeId);
    const oldGroup = makeGroup(w.b.db, archivedCohort, 'Vieux', 6);
    const archived = await planSession(w, {
      groupId: oldGroup,
      date: '2026-02-25',
      roomId: w.room3,
      trainerId: w.leroy,
      subjectId: w.subjects.english,
    });
    w.b.db
      .prepare("UPDATE cohorts SET archived_at = '2026-03-01T00:00:00Z' WHERE id = ?")
      .run(archivedCohort);

    at(w, '2026-03-05T08:00:00Z');
    expect(ids(await value(w, 'attendance.pending', {}, w.manager))).toEqual([w.session, evening, earlier]);
    expect(ids(await value(w, 'attendance.pending', {}, w.trainer))).toEqual([w.session, earlier]);
    expect(ids(await value(w, 'attendance.pending', {}, w.otherTrainer))).toEqual([evening]);
    expect(ids(await value(w, 'attendance.pending', {}, w.adviser))).not.toContain(archived);

    // Recorded but not closed is still pending; closed is not.
    await record(w, allPresent(w));
    expect(ids(await value(w, 'attendance.pending', {}, w.manager))).toContain(w.session);
    await value(w, 'attendance.close', { sessionId: w.session, mode: 'paper' }, w.trainer);
    expect(ids(await value(w, 'attendance.pending', {}, w.manager))).toEqual([evening, earlier]);
  });
});

describe('the ledger’s delivered hours and deleting a session', () => {
  it('counts a session as delivered once its sheet is closed, and no more once reopened', async () => {
    w = await attendanceWorld();
    const afternoon = await planSession(w, { slot: 'afternoon' });
    const negotiation = async () =>
      (await value<Ledger>(w, 'planning.ledger', { groupId: w.g1 }, w.manager)).rows.find(
        (r) => r.subjectId === w.subjects.negotiation,
      )!;
    at(w, DURING);
    expect(await negotiation()).toMatchObject({ plannedHours: 7.5, deliveredHours: 0 });
    await record(w, allPresent(w));
    expect((await negotiation()).deliveredHours).toBe(0); // recorded is not signed

    await value(w, 'attendance.close', { sessionId: w.session, mode: 'paper' }, w.trainer);
    expect(await negotiation()).toMatchObject({ deliveredHours: 3.75, remainingToDeliver: 296.25 });
    const ledger = await value<Ledger>(w, 'planning.ledger', { groupId: w.g1 }, w.manager);
    expect(ledger.totals.deliveredHours).toBe(3.75);
    // Another group's ledger is untouched.
    const g2 = await value<Ledger>(w, 'planning.ledger', { groupId: w.g2 }, w.manager);
    expect(g2.totals.deliveredHours).toBe(0);

    at(w, '2026-03-03T12:30:00Z');
    await record(w, allPresent(w), w.trainer, afternoon);
    for (const learnerId of w.g1Learners) {
      await value(
        w,
        'attendance.signLearner',
        { sessionId: afternoon, learnerId, signaturePng: signaturePng() },
        w.trainer,
      );
    }
    await value(
      w,
      'attendance.close',
      { sessionId: afternoon, mode: 'screen', trainerSignaturePng: signaturePng() },
      w.trainer,
    );
    expect((await negotiation()).deliveredHours).toBe(7.5);

    await value(
      w,
      'attendance.reopen',
      { sessionId: w.session, reason: 'Correction d’un retard' },
      w.manager,
    );
    expect((await negotiation()).deliveredHours).toBe(3.75);
  });

  it('refuses to delete a session that has a sheet, naming the sheet', async () => {
    w = await attendanceWorld();
    const other = await planSession(w, { slot: 'afternoon' });
    at(w, DURING);
    await record(w, allPresent(w).slice(0, 1));
    const error = await refusedWith(
      w,
      () => call(w, 'sessions.delete', { id: w.session }, w.manager),
      'CONFLICT',
    );
    expect(error.message).toBe(
      'Cette séance ne peut pas être supprimée : elle est liée à 1 feuille d’émargement.',
    );
    // Without a sheet, deleting still works.
    expect(await call(w, 'sessions.delete', { id: other }, w.manager)).toEqual({ ok: true, value: {} });
  });

  it('refuses to delete a learner who has a line on a sheet, naming it', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await record(w, allPresent(w).slice(0, 1));
    const result = await call(w, 'learners.delete', { id: w.g1Learners[0] }, w.manager);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain('1 ligne d’émargement');
  });
});
