import type { Db } from '../../electron/backend/db/open';
import type { Input } from '../../shared/api/index';
import type { TestBackend } from '../helpers/backend';

/** Test data for the cohort and group tests, written with SQL so they depend on no other area. */

const AT = '2026-01-05T08:00:00.000Z';

/** The built-in BTS NDRC when the catalogue is loaded; otherwise a stand-in programme row. */
export function ndrcProgrammeId(db: Db): number {
  const builtin = db.prepare("SELECT id FROM programmes WHERE code = 'BTS-NDRC'").get() as
    { id: number } | undefined;
  return (
    builtin?.id ?? insertProgramme(db, 'BTS-NDRC', 'BTS NDRC (test)', ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'])
  );
}

export function insertProgramme(db: Db, code: string, title: string, unitCodes: readonly string[]): number {
  const id = Number(
    db
      .prepare(
        'INSERT INTO programmes (code, title, total_hours, created_at, updated_at) VALUES (?, ?, 1350, ?, ?)',
      )
      .run(code, title, AT, AT).lastInsertRowid,
  );
  const unit = db.prepare(
    `INSERT INTO programme_units (programme_id, position, code, title, form, duration_minutes, coefficient, kind)
     VALUES (?, ?, ?, ?, 'écrit', 180, 3, 'general')`,
  );
  unitCodes.forEach((code, i) => unit.run(id, i + 1, code, `Unité ${code}`));
  return id;
}

export function insertSubject(db: Db, programmeId: number, name: string, position: number): number {
  return Number(
    db
      .prepare(
        `INSERT INTO programme_subjects (programme_id, position, name, hours_year1, hours_year2)
         VALUES (?, ?, ?, 60, 60)`,
      )
      .run(programmeId, position, name).lastInsertRowid,
  );
}

export function insertTrainer(db: Db, surname: string, firstName: string, subjectIds: number[]): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO trainers (surname, first_name, contract_type, created_at, updated_at)
         VALUES (?, ?, 'employee', ?, ?)`,
      )
      .run(surname, firstName, AT, AT).lastInsertRowid,
  );
  const link = db.prepare('INSERT INTO trainer_subjects (trainer_id, subject_id) VALUES (?, ?)');
  for (const subjectId of subjectIds) link.run(id, subjectId);
  return id;
}

export function insertLearner(db: Db, cohortId: number | null, surname: string, firstName = 'Alex'): number {
  return Number(
    db
      .prepare(
        `INSERT INTO learners (cohort_id, surname, first_name, access_route, created_at, updated_at)
         VALUES (?, ?, ?, 'apprenticeship', ?, ?)`,
      )
      .run(cohortId, surname, firstName, AT, AT).lastInsertRowid,
  );
}

/** `count` learners of the cohort named Apprenant01, Apprenant02... */
export function insertLearners(db: Db, cohortId: number, count: number, prefix = 'Apprenant'): number[] {
  return Array.from({ length: count }, (_, i) =>
    insertLearner(db, cohortId, `${prefix}${String(i + 1).padStart(2, '0')}`),
  );
}

export function cohortInput(
  db: Db,
  overrides: Partial<Input<'cohorts.create'>> = {},
): Input<'cohorts.create'> {
  return {
    name: 'NDRC 2025-2027',
    programmeId: ndrcProgrammeId(db),
    startDate: '2025-09-01',
    endDate: '2027-06-30',
    yearFrom: 1,
    yearTo: 2,
    holidayZone: 'B',
    alsaceMoselle: false,
    site: 'Rennes',
    ...overrides,
  };
}

/** Calls a method and returns its value, failing the test with the refusal otherwise. */
export async function ok<T = unknown>(
  b: TestBackend,
  token: string,
  method: string,
  input: unknown,
): Promise<T> {
  const { result } = await b.app.call(method, input, { sessionToken: token });
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

export async function createCohort(
  b: TestBackend,
  token: string,
  overrides: Partial<Input<'cohorts.create'>> = {},
): Promise<{ id: number; name: string }> {
  return ok(b, token, 'cohorts.create', cohortInput(b.db, overrides));
}

export async function createGroup(b: TestBackend, token: string, cohortId: number, name: string) {
  return ok<{ id: number; name: string; learnerCount: number }>(b, token, 'groups.create', {
    cohortId,
    name,
  });
}

export function memberships(db: Db, learnerId: number) {
  return db
    .prepare('SELECT group_id, start_date, end_date FROM group_memberships WHERE learner_id = ? ORDER BY id')
    .all(learnerId) as { group_id: number; start_date: string; end_date: string | null }[];
}
