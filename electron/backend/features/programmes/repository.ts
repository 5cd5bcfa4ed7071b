import type { ProgrammeContent, ProgrammeDetail, ProgrammeSummary } from '../../../../shared/api/programmes';
import type { Db } from '../../db/open';
import { replaceBlocs, replaceSubjects, replaceUnits } from './children-repository';

interface ProgrammeRow {
  id: number;
  code: string;
  title: string;
  diploma_code: string | null;
  rncp_code: string | null;
  nsf_code: string | null;
  level: number | null;
  total_hours: number;
  objectives: string;
  builtin: number;
  based_on_id: number | null;
  subject_count: number;
  unit_count: number;
  cohort_count: number;
}

const SUMMARY_SQL = `
  SELECT p.*,
    (SELECT count(*) FROM programme_subjects s WHERE s.programme_id = p.id) AS subject_count,
    (SELECT count(*) FROM programme_units u WHERE u.programme_id = p.id) AS unit_count,
    (SELECT count(*) FROM cohorts c WHERE c.programme_id = p.id) AS cohort_count
  FROM programmes p`;

function toSummary(row: ProgrammeRow): ProgrammeSummary {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    diplomaCode: row.diploma_code,
    rncpCode: row.rncp_code,
    nsfCode: row.nsf_code,
    level: row.level,
    totalHours: row.total_hours,
    builtin: row.builtin === 1,
    basedOnId: row.based_on_id,
    subjectCount: row.subject_count,
    unitCount: row.unit_count,
    cohortCount: row.cohort_count,
  };
}

export function listProgrammes(db: Db): ProgrammeSummary[] {
  const rows = db.prepare(`${SUMMARY_SQL} ORDER BY p.builtin DESC, p.title COLLATE NOCASE`).all();
  return (rows as ProgrammeRow[]).map(toSummary);
}

export function findProgramme(db: Db, id: number): ProgrammeDetail | null {
  const row = db.prepare(`${SUMMARY_SQL} WHERE p.id = ?`).get(id) as ProgrammeRow | undefined;
  if (!row) return null;
  const subjects = db
    .prepare(
      `SELECT id, name, hours_year1 AS hoursYear1, hours_year2 AS hoursYear2, coefficient, unit_code AS unitCode
       FROM programme_subjects WHERE programme_id = ? ORDER BY position, id`,
    )
    .all(id) as ProgrammeDetail['subjects'];
  const units = (
    db
      .prepare(
        `SELECT id, code, title, form, duration_minutes AS durationMinutes,
           preparation_minutes AS preparationMinutes, coefficient, kind, optional
         FROM programme_units WHERE programme_id = ? ORDER BY position, id`,
      )
      .all(id) as (Omit<ProgrammeDetail['units'][number], 'optional'> & { optional: number })[]
  ).map((u) => ({ ...u, optional: u.optional === 1 }));
  const blocs = (
    db
      .prepare(
        'SELECT id, number, title, unit_codes FROM programme_blocs WHERE programme_id = ? ORDER BY number',
      )
      .all(id) as { id: number; number: number; title: string; unit_codes: string }[]
  ).map((b) => ({
    id: b.id,
    number: b.number,
    title: b.title,
    unitCodes: JSON.parse(b.unit_codes) as string[],
  }));
  return {
    ...toSummary(row),
    objectives: JSON.parse(row.objectives) as string[],
    subjects,
    units,
    blocs,
  };
}

/** The id of the programme with this code (codes compare without case), if any. */
export function programmeIdByCode(db: Db, code: string): number | null {
  const row = db.prepare('SELECT id FROM programmes WHERE code = ?').get(code) as { id: number } | undefined;
  return row?.id ?? null;
}

/** Cohorts following a programme, by name, archived ones included. */
export function cohortNamesOf(db: Db, programmeId: number): string[] {
  const rows = db
    .prepare('SELECT name FROM cohorts WHERE programme_id = ? ORDER BY name COLLATE NOCASE')
    .all(programmeId) as { name: string }[];
  return rows.map((r) => r.name);
}

export function insertProgramme(
  db: Db,
  content: ProgrammeContent,
  origin: { builtin: boolean; basedOnId: number | null },
  now: Date,
): number {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO programmes (code, title, diploma_code, rncp_code, nsf_code, level, total_hours, objectives,
         builtin, based_on_id, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      content.code,
      content.title,
      content.diplomaCode,
      content.rncpCode,
      content.nsfCode,
      content.level,
      content.totalHours,
      JSON.stringify(content.objectives),
      origin.builtin ? 1 : 0,
      origin.basedOnId,
      at,
      at,
    );
  const id = Number(lastInsertRowid);
  writeChildren(db, id, content);
  return id;
}

/** Replaces header and children; rows carrying an `id` are updated in place, the others inserted. */
export function updateProgramme(db: Db, id: number, content: ProgrammeContent, now: Date): void {
  db.prepare(
    `UPDATE programmes SET code = ?, title = ?, diploma_code = ?, rncp_code = ?, nsf_code = ?, level = ?,
       total_hours = ?, objectives = ?, updated_at = ? WHERE id = ?`,
  ).run(
    content.code,
    content.title,
    content.diplomaCode,
    content.rncpCode,
    content.nsfCode,
    content.level,
    content.totalHours,
    JSON.stringify(content.objectives),
    now.toISOString(),
    id,
  );
  writeChildren(db, id, content);
}

function writeChildren(db: Db, id: number, content: ProgrammeContent): void {
  replaceUnits(db, id, content.units);
  replaceSubjects(db, id, content.subjects);
  replaceBlocs(db, id, content.blocs);
}

export function deleteProgramme(db: Db, id: number): void {
  db.prepare('DELETE FROM programmes WHERE id = ?').run(id);
}
