import { afterEach, describe, expect, it } from 'vitest';
import type { AttendanceSheet } from '../../shared/api/attendance';
import {
  allPresent,
  at,
  attendanceWorld,
  DURING,
  record,
  refusedWith,
  sheetOf,
  signaturePng,
  type AttendanceWorld,
} from './attendance-setup';
import { call, value } from './planning-setup';

let w: AttendanceWorld;
afterEach(() => w?.b.close());

const line = (sheet: AttendanceSheet, learnerId: number) =>
  sheet.lines.find((l) => l.learnerId === learnerId)!;

describe('attendance.record: the clock', () => {
  it('refuses a roll call before the session starts, naming the time, and writes nothing', async () => {
    w = await attendanceWorld();
    at(w, '2026-03-03T07:14:00Z'); // 08:14 in Paris
    await refusedWith(w, () => record(w, allPresent(w)), 'CONFLICT', /commence à 8 h 15/);
    at(w, '2026-03-02T09:00:00Z'); // the day before
    const error = await refusedWith(w, () => record(w, allPresent(w), w.manager), 'CONFLICT');
    expect(error.message).toContain('mardi 3 mars 2026 matin');
    expect(error.message).toContain('à l’avance');

    const sheet = await sheetOf(w, w.session, w.trainer);
    expect(sheet.canRecord).toBe(false);
    expect(sheet.cannotRecordReason).toMatch(/commence à 8 h 15/);
    expect(sheet.lines.every((l) => l.presence === null)).toBe(true);
  });

  it('accepts it from the start, creating the sheet and keeping who recorded each line and when', async () => {
    w = await attendanceWorld();
    at(w, '2026-03-03T07:15:00Z');
    const sheet = await value<AttendanceSheet>(
      w,
      'attendance.record',
      { sessionId: w.session, entries: allPresent(w) },
      w.trainer,
    );
    expect(sheet.session).toMatchObject({
      sessionId: w.session,
      start: '08:15',
      end: '12:00',
      hours: 3.75,
      groupName: 'G1',
      trainerName: 'Claire Dupont',
      roomName: 'Salle 12',
      status: 'open',
      mode: null,
      recorded: 12,
      learners: 12,
      absent: 0,
    });
    expect(sheet.actionTitle).toContain('NDRC 2025-2027');
    expect(sheet.lines).toHaveLength(12);
    expect(sheet.lines.map((l) => l.surname)).toEqual(
      Array.from({ length: 12 }, (_, i) => `G1-${String(i + 1).padStart(2, '0')}`),
    );
    for (const l of sheet.lines) {
      expect(l).toMatchObject({
        presence: 'present',
        justification: null,
        recordedBy: 'Claire Dupont',
        recordedAt: '2026-03-03T07:15:00.000Z',
        hoursAttended: 3.75,
      });
    }
    expect(sheet.canRecord).toBe(true);
    expect(sheet.cannotRecordReason).toBeNull();
    const audit = w.b.db.prepare("SELECT target FROM audit_log WHERE action = 'attendance.record'").all() as {
      target: string;
    }[];
    expect(audit).toEqual([{ target: `session:${w.session}` }]);
  });

  it('sets the follow-up of absences, late arrivals and early leaves, and ignores minutes on an absence', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const [a, b, c, d, e] = w.g1Learners as [number, number, number, number, number];
    const sheet = await value<AttendanceSheet>(
      w,
      'attendance.record',
      {
        sessionId: w.session,
        entries: [
          { learnerId: a, presence: 'absent', lateMinutes: 30 },
          {
            learnerId: b,
            presence: 'absent',
            excused: true,
            excuseReason: 'illness',
            excuseNote: 'certificat',
          },
          { learnerId: c, presence: 'present', lateMinutes: 20 },
          {
            learnerId: d,
            presence: 'present',
            leftEarlyMinutes: 45,
            excused: true,
            excuseReason: 'employer',
          },
          { learnerId: e, presence: 'present', excused: true, excuseReason: 'family' },
        ],
      },
      w.trainer,
    );
    expect(line(sheet, a)).toMatchObject({
      presence: 'absent',
      lateMinutes: 0,
      justification: 'pending',
      hoursAttended: 0,
    });
    expect(line(sheet, b)).toMatchObject({
      justification: 'justified',
      excuseReason: 'illness',
      excuseNote: 'certificat',
    });
    expect(line(sheet, c)).toMatchObject({ lateMinutes: 20, justification: 'pending' });
    expect(line(sheet, c).hoursAttended).toBeCloseTo(3.75 - 20 / 60, 10);
    expect(line(sheet, d)).toMatchObject({
      justification: 'justified',
      excuseReason: 'employer',
      hoursAttended: 3,
    });
    // A plain presence has nothing to excuse.
    expect(line(sheet, e)).toMatchObject({ justification: null, excuseReason: null });
    expect(sheet.session).toMatchObject({ recorded: 5, absent: 2, learners: 12 });
  });

  it('takes an excuse back when "Absent" is chosen after "Excusé", and keeps it when nothing is said', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const a = w.g1Learners[0]!;
    const send = (entry: Record<string, unknown>) =>
      value<AttendanceSheet>(
        w,
        'attendance.record',
        { sessionId: w.session, entries: [{ learnerId: a, ...entry }] },
        w.trainer,
      );
    await send({ presence: 'absent', excused: true, excuseReason: 'illness' });
    expect(line(await send({ presence: 'absent' }), a)).toMatchObject({
      justification: 'justified',
      excuseReason: 'illness',
    });
    expect(line(await send({ presence: 'absent', excused: false }), a)).toMatchObject({
      justification: 'pending',
      excuseReason: null,
    });
  });

  it('keeps the follow-up of a line sent again unchanged, and its first recording time', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const a = w.g1Learners[0]!;
    await value(
      w,
      'attendance.record',
      { sessionId: w.session, entries: [{ learnerId: a, presence: 'absent' }] },
      w.trainer,
    );
    // A manager justifies it meanwhile (the absences screen does this).
    w.b.db
      .prepare(
        "UPDATE attendance_lines SET justification = 'justified', excuse_reason = 'illness' WHERE learner_id = ?",
      )
      .run(a);
    at(w, '2026-03-03T08:00:00Z');
    const sheet = await value<AttendanceSheet>(
      w,
      'attendance.record',
      {
        sessionId: w.session,
        entries: allPresent(w).map((e) => (e.learnerId === a ? { learnerId: a, presence: 'absent' } : e)),
      },
      w.trainer,
    );
    expect(line(sheet, a)).toMatchObject({
      justification: 'justified',
      excuseReason: 'illness',
      recordedAt: '2026-03-03T07:20:00.000Z',
    });
    expect(line(sheet, w.g1Learners[1]!).recordedAt).toBe('2026-03-03T08:00:00.000Z');
  });

  it('clears a signature when the line turns to absent', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const a = w.g1Learners[0]!;
    await value(w, 'attendance.record', { sessionId: w.session, entries: allPresent(w) }, w.trainer);
    const signed = await value<AttendanceSheet>(
      w,
      'attendance.signLearner',
      { sessionId: w.session, learnerId: a, signaturePng: signaturePng() },
      w.trainer,
    );
    expect(line(signed, a).signaturePng).toBe(signaturePng());
    expect(line(signed, a).signedAt).toBe('2026-03-03T07:20:00.000Z');
    // Late by 5 minutes: still present, the signature stays.
    const late = await value<AttendanceSheet>(
      w,
      'attendance.record',
      { sessionId: w.session, entries: [{ learnerId: a, presence: 'present', lateMinutes: 5 }] },
      w.trainer,
    );
    expect(line(late, a).signaturePng).not.toBeNull();
    const absent = await value<AttendanceSheet>(
      w,
      'attendance.record',
      { sessionId: w.session, entries: [{ learnerId: a, presence: 'absent' }] },
      w.trainer,
    );
    expect(line(absent, a)).toMatchObject({ signaturePng: null, signedAt: null, presence: 'absent' });
    // The drawing itself is gone, not left behind in the database.
    expect(w.b.db.prepare('SELECT count(*) AS n FROM stored_files').get()).toEqual({ n: 0 });
  });
});

describe('attendance.record: who may', () => {
  it('refuses a trainer recording another trainer’s session (FORBIDDEN), while a manager may', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    const error = await refusedWith(w, () => record(w, allPresent(w), w.otherTrainer), 'FORBIDDEN');
    expect(error.message).toContain('animée par Claire Dupont');
    const sheet = await sheetOf(w, w.session, w.otherTrainer);
    expect(sheet.canRecord).toBe(false);
    expect(sheet.cannotRecordReason).toContain('animée par Claire Dupont');

    const byManager = await value<AttendanceSheet>(
      w,
      'attendance.record',
      { sessionId: w.session, entries: allPresent(w) },
      w.manager,
    );
    expect(byManager.lines[0]!.recordedBy).toBe('Rémi Responsable');
    expect(
      (
        await value<AttendanceSheet>(
          w,
          'attendance.record',
          { sessionId: w.session, entries: allPresent(w) },
          w.admin,
        )
      ).lines,
    ).toHaveLength(12);
  });

  it('refuses an adviser, and a trainer whose account is linked to no trainer record', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await refusedWith(w, () => record(w, allPresent(w), w.adviser), 'FORBIDDEN');
    expect((await sheetOf(w, w.session, w.adviser)).cannotRecordReason).toMatch(/conseillers consultent/);
    w.b.db.prepare('UPDATE trainers SET user_id = NULL WHERE id = ?').run(w.dupont);
    await refusedWith(w, () => record(w, allPresent(w)), 'FORBIDDEN', /relié à aucune fiche formateur/);
  });

  it('refuses a session of an archived cohort', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    w.b.db.prepare("UPDATE cohorts SET archived_at = '2026-03-01T00:00:00Z' WHERE id = ?").run(w.cohortId);
    await refusedWith(w, () => record(w, allPresent(w), w.manager), 'CONFLICT', /archivée/);
  });

  it('refuses an unknown session', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await refusedWith(
      w,
      () => call(w, 'attendance.record', { sessionId: 999, entries: allPresent(w) }),
      'NOT_FOUND',
    );
    await refusedWith(w, () => call(w, 'attendance.sheet', { sessionId: 999 }), 'NOT_FOUND');
  });
});
