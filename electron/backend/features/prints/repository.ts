import type { Db } from '../../db/open';

/** Reads of the working prints that no other area already makes. */

export interface RosterLearnerRow {
  surname: string;
  firstName: string;
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  accessRoute: string;
  funding: string | null;
  employerName: string | null;
  tutorName: string | null;
  tutorEmail: string | null;
  tutorPhone: string | null;
}

/** The group's members on `date` (a membership ends the day before its end_date). */
export function rosterLearners(db: Db, groupId: number, date: string): RosterLearnerRow[] {
  return db
    .prepare(
      `SELECT l.surname, l.first_name AS firstName, l.birth_date AS birthDate, l.email, l.phone,
         l.access_route AS accessRoute, l.funding, l.employer_name AS employerName,
         l.tutor_name AS tutorName, l.tutor_email AS tutorEmail, l.tutor_phone AS tutorPhone
       FROM group_memberships m JOIN learners l ON l.id = m.learner_id
       WHERE m.group_id = ? AND m.start_date <= ? AND (m.end_date IS NULL OR ? < m.end_date)`,
    )
    .all(groupId, date, date) as RosterLearnerRow[];
}

export interface CohortFacts {
  name: string;
  programmeTitle: string;
  startDate: string;
  endDate: string;
}

export function cohortFacts(db: Db, cohortId: number): CohortFacts | null {
  return (
    (db
      .prepare(
        `SELECT c.name, p.title AS programmeTitle, c.start_date AS startDate, c.end_date AS endDate
         FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = ?`,
      )
      .get(cohortId) as CohortFacts | undefined) ?? null
  );
}

export interface TeachingRow {
  trainerId: number;
  surname: string;
  firstName: string;
  email: string | null;
  phone: string | null;
  subjectName: string;
  subjectPosition: number;
  groupName: string;
}

/**
 * Who teaches what to which group of the cohort: the assignments set on the cohort page, and
 * whoever is planned on a session of one of its groups (a replacement, a masterclass).
 */
export function cohortTeaching(db: Db, cohortId: number): TeachingRow[] {
  return db
    .prepare(
      `SELECT DISTINCT t.id AS trainerId, t.surname, t.first_name AS firstName, t.email, t.phone,
         ps.name AS subjectName, ps.position AS subjectPosition, g.name AS groupName
       FROM (SELECT group_id, subject_id, trainer_id FROM teaching_assignments
               WHERE group_id IN (SELECT id FROM groups WHERE cohort_id = @cohortId)
             UNION
             SELECT group_id, subject_id, trainer_id FROM planned_sessions
               WHERE trainer_id IS NOT NULL AND group_id IN (SELECT id FROM groups WHERE cohort_id = @cohortId)) a
       JOIN groups g ON g.id = a.group_id
       JOIN trainers t ON t.id = a.trainer_id
       JOIN programme_subjects ps ON ps.id = a.subject_id`,
    )
    .all({ cohortId }) as TeachingRow[];
}
