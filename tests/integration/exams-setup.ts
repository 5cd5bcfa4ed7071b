import { expect } from 'vitest';
import type { Db } from '../../electron/backend/db/open';
import { createSession } from '../../electron/backend/features/auth/sessions';
import { insertUser } from '../../electron/backend/features/users/repository';
import type { LearnerExam } from '../../shared/api/exams';
import type { Result } from '../../shared/api/result';
import { checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import { makeCohort, makeGroup } from './planning-setup';

/**
 * A world for the BTS exam simulator, written with SQL so it stands on no other area's
 * handlers: the built-in BTS NDRC (U1–U3 general coef 3, U4 5, U5 4, U6 3 professional; blocs
 * 1–3 = U4, U5, U6) with a cohort ending 2027-06-30 (the default session date) and a group of
 * 13 learners; the BTS NRC (U1 3, U2 3, U31 2, U32 1, U4–U6 4, optional UF1 1) with a cohort
 * of 5; a period of the NDRC cohort for BTS blanc evaluations; an account of each role.
 */

const AT = '2026-01-05T08:00:00.000Z';

export interface ExamsWorld {
  b: TestBackend;
  admin: string;
  manager: string;
  trainer: string;
  adviser: string;
  ndrcCohort: number;
  nrcCohort: number;
  group: number;
  /** The NDRC group's 13 learners in name order (G-01 … G-13). */
  ndrc: number[];
  /** The NRC cohort's 5 learners (N-01 … N-05). */
  nrc: number[];
  period: number;
}

function insert(db: Db, sql: string, ...params: unknown[]): number {
  return Number(db.prepare(sql).run(...params).lastInsertRowid);
}

function signedIn(b: TestBackend, role: 'manager' | 'trainer' | 'adviser'): string {
  const user = insertUser(
    b.db,
    {
      login: `${role}.examens`,
      displayName: `Compte ${role}`,
      role,
      passwordHash: 'x',
      mustChangePassword: false,
    },
    b.clock.now,
  );
  return createSession(b.db, user.id, b.clock.now);
}

const programme = (db: Db, code: string) =>
  (db.prepare('SELECT id FROM programmes WHERE code = ?').get(code) as { id: number }).id;

const membersOf = (db: Db, groupId: number) =>
  (
    db
      .prepare(
        `SELECT l.id FROM learners l JOIN group_memberships m ON m.learner_id = l.id
         WHERE m.group_id = ? ORDER BY l.surname`,
      )
      .all(groupId) as { id: number }[]
  ).map((r) => r.id);

export async function examsWorld(): Promise<ExamsWorld> {
  const b = await freshBackend();
  const admin = await setupAdmin(b.app);
  const { db } = b;
  const ndrcCohort = makeCohort(db, 'NDRC 2025-2027', programme(db, 'BTS-NDRC'));
  const nrcCohort = makeCohort(db, 'NRC 2025-2027', programme(db, 'BTS-NRC'));
  const group = makeGroup(db, ndrcCohort, 'G', 13);
  const nrcGroup = makeGroup(db, nrcCohort, 'N', 5);
  const period = insert(
    db,
    `INSERT INTO periods (cohort_id, kind, position, name, start_date, end_date)
     VALUES (?, 'semester', 1, 'Semestre 1', '2025-09-01', '2026-01-31')`,
    ndrcCohort,
  );
  return {
    b,
    admin,
    manager: signedIn(b, 'manager'),
    trainer: signedIn(b, 'trainer'),
    adviser: signedIn(b, 'adviser'),
    ndrcCohort,
    nrcCohort,
    group,
    ndrc: membersOf(db, group),
    nrc: membersOf(db, nrcGroup),
    period,
  };
}

/** The NDRC subject that prepares a unit. */
function subjectOf(db: Db, unitCode: string): number {
  return (
    db
      .prepare(
        `SELECT s.id FROM programme_subjects s JOIN programmes p ON p.id = s.programme_id
         WHERE p.code = 'BTS-NDRC' AND s.unit_code = ?`,
      )
      .get(unitCode) as { id: number }
  ).id;
}

/**
 * A BTS blanc of the NDRC group standing for `unitCode`, with a mark or a code per learner
 * (as the mark sheet stores them); returns the evaluation id.
 */
export function mockExam(
  w: ExamsWorld,
  unitCode: string,
  marks: Record<number, number | 'ABS' | 'ABJ' | 'DISP' | 'NN'>,
  options: { title?: string; date?: string; scale?: number } = {},
): number {
  const { db } = w.b;
  const evaluation = insert(
    db,
    `INSERT INTO evaluations (group_id, subject_id, period_id, title, date, kind, coefficient, scale, unit_code,
       created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, 'mock_exam', 1, ?, ?, ?, ?)`,
    w.group,
    subjectOf(db, unitCode),
    w.period,
    options.title ?? `BTS blanc ${unitCode}`,
    options.date ?? '2026-01-15',
    options.scale ?? 20,
    unitCode,
    AT,
    AT,
  );
  const adminId = (db.prepare("SELECT id FROM users WHERE role = 'admin'").get() as { id: number }).id;
  for (const [learnerId, value] of Object.entries(marks)) {
    insert(
      db,
      'INSERT INTO marks (evaluation_id, learner_id, mark, code, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      evaluation,
      Number(learnerId),
      typeof value === 'number' ? value : null,
      typeof value === 'string' ? value : null,
      adminId,
      AT,
    );
  }
  return evaluation;
}

/** Types a learner's unit marks straight into the simulator's table (fast, for cohorts). */
export function typeMarks(w: ExamsWorld, learnerId: number, marks: Record<string, number | 'absent'>): void {
  const adminId = (w.b.db.prepare("SELECT id FROM users WHERE role = 'admin'").get() as { id: number }).id;
  for (const [code, mark] of Object.entries(marks)) {
    insert(
      w.b.db,
      `INSERT INTO exam_unit_entries (learner_id, unit_code, kind, mark, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
      learnerId,
      code,
      mark === 'absent' ? 'absent' : 'mark',
      mark === 'absent' ? null : mark,
      adminId,
      AT,
    );
  }
}

/** Every NDRC unit at the same mark, or each general / professional unit at its own. */
export const ndrcMarks = (general: number, professional = general) => ({
  U1: general,
  U2: general,
  U3: general,
  U4: professional,
  U5: professional,
  U6: professional,
});

export function dispense(w: ExamsWorld, learnerId: number, unitCode: string): void {
  insert(
    w.b.db,
    'INSERT INTO learner_dispensations (learner_id, unit_code, reason) VALUES (?, ?, ?)',
    learnerId,
    unitCode,
    'Titulaire d’un BTS',
  );
}

export function keepMark(
  w: ExamsWorld,
  learnerId: number,
  unitCode: string,
  mark: number,
  obtainedOn: string,
) {
  insert(
    w.b.db,
    'INSERT INTO learner_kept_marks (learner_id, unit_code, mark, obtained_on) VALUES (?, ?, ?, ?)',
    learnerId,
    unitCode,
    mark,
    obtainedOn,
  );
}

export async function call<T = unknown>(w: ExamsWorld, method: string, input: unknown, token = w.admin) {
  const { result } = await w.b.app.call(method, input, { sessionToken: token });
  return result as Result<T>;
}

export async function value<T = unknown>(w: ExamsWorld, method: string, input: unknown, token = w.admin) {
  const result = await call<T>(w, method, input, token);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

export const learnerExam = (
  w: ExamsWorld,
  learnerId: number,
  extra: Record<string, unknown> = {},
  token = w.admin,
) => value<LearnerExam>(w, 'exams.learner', { learnerId, ...extra }, token);

/** The unit of a learner's view. */
export const unitOf = (view: LearnerExam, code: string) => view.units.find((u) => u.code === code)!;

/** Expects a refusal with `code` that wrote nothing, and returns its error. */
export async function refused(w: ExamsWorld, run: () => Promise<Result<unknown>>, code: string) {
  const before = checksum(w.b.db);
  const result = await run();
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe(code);
  expect(checksum(w.b.db)).toBe(before);
  return result.error;
}
