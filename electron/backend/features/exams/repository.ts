import type { TypedEntry } from '../../../../shared/api/exams';
import type { Db } from '../../db/open';

/** The simulator's SQL: a programme's units and blocs, what each learner has at each unit. */

export interface ExamLearner {
  id: number;
  surname: string;
  firstName: string;
  cohortId: number | null;
  groupName: string | null;
}

export interface ExamCohort {
  id: number;
  name: string;
  endDate: string;
  archived: boolean;
  programmeId: number;
  programmeTitle: string;
}

export interface UnitRow {
  code: string;
  title: string;
  coefficient: number;
  kind: 'general' | 'professional';
  optional: boolean;
}

export interface BlocRow {
  number: number;
  title: string;
  unitCodes: string[];
}

export interface MockExamRow {
  learnerId: number;
  unitCode: string;
  evaluationId: number;
  title: string;
  date: string;
  scale: number;
  mark: number | null;
  /** Only ABS reaches here: NN, ABJ and DISP say nothing about the unit. */
  code: 'ABS' | null;
}

/** Per learner id, per unit code. */
export type ByLearner<T> = Map<number, Map<string, T>>;

function group<T extends { learnerId: number; unitCode: string }>(rows: readonly T[]): ByLearner<T> {
  const out: ByLearner<T> = new Map();
  for (const row of rows) {
    let units = out.get(row.learnerId);
    if (!units) out.set(row.learnerId, (units = new Map()));
    // Rows come best first: the first one of a unit is kept.
    if (!units.has(row.unitCode)) units.set(row.unitCode, row);
  }
  return out;
}

const LEARNER_SQL = `
  SELECT l.id, l.surname, l.first_name AS firstName, l.cohort_id AS cohortId,
    (SELECT g.name FROM group_memberships m JOIN groups g ON g.id = m.group_id
     WHERE m.learner_id = l.id AND m.end_date IS NULL) AS groupName
  FROM learners l`;

export function findExamLearner(db: Db, learnerId: number): ExamLearner | null {
  return (db.prepare(`${LEARNER_SQL} WHERE l.id = ?`).get(learnerId) as ExamLearner | undefined) ?? null;
}

/** The learners still in training of a cohort, by name. */
export function learnersInTraining(db: Db, cohortId: number): ExamLearner[] {
  return db
    .prepare(
      `${LEARNER_SQL} WHERE l.cohort_id = ? AND l.status = 'in_training'
       ORDER BY l.surname COLLATE NOCASE, l.first_name COLLATE NOCASE, l.id`,
    )
    .all(cohortId) as ExamLearner[];
}

/** The learners with these ids that exist, whatever their status or cohort. */
export function learnersByIds(db: Db, ids: readonly number[]): Map<number, ExamLearner> {
  const rows = db
    .prepare(`${LEARNER_SQL} WHERE l.id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(ids)) as ExamLearner[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function findExamCohort(db: Db, cohortId: number): ExamCohort | null {
  const row = db
    .prepare(
      `SELECT c.id, c.name, c.end_date AS endDate, c.archived_at IS NOT NULL AS archived,
         p.id AS programmeId, p.title AS programmeTitle
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ?`,
    )
    .get(cohortId) as (Omit<ExamCohort, 'archived'> & { archived: number }) | undefined;
  return row ? { ...row, archived: row.archived === 1 } : null;
}

export function programmeUnits(db: Db, programmeId: number): UnitRow[] {
  const rows = db
    .prepare(
      `SELECT code, title, coefficient, kind, optional FROM programme_units
       WHERE programme_id = ? ORDER BY position, id`,
    )
    .all(programmeId) as (Omit<UnitRow, 'optional'> & { optional: number })[];
  return rows.map((r) => ({ ...r, optional: r.optional === 1 }));
}

export function programmeBlocs(db: Db, programmeId: number): BlocRow[] {
  const rows = db
    .prepare('SELECT number, title, unit_codes FROM programme_blocs WHERE programme_id = ? ORDER BY number')
    .all(programmeId) as { number: number; title: string; unit_codes: string }[];
  return rows.map((r) => ({
    number: r.number,
    title: r.title,
    unitCodes: JSON.parse(r.unit_codes) as string[],
  }));
}

const IDS = 'SELECT value FROM json_each(?)';

export function typedEntries(db: Db, learnerIds: readonly number[]): ByLearner<TypedEntry> {
  const rows = db
    .prepare(
      `SELECT learner_id AS learnerId, unit_code AS unitCode, kind, mark FROM exam_unit_entries
       WHERE learner_id IN (${IDS})`,
    )
    .all(JSON.stringify(learnerIds)) as {
    learnerId: number;
    unitCode: string;
    kind: TypedEntry['kind'];
    mark: number | null;
  }[];
  const byLearner = group(rows);
  const out: ByLearner<TypedEntry> = new Map();
  for (const [learnerId, units] of byLearner) {
    out.set(
      learnerId,
      new Map(
        [...units].map(([code, r]) => [
          code,
          r.kind === 'mark' ? { kind: 'mark', mark: r.mark! } : { kind: r.kind },
        ]),
      ),
    );
  }
  return out;
}

export function dispensations(db: Db, learnerIds: readonly number[]): ByLearner<{ reason: string }> {
  return group(
    db
      .prepare(
        `SELECT learner_id AS learnerId, unit_code AS unitCode, reason FROM learner_dispensations
         WHERE learner_id IN (${IDS})`,
      )
      .all(JSON.stringify(learnerIds)) as { learnerId: number; unitCode: string; reason: string }[],
  );
}

export function keptMarks(
  db: Db,
  learnerIds: readonly number[],
): ByLearner<{ mark: number; obtainedOn: string }> {
  return group(
    db
      .prepare(
        `SELECT learner_id AS learnerId, unit_code AS unitCode, mark, obtained_on AS obtainedOn
         FROM learner_kept_marks WHERE learner_id IN (${IDS})`,
      )
      .all(JSON.stringify(learnerIds)) as {
      learnerId: number;
      unitCode: string;
      mark: number;
      obtainedOn: string;
    }[],
  );
}

/** Each learner's latest BTS blanc mark (or ABS) per unit: latest date first, then latest created. */
export function latestMockExams(db: Db, learnerIds: readonly number[]): ByLearner<MockExamRow> {
  return group(
    db
      .prepare(
        `SELECT m.learner_id AS learnerId, e.unit_code AS unitCode, e.id AS evaluationId, e.title, e.date,
           e.scale, m.mark, m.code
         FROM marks m JOIN evaluations e ON e.id = m.evaluation_id
         WHERE e.kind = 'mock_exam' AND e.unit_code IS NOT NULL
           AND (m.mark IS NOT NULL OR m.code = 'ABS')
           AND m.learner_id IN (${IDS})
         ORDER BY e.date DESC, e.id DESC`,
      )
      .all(JSON.stringify(learnerIds)) as MockExamRow[],
  );
}

export function isDispensed(db: Db, learnerId: number, unitCode: string): boolean {
  return (
    db
      .prepare('SELECT 1 FROM learner_dispensations WHERE learner_id = ? AND unit_code = ?')
      .get(learnerId, unitCode) !== undefined
  );
}

export function typedEntry(db: Db, learnerId: number, unitCode: string): TypedEntry | null {
  return typedEntries(db, [learnerId]).get(learnerId)?.get(unitCode) ?? null;
}

export function saveTypedEntry(
  db: Db,
  learnerId: number,
  unitCode: string,
  entry: TypedEntry | null,
  userId: number,
  now: Date,
): void {
  if (!entry) {
    db.prepare('DELETE FROM exam_unit_entries WHERE learner_id = ? AND unit_code = ?').run(
      learnerId,
      unitCode,
    );
    return;
  }
  db.prepare(
    `INSERT INTO exam_unit_entries (learner_id, unit_code, kind, mark, updated_by, updated_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (learner_id, unit_code) DO UPDATE SET
       kind = excluded.kind, mark = excluded.mark, updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
  ).run(
    learnerId,
    unitCode,
    entry.kind,
    entry.kind === 'mark' ? entry.mark : null,
    userId,
    now.toISOString(),
  );
}
