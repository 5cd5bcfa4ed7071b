import type { Learner, LearnerInput, LearnerRow } from '../../../../shared/api/learners';
import type { Db } from '../../db/open';

/** SQL of the learners area: rows mapped to the contract's objects. */

interface LearnerRecord {
  id: number;
  cohort_id: number | null;
  cohort_name: string | null;
  surname: string;
  first_name: string;
  birth_date: string | null;
  email: string | null;
  phone: string | null;
  address: string | null;
  access_route: Learner['accessRoute'];
  funding: Learner['funding'];
  employer_name: string | null;
  employer_address: string | null;
  employer_siret: string | null;
  tutor_name: string | null;
  tutor_email: string | null;
  tutor_phone: string | null;
  contract_start: string | null;
  contract_end: string | null;
  foreign_student: number;
  entry_date: string | null;
  exit_date: string | null;
  status: Learner['status'];
  dropout_date: string | null;
  dropout_reason: string | null;
}

export interface ListRecord extends LearnerRecord {
  group_id: number | null;
  group_name: string | null;
}

/** The learner's own fields as the table stores them, in the order of the INSERT below. */
export type LearnerFields = Omit<LearnerInput, 'dispensations' | 'keptMarks'>;

const COLUMNS = `cohort_id, surname, first_name, birth_date, email, phone, address, access_route, funding,
  employer_name, employer_address, employer_siret, tutor_name, tutor_email, tutor_phone,
  contract_start, contract_end, foreign_student, entry_date, exit_date, status, dropout_date, dropout_reason`;

function values(l: LearnerFields): unknown[] {
  return [
    l.cohortId,
    l.surname,
    l.firstName,
    l.birthDate,
    l.email,
    l.phone,
    l.address,
    l.accessRoute,
    l.funding,
    l.employerName,
    l.employerAddress,
    l.employerSiret,
    l.tutorName,
    l.tutorEmail,
    l.tutorPhone,
    l.contractStart,
    l.contractEnd,
    l.foreignStudent ? 1 : 0,
    l.entryDate,
    l.exitDate,
    l.status,
    l.dropoutDate,
    l.dropoutReason,
  ];
}

const SELECT_LIST = `
  SELECT l.*, c.name AS cohort_name, gm.group_id, g.name AS group_name
  FROM learners l
  LEFT JOIN cohorts c ON c.id = l.cohort_id
  LEFT JOIN group_memberships gm ON gm.learner_id = l.id AND gm.end_date IS NULL
  LEFT JOIN groups g ON g.id = gm.group_id`;

function toRow(r: ListRecord): LearnerRow {
  return {
    id: r.id,
    surname: r.surname,
    firstName: r.first_name,
    birthDate: r.birth_date,
    email: r.email,
    phone: r.phone,
    accessRoute: r.access_route,
    status: r.status,
    cohortId: r.cohort_id,
    cohortName: r.cohort_name,
    groupId: r.group_id,
    groupName: r.group_name,
    employerName: r.employer_name,
  };
}

/** Learners matching the filters that SQL can apply; the name search is done by the caller. */
export function listLearners(
  db: Db,
  filter: { cohortId?: number; groupId?: number; status?: string },
): LearnerRow[] {
  const rows = db
    .prepare(
      `${SELECT_LIST}
       WHERE (@cohortId IS NULL OR l.cohort_id = @cohortId)
         AND (@groupId IS NULL OR gm.group_id = @groupId)
         AND (@status IS NULL OR l.status = @status)`,
    )
    .all({
      cohortId: filter.cohortId ?? null,
      groupId: filter.groupId ?? null,
      status: filter.status ?? null,
    }) as ListRecord[];
  return rows.map(toRow);
}

export function findLearnerRecord(db: Db, id: number): ListRecord | null {
  const row = db.prepare(`${SELECT_LIST} WHERE l.id = ?`).get(id) as ListRecord | undefined;
  return row ?? null;
}

export function getLearner(db: Db, id: number): Learner | null {
  const r = findLearnerRecord(db, id);
  if (!r) return null;
  const dispensations = db
    .prepare(
      'SELECT unit_code AS unitCode, reason FROM learner_dispensations WHERE learner_id = ? ORDER BY unit_code',
    )
    .all(id) as Learner['dispensations'];
  const keptMarks = db
    .prepare(
      `SELECT unit_code AS unitCode, mark, obtained_on AS obtainedOn
       FROM learner_kept_marks WHERE learner_id = ? ORDER BY unit_code`,
    )
    .all(id) as Learner['keptMarks'];
  const groupHistory = db
    .prepare(
      `SELECT gm.group_id AS groupId, g.name AS groupName, gm.start_date AS startDate, gm.end_date AS endDate
       FROM group_memberships gm JOIN groups g ON g.id = gm.group_id
       WHERE gm.learner_id = ? ORDER BY gm.start_date DESC, gm.id DESC`,
    )
    .all(id) as Learner['groupHistory'];
  return {
    id: r.id,
    surname: r.surname,
    firstName: r.first_name,
    birthDate: r.birth_date,
    email: r.email,
    phone: r.phone,
    address: r.address,
    accessRoute: r.access_route,
    funding: r.funding,
    employerName: r.employer_name,
    employerAddress: r.employer_address,
    employerSiret: r.employer_siret,
    tutorName: r.tutor_name,
    tutorEmail: r.tutor_email,
    tutorPhone: r.tutor_phone,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    foreignStudent: r.foreign_student === 1,
    entryDate: r.entry_date,
    exitDate: r.exit_date,
    status: r.status,
    dropoutDate: r.dropout_date,
    dropoutReason: r.dropout_reason,
    cohortId: r.cohort_id,
    cohortName: r.cohort_name,
    dispensations,
    keptMarks,
    groupHistory,
  };
}

/** A statement reused for every row of an import, so a thousand inserts cost one prepare. */
export function learnerInserter(db: Db, now: Date): (learner: LearnerFields) => number {
  const at = now.toISOString();
  const statement = db.prepare(
    `INSERT INTO learners (${COLUMNS}, created_at, updated_at)
     VALUES (${Array.from({ length: 23 }, () => '?').join(', ')}, ?, ?)`,
  );
  return (learner) => Number(statement.run(...values(learner), at, at).lastInsertRowid);
}

export function updateLearner(db: Db, id: number, learner: LearnerFields, now: Date): void {
  const assignments = COLUMNS.split(',')
    .map((c) => `${c.trim()} = ?`)
    .join(', ');
  db.prepare(`UPDATE learners SET ${assignments}, updated_at = ? WHERE id = ?`).run(
    ...values(learner),
    now.toISOString(),
    id,
  );
}

/** Replaces the learner's dispensations and kept marks with the given ones. */
export function replaceUnits(
  db: Db,
  id: number,
  dispensations: LearnerInput['dispensations'],
  keptMarks: LearnerInput['keptMarks'],
): void {
  db.prepare('DELETE FROM learner_dispensations WHERE learner_id = ?').run(id);
  db.prepare('DELETE FROM learner_kept_marks WHERE learner_id = ?').run(id);
  const dispense = db.prepare(
    'INSERT INTO learner_dispensations (learner_id, unit_code, reason) VALUES (?, ?, ?)',
  );
  for (const d of dispensations) dispense.run(id, d.unitCode, d.reason);
  const keep = db.prepare(
    'INSERT INTO learner_kept_marks (learner_id, unit_code, mark, obtained_on) VALUES (?, ?, ?, ?)',
  );
  for (const k of keptMarks) keep.run(id, k.unitCode, k.mark, k.obtainedOn);
}

export function deleteLearner(db: Db, id: number): void {
  db.prepare('DELETE FROM learners WHERE id = ?').run(id);
}

/** The unit codes of a cohort's programme, in programme order; null when the cohort does not exist. */
export function cohortUnitCodes(db: Db, cohortId: number): string[] | null {
  const cohort = db.prepare('SELECT programme_id FROM cohorts WHERE id = ?').get(cohortId) as
    { programme_id: number } | undefined;
  if (!cohort) return null;
  const rows = db
    .prepare('SELECT code FROM programme_units WHERE programme_id = ? ORDER BY position, code')
    .all(cohort.programme_id) as { code: string }[];
  return rows.map((r) => r.code);
}

export function groupCohort(db: Db, groupId: number): { cohortId: number; name: string } | null {
  const row = db.prepare('SELECT cohort_id AS cohortId, name FROM groups WHERE id = ?').get(groupId) as
    { cohortId: number; name: string } | undefined;
  return row ?? null;
}

/** Every learner's name and birth date, for duplicate detection. */
export function learnerIdentities(
  db: Db,
): { surname: string; firstName: string; birthDate: string | null }[] {
  return db
    .prepare('SELECT surname, first_name AS firstName, birth_date AS birthDate FROM learners')
    .all() as { surname: string; firstName: string; birthDate: string | null }[];
}
