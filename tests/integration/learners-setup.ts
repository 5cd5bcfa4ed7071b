import type { Db } from '../../electron/backend/db/open';
import type { Input } from '../../shared/api/index';
import type { TestBackend } from '../helpers/backend';

/** Records the learners and imports tests stand on, written with SQL so no other area is needed. */

const AT = '2026-01-05T08:00:00.000Z';

/** The built-in BTS NDRC when the catalogue is loaded; otherwise a stand-in with units U1–U6. */
export function programmeId(db: Db): number {
  const builtin = db.prepare("SELECT id FROM programmes WHERE code = 'BTS-NDRC'").get() as
    { id: number } | undefined;
  if (builtin) return builtin.id;
  const id = Number(
    db
      .prepare(
        "INSERT INTO programmes (code, title, total_hours, created_at, updated_at) VALUES ('BTS-NDRC', 'BTS NDRC', 1350, ?, ?)",
      )
      .run(AT, AT).lastInsertRowid,
  );
  const unit = db.prepare(
    `INSERT INTO programme_units (programme_id, position, code, title, form, duration_minutes, coefficient, kind)
     VALUES (?, ?, ?, ?, 'écrit', 180, 3, 'general')`,
  );
  ['U1', 'U2', 'U3', 'U4', 'U5', 'U6'].forEach((code, i) => unit.run(id, i + 1, code, `Unité ${code}`));
  return id;
}

export function unitCodes(db: Db): string[] {
  return (
    db
      .prepare('SELECT code FROM programme_units WHERE programme_id = ? ORDER BY position')
      .all(programmeId(db)) as { code: string }[]
  ).map((r) => r.code);
}

export function makeCohort(db: Db, name: string, options: { archived?: boolean } = {}): number {
  return Number(
    db
      .prepare(
        `INSERT INTO cohorts (name, programme_id, start_date, end_date, year_from, year_to, holiday_zone,
           archived_at, created_at, updated_at)
         VALUES (?, ?, '2025-09-01', '2027-06-30', 1, 2, 'C', ?, ?, ?)`,
      )
      .run(name, programmeId(db), options.archived ? AT : null, AT, AT).lastInsertRowid,
  );
}

export function makeGroup(db: Db, cohortId: number, name: string): number {
  return Number(
    db.prepare('INSERT INTO groups (cohort_id, name, created_at) VALUES (?, ?, ?)').run(cohortId, name, AT)
      .lastInsertRowid,
  );
}

export function archive(db: Db, cohortId: number): void {
  db.prepare('UPDATE cohorts SET archived_at = ? WHERE id = ?').run(AT, cohortId);
}

export function count(db: Db, table: string): number {
  return (db.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
}

export function members(db: Db, groupId: number): number {
  return (
    db
      .prepare('SELECT count(*) AS n FROM group_memberships WHERE group_id = ? AND end_date IS NULL')
      .get(groupId) as { n: number }
  ).n;
}

/** A complete, valid learner; tests override what they look at. */
export function learner(overrides: Partial<Input<'learners.create'>> = {}): Input<'learners.create'> {
  return {
    surname: 'Durand',
    firstName: 'Marie',
    birthDate: '2004-03-12',
    email: 'marie.durand@example.fr',
    phone: '06 12 34 56 78',
    accessRoute: 'apprenticeship',
    employerName: 'Boulangerie Léon',
    employerSiret: '732 829 320 00074',
    contractStart: '2025-09-01',
    contractEnd: '2027-08-31',
    ...overrides,
  };
}

/** Base64 of a file's bytes, as the renderer sends it. */
export function upload(
  fileName: string,
  bytes: Uint8Array | Buffer,
): { fileName: string; contentBase64: string } {
  return { fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

/** Creates a learner through the registry (as `token`) from `learner(overrides)`; throws on a refusal. */
export async function createLearner(
  b: TestBackend,
  token: string,
  overrides: Parameters<typeof learner>[0] = {},
): Promise<{ id: number }> {
  const { result } = await b.app.call('learners.create', learner(overrides), { sessionToken: token });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as { id: number };
}
