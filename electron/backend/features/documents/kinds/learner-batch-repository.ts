import type { AccessRoute } from '../../../../../shared/api/learners';
import type { Db } from '../../../db/open';
import { stmt } from '../../planning/statements';

/**
 * What batches of documents issued to learners (attestations, certificates) read about their
 * scope: the cohort with its programme, a group, the cohort's learners with the fields those
 * documents print, and which group each learner is in.
 */

export interface BatchCohort {
  id: number;
  name: string;
  startDate: string;
  endDate: string;
  yearFrom: number;
  yearTo: number;
  programmeId: number;
  programmeTitle: string;
  diplomaCode: string | null;
  rncpCode: string | null;
  totalHours: number;
  /** The programme's objectives as stored: a JSON list of sentences. */
  objectives: string;
}

export function batchCohort(db: Db, cohortId: number): BatchCohort | null {
  return (
    (stmt(
      db,
      `SELECT c.id, c.name, c.start_date AS startDate, c.end_date AS endDate, c.year_from AS yearFrom,
         c.year_to AS yearTo, p.id AS programmeId, p.title AS programmeTitle, p.diploma_code AS diplomaCode,
         p.rncp_code AS rncpCode, p.total_hours AS totalHours, p.objectives
       FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ?`,
    ).get(cohortId) as BatchCohort | undefined) ?? null
  );
}

export function batchGroup(db: Db, groupId: number): { id: number; name: string; cohortId: number } | null {
  return (
    (stmt(db, 'SELECT id, name, cohort_id AS cohortId FROM groups WHERE id = ?').get(groupId) as
      { id: number; name: string; cohortId: number } | undefined) ?? null
  );
}

export interface BatchLearner {
  id: number;
  cohortId: number | null;
  surname: string;
  firstName: string;
  birthDate: string | null;
  accessRoute: AccessRoute;
  employerName: string | null;
  entryDate: string | null;
  exitDate: string | null;
  dropoutDate: string | null;
  /** The group they are in, or were last in; null if never in one. */
  lastGroupId: number | null;
}

const LEARNER_COLUMNS = `l.id, l.cohort_id AS cohortId, l.surname, l.first_name AS firstName,
  l.birth_date AS birthDate, l.access_route AS accessRoute, l.employer_name AS employerName,
  l.entry_date AS entryDate, l.exit_date AS exitDate, l.dropout_date AS dropoutDate,
  (SELECT m.group_id FROM group_memberships m WHERE m.learner_id = l.id
   ORDER BY m.end_date IS NULL DESC, m.start_date DESC, m.id DESC LIMIT 1) AS lastGroupId`;

/** Every learner of the cohort, whatever their status: those who left are owed documents too. */
export function cohortLearners(db: Db, cohortId: number): BatchLearner[] {
  return stmt(db, `SELECT ${LEARNER_COLUMNS} FROM learners l WHERE l.cohort_id = ?`).all(
    cohortId,
  ) as BatchLearner[];
}

/** The learners with these ids that exist. */
export function learnersByIds(db: Db, ids: readonly number[]): BatchLearner[] {
  return stmt(
    db,
    `SELECT ${LEARNER_COLUMNS} FROM learners l WHERE l.id IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(ids)) as BatchLearner[];
}

/** The learners who were members of the group on at least one day of [from, to]. */
export function groupMembersBetween(db: Db, groupId: number, from: string, to: string): Set<number> {
  const rows = stmt(
    db,
    `SELECT DISTINCT learner_id AS id FROM group_memberships
     WHERE group_id = ? AND start_date <= ? AND (end_date IS NULL OR end_date > ?)`,
  ).all(groupId, to, from) as { id: number }[];
  return new Set(rows.map((r) => r.id));
}
