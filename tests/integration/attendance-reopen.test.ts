import { afterEach, describe, expect, it } from 'vitest';
import type { AttendanceSheet } from '../../shared/api/attendance';
import {
  allPresent,
  at,
  attendanceWorld,
  DURING,
  record,
  refusedWith,
  signaturePng,
  signedByAll,
  type AttendanceWorld,
} from './attendance-setup';
import { call, value } from './planning-setup';

let w: AttendanceWorld;
afterEach(() => w?.b.close());

const reopen = (reason: string, token = w.manager) =>
  call<AttendanceSheet>(w, 'attendance.reopen', { sessionId: w.session, reason }, token);

describe('attendance.reopen', () => {
  it('is refused to a trainer; a manager reopens with a reason, logged and shown on the sheet', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await signedByAll(w);
    await value(
      w,
      'attendance.close',
      { sessionId: w.session, mode: 'screen', trainerSignaturePng: signaturePng() },
      w.trainer,
    );

    at(w, '2026-03-04T09:00:00Z');
    await refusedWith(w, () => reopen('Erreur de saisie sur G1-04', w.trainer), 'FORBIDDEN');
    await refusedWith(w, () => reopen('  ab  '), 'INVALID_INPUT');
    const reopened = await reopen('G1-04 était en retard de 20 minutes');
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(reopened.value).toMatchObject({
      closedAt: null,
      closedBy: null,
      canRecord: true,
      canReopen: false,
      reopenings: [
        {
          at: '2026-03-04T09:00:00.000Z',
          by: 'Rémi Responsable',
          reason: 'G1-04 était en retard de 20 minutes',
        },
      ],
    });
    expect(reopened.value.session.status).toBe('open');
    // Signatures are kept: the learners do not sign again.
    expect(reopened.value.lines.every((l) => l.signaturePng !== null)).toBe(true);
    expect(reopened.value.trainerSignaturePng).not.toBeNull();
    const audit = w.b.db
      .prepare("SELECT user_id, target, details FROM audit_log WHERE action = 'attendance.reopen'")
      .get() as { target: string; details: string };
    expect(audit.target).toBe(`session:${w.session}`);
    expect(JSON.parse(audit.details)).toMatchObject({
      reason: 'G1-04 était en retard de 20 minutes',
      closedBy: 'Claire Dupont',
    });

    // Open again: the trainer corrects and closes again with a fresh signature.
    const g104 = w.g1Learners[3]!;
    const fixed = await value<AttendanceSheet>(
      w,
      'attendance.record',
      { sessionId: w.session, entries: [{ learnerId: g104, presence: 'present', lateMinutes: 20 }] },
      w.trainer,
    );
    expect(fixed.lines[3]).toMatchObject({
      lateMinutes: 20,
      justification: 'pending',
      recordedAt: '2026-03-04T09:00:00.000Z',
    });
    await value(
      w,
      'attendance.close',
      { sessionId: w.session, mode: 'screen', trainerSignaturePng: signaturePng(5) },
      w.trainer,
    );
    const twice = await reopen('Deuxième correction demandée');
    expect(twice.ok && twice.value.reopenings.map((r) => r.reason)).toEqual([
      'G1-04 était en retard de 20 minutes',
      'Deuxième correction demandée',
    ]);
    // The replaced trainer signature is not left behind: 12 learners + 1 trainer drawing.
    expect(w.b.db.prepare('SELECT count(*) AS n FROM stored_files').get()).toEqual({ n: 13 });
  });

  it('refuses to reopen a sheet that is not closed, or that does not exist yet', async () => {
    w = await attendanceWorld();
    at(w, DURING);
    await refusedWith(w, () => reopen('Pas encore de feuille'), 'CONFLICT', /n’est pas close/);
    await record(w, allPresent(w));
    await refusedWith(w, () => reopen('Feuille encore ouverte'), 'CONFLICT', /n’est pas close/);
  });
});
