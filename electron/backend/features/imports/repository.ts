import type { Db } from '../../db/open';
import type { TrainerFields } from './rows';

/** SQL of imports and exports (learners are written through the learners repository). */

export interface Identity {
  surname: string;
  firstName: string;
  birthDate: string | null;
}

export function trainerIdentities(db: Db): Identity[] {
  return db
    .prepare('SELECT surname, first_name AS firstName, NULL AS birthDate FROM trainers')
    .all() as Identity[];
}

export function trainerInserter(db: Db, now: Date): (trainer: TrainerFields) => number {
  const at = now.toISOString();
  const statement = db.prepare(
    `INSERT INTO trainers (surname, first_name, email, phone, contract_type, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return (t) =>
    Number(
      statement.run(t.surname, t.firstName, t.email, t.phone, t.contractType, t.notes, at, at)
        .lastInsertRowid,
    );
}

export interface ExportedLearner {
  surname: string;
  firstName: string;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  accessRoute: string;
  funding: string | null;
  employerName: string | null;
  tutorName: string | null;
  status: string;
  groupId: number | null;
  groupName: string | null;
}

const EXPORTED = `
  SELECT l.surname, l.first_name AS firstName, l.birth_date AS birthDate, l.email, l.phone,
         l.access_route AS accessRoute, l.funding, l.employer_name AS employerName,
         l.tutor_name AS tutorName, l.status, gm.group_id AS groupId, g.name AS groupName
  FROM learners l
  LEFT JOIN group_memberships gm ON gm.learner_id = l.id AND gm.end_date IS NULL
  LEFT JOIN groups g ON g.id = gm.group_id`;

export function groupMembers(db: Db, groupId: number): ExportedLearner[] {
  return db.prepare(`${EXPORTED} WHERE gm.group_id = ?`).all(groupId) as ExportedLearner[];
}

export function cohortLearners(db: Db, cohortId: number): ExportedLearner[] {
  return db.prepare(`${EXPORTED} WHERE l.cohort_id = ?`).all(cohortId) as ExportedLearner[];
}

export function cohortName(db: Db, cohortId: number): string | null {
  const row = db.prepare('SELECT name FROM cohorts WHERE id = ?').get(cohortId) as
    { name: string } | undefined;
  return row?.name ?? null;
}

export function cohortGroups(db: Db, cohortId: number): { id: number; name: string }[] {
  return db.prepare('SELECT id, name FROM groups WHERE cohort_id = ?').all(cohortId) as {
    id: number;
    name: string;
  }[];
}
