import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AttendanceSheet } from '../../shared/api/attendance';
import { attendanceFr } from '../../shared/i18n/fr/attendance';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { insertUser } from '../../electron/backend/features/users/repository';
import {
  allPresent,
  at,
  attendanceWorld,
  DURING,
  refusedWith,
  scanPdf,
  signaturePng,
  type AttendanceWorld,
} from './attendance-setup';
import { call } from './planning-setup';

/**
 * The finer rule behind role-matrix.test.ts's FINER_RULES: the contract lets trainers write
 * attendance, and the handler narrows it to the sessions of the trainer record linked to their
 * account. Every write on a sheet is refused to another trainer and to a trainer without a
 * record, naming the session's trainer, and writes nothing; the session's own trainer and the
 * managers go through.
 */

let w: AttendanceWorld;
let unlinkedTrainer: string;

beforeAll(async () => {
  w = await attendanceWorld();
  at(w, DURING);
  const user = insertUser(
    w.b.db,
    {
      login: 'sans.fiche',
      displayName: 'Sans Fiche',
      role: 'trainer',
      passwordHash: 'x',
      mustChangePassword: false,
    },
    w.b.clock.now,
  );
  unlinkedTrainer = createSession(w.b.db, user.id, w.b.clock.now);
});
afterAll(() => w.b.close());

/** Each write on the sheet of Claire Dupont's Tuesday-morning session, in the order of a roll call. */
const WRITES: [string, () => Record<string, unknown>][] = [
  ['attendance.record', () => ({ sessionId: w.session, entries: allPresent(w) })],
  [
    'attendance.signLearner',
    () => ({ sessionId: w.session, learnerId: w.g1Learners[0], signaturePng: signaturePng(3) }),
  ],
  ['attendance.close', () => ({ sessionId: w.session, mode: 'paper', scan: scanPdf() })],
  ['attendance.attachScan', () => ({ sessionId: w.session, scan: scanPdf() })],
];

describe('a trainer writes attendance only for their own sessions', () => {
  it.each(WRITES)(
    '%s is refused to another trainer and to a trainer without a record',
    async (method, input) => {
      const other = await refusedWith(w, () => call(w, method, input(), w.otherTrainer), 'FORBIDDEN');
      expect(other.message).toBe(attendanceFr.notTheirSession('Claire Dupont'));
      const unlinked = await refusedWith(w, () => call(w, method, input(), unlinkedTrainer), 'FORBIDDEN');
      expect(unlinked.message).toBe(attendanceFr.noTrainerRecord);
    },
  );

  it('lets the session’s own trainer take the whole roll call, and a manager write on any sheet', async () => {
    for (const [method, input] of WRITES) {
      const result = await call<AttendanceSheet>(w, method, input(), w.trainer);
      expect(result.ok, `${method}: ${JSON.stringify(result)}`).toBe(true);
    }
    const reopened = await call(
      w,
      'attendance.reopen',
      { sessionId: w.session, reason: 'Erreur de saisie' },
      w.manager,
    );
    expect(reopened.ok).toBe(true);
    const byManager = await call(
      w,
      'attendance.record',
      { sessionId: w.session, entries: [{ learnerId: w.g1Learners[1], presence: 'absent' }] },
      w.manager,
    );
    expect(byManager.ok).toBe(true);
  });

  it('keeps advisers to reading: the contract refuses them every write on a sheet', async () => {
    for (const [method, input] of WRITES) {
      const refusal = await refusedWith(w, () => call(w, method, input(), w.adviser), 'FORBIDDEN');
      expect(refusal.message).toMatch(/Votre rôle ne permet pas cette opération/);
    }
  });
});
