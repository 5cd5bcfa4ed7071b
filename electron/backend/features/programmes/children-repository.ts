import type { ProgrammeContent } from '../../../../shared/api/programmes';
import type { Db } from '../../db/open';

/**
 * Writes a programme's subjects, units and blocs as the full list given: rows carrying an `id`
 * keep it (so trainer qualifications and later records stay attached), rows without one are
 * inserted, and rows no longer listed are deleted. The caller has already checked that removed
 * rows are unused and that every `id` belongs to this programme.
 *
 * Kept rows first get a placeholder key, because swapping two names (or codes, or numbers)
 * would otherwise hit the UNIQUE constraint halfway through.
 */

function keepOnly(db: Db, table: string, programmeId: number, keptIds: number[]): void {
  const existing = db.prepare(`SELECT id FROM ${table} WHERE programme_id = ?`).all(programmeId) as {
    id: number;
  }[];
  const kept = new Set(keptIds);
  const remove = db.prepare(`DELETE FROM ${table} WHERE id = ?`);
  for (const { id } of existing) if (!kept.has(id)) remove.run(id);
}

const idsOf = (rows: readonly { id?: number | undefined }[]) =>
  rows.flatMap((r) => (r.id === undefined ? [] : [r.id]));

export function replaceSubjects(db: Db, programmeId: number, subjects: ProgrammeContent['subjects']): void {
  keepOnly(db, 'programme_subjects', programmeId, idsOf(subjects));
  db.prepare('UPDATE programme_subjects SET name = char(1) || id WHERE programme_id = ?').run(programmeId);
  const update = db.prepare(
    `UPDATE programme_subjects SET position = ?, name = ?, hours_year1 = ?, hours_year2 = ?, coefficient = ?,
       unit_code = ? WHERE id = ? AND programme_id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO programme_subjects (programme_id, position, name, hours_year1, hours_year2, coefficient, unit_code)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  subjects.forEach((s, position) => {
    const values = [s.name, s.hoursYear1, s.hoursYear2, s.coefficient, s.unitCode] as const;
    if (s.id !== undefined) update.run(position, ...values, s.id, programmeId);
    else insert.run(programmeId, position, ...values);
  });
}

export function replaceUnits(db: Db, programmeId: number, units: ProgrammeContent['units']): void {
  keepOnly(db, 'programme_units', programmeId, idsOf(units));
  db.prepare('UPDATE programme_units SET code = char(1) || id WHERE programme_id = ?').run(programmeId);
  const update = db.prepare(
    `UPDATE programme_units SET position = ?, code = ?, title = ?, form = ?, duration_minutes = ?,
       preparation_minutes = ?, coefficient = ?, kind = ?, optional = ? WHERE id = ? AND programme_id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO programme_units (programme_id, position, code, title, form, duration_minutes,
       preparation_minutes, coefficient, kind, optional)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  units.forEach((u, position) => {
    const values = [
      u.code,
      u.title,
      u.form,
      u.durationMinutes,
      u.preparationMinutes,
      u.coefficient,
      u.kind,
      u.optional ? 1 : 0,
    ] as const;
    if (u.id !== undefined) update.run(position, ...values, u.id, programmeId);
    else insert.run(programmeId, position, ...values);
  });
}

export function replaceBlocs(db: Db, programmeId: number, blocs: ProgrammeContent['blocs']): void {
  keepOnly(db, 'programme_blocs', programmeId, idsOf(blocs));
  db.prepare('UPDATE programme_blocs SET number = -id WHERE programme_id = ?').run(programmeId);
  const update = db.prepare(
    'UPDATE programme_blocs SET number = ?, title = ?, unit_codes = ? WHERE id = ? AND programme_id = ?',
  );
  const insert = db.prepare(
    'INSERT INTO programme_blocs (programme_id, number, title, unit_codes) VALUES (?, ?, ?, ?)',
  );
  for (const b of blocs) {
    const values = [b.number, b.title, JSON.stringify(b.unitCodes)] as const;
    if (b.id !== undefined) update.run(...values, b.id, programmeId);
    else insert.run(programmeId, ...values);
  }
}

/** Which of these ids are rows of this programme's table (subjects, units or blocs). */
export function childIdsOf(
  db: Db,
  table: 'programme_subjects' | 'programme_units' | 'programme_blocs',
  programmeId: number,
): Set<number> {
  const rows = db.prepare(`SELECT id FROM ${table} WHERE programme_id = ?`).all(programmeId) as {
    id: number;
  }[];
  return new Set(rows.map((r) => r.id));
}
