import type { CohortDetail } from '../../../../shared/api/cohorts';
import { byPersonName } from '../../../../shared/format/sort';
import type { Db } from '../../db/open';

type Member = CohortDetail['groups'][number]['learners'][number];
type Trainer = CohortDetail['trainers'][number];

interface MemberRow {
  group_id: number;
  id: number;
  surname: string;
  first_name: string;
  status: string;
  since: string;
}

/** The current learners of each group of the cohort, by group id, sorted by name. */
export function currentMembersByGroup(db: Db, cohortId: number): Map<number, Member[]> {
  const rows = db
    .prepare(
      `SELECT m.group_id, l.id, l.surname, l.first_name, l.status, m.start_date AS since
       FROM group_memberships m
       JOIN groups g ON g.id = m.group_id
       JOIN learners l ON l.id = m.learner_id
       WHERE g.cohort_id = ? AND m.end_date IS NULL
       ORDER BY l.surname COLLATE NOCASE, l.first_name COLLATE NOCASE, l.id`,
    )
    .all(cohortId) as MemberRow[];
  const byGroup = new Map<number, Member[]>();
  for (const row of rows) {
    const list = byGroup.get(row.group_id) ?? [];
    list.push({
      id: row.id,
      surname: row.surname,
      firstName: row.first_name,
      status: row.status,
      since: row.since,
    });
    byGroup.set(row.group_id, list);
  }
  for (const list of byGroup.values()) list.sort(byPersonName);
  return byGroup;
}

/** Learners of the cohort who are in no group at present. */
export function ungroupedLearners(db: Db, cohortId: number): Omit<Member, 'since'>[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.surname, l.first_name, l.status
       FROM learners l
       WHERE l.cohort_id = ?
         AND NOT EXISTS (SELECT 1 FROM group_memberships m WHERE m.learner_id = l.id AND m.end_date IS NULL)
       ORDER BY l.surname COLLATE NOCASE, l.first_name COLLATE NOCASE, l.id`,
    )
    .all(cohortId) as Omit<MemberRow, 'group_id' | 'since'>[];
  return rows
    .map((row) => ({ id: row.id, surname: row.surname, firstName: row.first_name, status: row.status }))
    .sort(byPersonName);
}

/** Trainers qualified for at least one subject of the programme, with those subjects in programme order. */
export function programmeTrainers(db: Db, programmeId: number): Trainer[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.surname, t.first_name, s.name AS subject
       FROM trainers t
       JOIN trainer_subjects ts ON ts.trainer_id = t.id
       JOIN programme_subjects s ON s.id = ts.subject_id
       WHERE s.programme_id = ?
       ORDER BY t.surname COLLATE NOCASE, t.first_name COLLATE NOCASE, t.id, s.position, s.name`,
    )
    .all(programmeId) as { id: number; surname: string; first_name: string; subject: string }[];
  const byTrainer = new Map<number, Trainer>();
  for (const row of rows) {
    const trainer = byTrainer.get(row.id) ?? {
      id: row.id,
      surname: row.surname,
      firstName: row.first_name,
      subjects: [],
    };
    trainer.subjects.push(row.subject);
    byTrainer.set(row.id, trainer);
  }
  return [...byTrainer.values()].sort(byPersonName);
}
