import { expect } from 'vitest';
import type { Db } from '../../electron/backend/db/open';
import type { Result } from '../../shared/api/result';
import { checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';

/**
 * A planning world on a fresh database, written with SQL so it stands on no other area's
 * handlers: the built-in BTS NDRC, a cohort 2025-09-01 → 2027-06-30 (zone B), groups G1 and G2
 * of 12 learners and "Petit" of 3, two trainers and two rooms.
 */

const AT = '2026-01-05T08:00:00.000Z';

export interface PlanningWorld {
  b: TestBackend;
  admin: string;
  programmeId: number;
  cohortId: number;
  g1: number;
  g2: number;
  small: number;
  /** Subjects of the NDRC, by unit: U4 Relation client et négociation-vente (150 + 150 h)… */
  subjects: { culture: number; english: number; negotiation: number; digital: number };
  /** A subject of the BTS NRC: another programme. */
  nrcSubject: number;
  /** Claire Dupont teaches negotiation and declared no availability. */
  dupont: number;
  /** Marc Leroy teaches English, available on Monday and Tuesday mornings only. */
  leroy: number;
  /** Salle 12: 20 places. */
  room12: number;
  /** Salle 3: 8 places. */
  room3: number;
}

function insert(db: Db, sql: string, ...params: unknown[]): number {
  return Number(db.prepare(sql).run(...params).lastInsertRowid);
}

function subjectId(db: Db, programmeId: number, unitCode: string): number {
  return (
    db
      .prepare('SELECT id FROM programme_subjects WHERE programme_id = ? AND unit_code = ?')
      .get(programmeId, unitCode) as {
      id: number;
    }
  ).id;
}

export function makeCohort(
  db: Db,
  name: string,
  programmeId: number,
  options: { archived?: boolean } = {},
): number {
  return insert(
    db,
    `INSERT INTO cohorts (name, programme_id, start_date, end_date, year_from, year_to, holiday_zone,
       alsace_moselle, archived_at, created_at, updated_at)
     VALUES (?, ?, '2025-09-01', '2027-06-30', 1, 2, 'B', 0, ?, ?, ?)`,
    name,
    programmeId,
    options.archived ? AT : null,
    AT,
    AT,
  );
}

/** A group of `size` current learners of the cohort. */
export function makeGroup(db: Db, cohortId: number, name: string, size: number): number {
  const groupId = insert(
    db,
    'INSERT INTO groups (cohort_id, name, created_at) VALUES (?, ?, ?)',
    cohortId,
    name,
    AT,
  );
  for (let i = 1; i <= size; i++) {
    const learner = insert(
      db,
      `INSERT INTO learners (cohort_id, surname, first_name, access_route, created_at, updated_at)
       VALUES (?, ?, 'Alex', 'apprenticeship', ?, ?)`,
      cohortId,
      `${name}-${String(i).padStart(2, '0')}`,
      AT,
      AT,
    );
    insert(
      db,
      'INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, ?)',
      learner,
      groupId,
      '2025-09-01',
    );
  }
  return groupId;
}

export function makeTrainer(
  db: Db,
  firstName: string,
  surname: string,
  subjectIds: number[],
  availability: [number, string][] = [],
): number {
  const id = insert(
    db,
    `INSERT INTO trainers (surname, first_name, contract_type, created_at, updated_at)
     VALUES (?, ?, 'employee', ?, ?)`,
    surname,
    firstName,
    AT,
    AT,
  );
  for (const s of subjectIds)
    insert(db, 'INSERT INTO trainer_subjects (trainer_id, subject_id) VALUES (?, ?)', id, s);
  for (const [weekday, slot] of availability) {
    insert(
      db,
      'INSERT INTO trainer_availability (trainer_id, weekday, slot) VALUES (?, ?, ?)',
      id,
      weekday,
      slot,
    );
  }
  return id;
}

export function makeRoom(db: Db, name: string, capacity: number): number {
  return insert(
    db,
    'INSERT INTO rooms (name, capacity, created_at, updated_at) VALUES (?, ?, ?, ?)',
    name,
    capacity,
    AT,
    AT,
  );
}

export async function planningWorld(): Promise<PlanningWorld> {
  const b = await freshBackend();
  const admin = await setupAdmin(b.app);
  const { db } = b;
  const programmeId = (
    db.prepare("SELECT id FROM programmes WHERE code = 'BTS-NDRC'").get() as { id: number }
  ).id;
  const nrcId = (db.prepare("SELECT id FROM programmes WHERE code = 'BTS-NRC'").get() as { id: number }).id;
  const cohortId = makeCohort(db, 'NDRC 2025-2027', programmeId);
  const subjects = {
    culture: subjectId(db, programmeId, 'U1'),
    english: subjectId(db, programmeId, 'U2'),
    negotiation: subjectId(db, programmeId, 'U4'),
    digital: subjectId(db, programmeId, 'U5'),
  };
  return {
    b,
    admin,
    programmeId,
    cohortId,
    g1: makeGroup(db, cohortId, 'G1', 12),
    g2: makeGroup(db, cohortId, 'G2', 12),
    small: makeGroup(db, cohortId, 'Petit', 3),
    subjects,
    nrcSubject: subjectId(db, nrcId, 'U1'),
    dupont: makeTrainer(db, 'Claire', 'Dupont', [subjects.negotiation]),
    leroy: makeTrainer(
      db,
      'Marc',
      'Leroy',
      [subjects.english],
      [
        [1, 'morning'],
        [2, 'morning'],
      ],
    ),
    room12: makeRoom(db, 'Salle 12', 20),
    room3: makeRoom(db, 'Salle 3', 8),
  };
}

/** Calls a method as `token` and returns its result. */
export async function call<T = unknown>(w: PlanningWorld, method: string, input: unknown, token = w.admin) {
  const { result } = await w.b.app.call(method, input, { sessionToken: token });
  return result as Result<T>;
}

/** Calls a method and returns its value, failing the test with the refusal otherwise. */
export async function value<T = unknown>(
  w: PlanningWorld,
  method: string,
  input: unknown,
  token = w.admin,
): Promise<T> {
  const result = await call<T>(w, method, input, token);
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value;
}

export interface Saved {
  session: {
    id: number;
    date: string;
    slot: string;
    subjectName: string;
    warnings: { kind: string; message: string }[];
  };
  warnings: { kind: string; message: string }[];
}

/** A negotiation session of G1 with Claire Dupont in Salle 12 on Tuesday 3 March 2026, morning. */
export function sessionInput(w: PlanningWorld, overrides: Record<string, unknown> = {}) {
  return {
    groupId: w.g1,
    subjectId: w.subjects.negotiation,
    trainerId: w.dupont,
    roomId: w.room12,
    modality: 'onsite',
    date: '2026-03-03',
    slot: 'morning',
    ...overrides,
  };
}

export const plan = (w: PlanningWorld, overrides: Record<string, unknown> = {}, token = w.admin) =>
  call<Saved>(w, 'sessions.create', sessionInput(w, overrides), token);

export function sessionCount(db: Db): number {
  return (db.prepare('SELECT count(*) AS n FROM planned_sessions').get() as { n: number }).n;
}

/** Expects a refusal with `code` that wrote nothing, and returns its error. */
export async function refused(w: PlanningWorld, run: () => Promise<Result<unknown>>, code = 'CONFLICT') {
  const before = checksum(w.b.db);
  const result = await run();
  if (result.ok) throw new Error(`expected a refusal, got ${JSON.stringify(result.value)}`);
  expect(result.error.code).toBe(code);
  expect(checksum(w.b.db)).toBe(before);
  return result.error;
}
