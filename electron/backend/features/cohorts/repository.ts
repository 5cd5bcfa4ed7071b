import type { Cohort } from '../../../../shared/api/cohorts';
import type { Db } from '../../db/open';

/** The cohort's own fields as the contract's input carries them (after parsing). */
export interface CohortValues {
  name: string;
  programmeId: number;
  startDate: string;
  endDate: string;
  yearFrom: 1 | 2;
  yearTo: 1 | 2;
  holidayZone: 'A' | 'B' | 'C';
  alsaceMoselle: boolean;
  site: string | null;
}

interface CohortRow {
  id: number;
  name: string;
  programme_id: number;
  programme_title: string;
  start_date: string;
  end_date: string;
  year_from: number;
  year_to: number;
  holiday_zone: 'A' | 'B' | 'C';
  alsace_moselle: number;
  site: string | null;
  archived_at: string | null;
  group_count: number;
  learner_count: number;
}

const SELECT_COHORT = `
  SELECT c.id, c.name, c.programme_id, p.title AS programme_title, c.start_date, c.end_date,
         c.year_from, c.year_to, c.holiday_zone, c.alsace_moselle, c.site, c.archived_at,
         (SELECT count(*) FROM groups g WHERE g.cohort_id = c.id) AS group_count,
         (SELECT count(*) FROM learners l WHERE l.cohort_id = c.id) AS learner_count
  FROM cohorts c JOIN programmes p ON p.id = c.programme_id`;

function toCohort(row: CohortRow): Cohort {
  return {
    id: row.id,
    name: row.name,
    programmeId: row.programme_id,
    programmeTitle: row.programme_title,
    startDate: row.start_date,
    endDate: row.end_date,
    yearFrom: row.year_from,
    yearTo: row.year_to,
    holidayZone: row.holiday_zone,
    alsaceMoselle: row.alsace_moselle === 1,
    site: row.site,
    archived: row.archived_at !== null,
    groupCount: row.group_count,
    learnerCount: row.learner_count,
  };
}

export function listCohorts(db: Db, includeArchived: boolean): Cohort[] {
  const rows = db
    .prepare(
      `${SELECT_COHORT}
       WHERE ? OR c.archived_at IS NULL
       ORDER BY c.archived_at IS NOT NULL, c.start_date DESC, c.name COLLATE NOCASE`,
    )
    .all(includeArchived ? 1 : 0) as CohortRow[];
  return rows.map(toCohort);
}

export function findCohort(db: Db, id: number): Cohort | null {
  const row = db.prepare(`${SELECT_COHORT} WHERE c.id = ?`).get(id) as CohortRow | undefined;
  return row ? toCohort(row) : null;
}

/** Whether another cohort has this name (names are unique whatever their case). */
export function cohortNameTaken(db: Db, name: string, exceptId: number | null): boolean {
  return (
    db.prepare('SELECT 1 FROM cohorts WHERE name = ? COLLATE NOCASE AND id IS NOT ?').get(name, exceptId) !==
    undefined
  );
}

export function programmeTitle(db: Db, programmeId: number): string | null {
  const row = db.prepare('SELECT title FROM programmes WHERE id = ?').get(programmeId) as
    { title: string } | undefined;
  return row?.title ?? null;
}

function params(values: CohortValues) {
  return [
    values.name,
    values.programmeId,
    values.startDate,
    values.endDate,
    values.yearFrom,
    values.yearTo,
    values.holidayZone,
    values.alsaceMoselle ? 1 : 0,
    values.site,
  ];
}

export function insertCohort(db: Db, values: CohortValues, now: Date): number {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO cohorts (name, programme_id, start_date, end_date, year_from, year_to, holiday_zone,
                            alsace_moselle, site, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(...params(values), at, at);
  return Number(lastInsertRowid);
}

export function updateCohort(db: Db, id: number, values: CohortValues, now: Date): void {
  db.prepare(
    `UPDATE cohorts SET name = ?, programme_id = ?, start_date = ?, end_date = ?, year_from = ?, year_to = ?,
            holiday_zone = ?, alsace_moselle = ?, site = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...params(values), now.toISOString(), id);
}

export function setCohortArchived(db: Db, id: number, archived: boolean, now: Date): void {
  db.prepare(
    'UPDATE cohorts SET archived_at = CASE WHEN ? THEN coalesce(archived_at, ?) END, updated_at = ? WHERE id = ?',
  ).run(archived ? 1 : 0, now.toISOString(), now.toISOString(), id);
}

export function deleteCohort(db: Db, id: number): void {
  db.prepare('DELETE FROM cohorts WHERE id = ?').run(id);
}

/**
 * Dispensations and kept marks of the cohort's learners on units the programme lacks: they would
 * lose their meaning if the cohort moved to that programme.
 */
export function unitsMissingFromProgramme(
  db: Db,
  cohortId: number,
  programmeId: number,
): { learner: string; units: string[] }[] {
  const rows = db
    .prepare(
      `SELECT l.id, l.first_name || ' ' || l.surname AS learner, x.unit_code
       FROM learners l
       JOIN (SELECT learner_id, unit_code FROM learner_dispensations
             UNION SELECT learner_id, unit_code FROM learner_kept_marks) x ON x.learner_id = l.id
       WHERE l.cohort_id = ?
         AND x.unit_code NOT IN (SELECT code FROM programme_units WHERE programme_id = ?)
       ORDER BY l.surname COLLATE NOCASE, l.first_name COLLATE NOCASE, l.id, x.unit_code`,
    )
    .all(cohortId, programmeId) as { id: number; learner: string; unit_code: string }[];
  const byLearner = new Map<number, { learner: string; units: string[] }>();
  for (const row of rows) {
    const entry = byLearner.get(row.id) ?? { learner: row.learner, units: [] };
    entry.units.push(row.unit_code);
    byLearner.set(row.id, entry);
  }
  return [...byLearner.values()];
}
