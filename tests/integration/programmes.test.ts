import { afterEach, describe, expect, it } from 'vitest';
import type { ProgrammeDetail, ProgrammeSummary } from '../../shared/api/programmes';
import { ensureBuiltinProgrammes } from '../../electron/backend/features/programmes/catalogue';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';

let b: TestBackend;
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });

async function list(token: string): Promise<ProgrammeSummary[]> {
  const { result } = await b.app.call('programmes.list', {}, as(token));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as ProgrammeSummary[];
}

async function builtin(token: string, code: string): Promise<ProgrammeSummary> {
  const found = (await list(token)).find((p) => p.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
}

async function duplicate(
  token: string,
  id: number,
  code: string,
  title = `Copie ${code}`,
): Promise<ProgrammeDetail> {
  const { result } = await b.app.call('programmes.duplicate', { id, code, title }, as(token));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as ProgrammeDetail;
}

/** Cohorts belong to another area: the row is written directly, as that area will. */
function insertCohort(programmeId: number, name: string): number {
  const at = '2026-01-01T00:00:00.000Z';
  return Number(
    b.db
      .prepare(
        `INSERT INTO cohorts (name, programme_id, start_date, end_date, year_from, year_to, holiday_zone, created_at, updated_at)
         VALUES (?, ?, '2025-09-01', '2027-06-30', 1, 2, 'C', ?, ?)`,
      )
      .run(name, programmeId, at, at).lastInsertRowid,
  );
}

describe('built-in programmes', () => {
  it('lists BTS NDRC and BTS NRC with their counts after the first start', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const programmes = await list(admin);
    expect(programmes.map((p) => p.code)).toEqual(['BTS-NDRC', 'BTS-NRC']);
    expect(programmes[0]).toMatchObject({
      builtin: true,
      rncpCode: '38368',
      totalHours: 1350,
      subjectCount: 7,
      unitCount: 6,
      cohortCount: 0,
    });
    expect(programmes[1]).toMatchObject({ builtin: true, totalHours: 1200, subjectCount: 9, unitCount: 8 });
  });

  it('returns a programme in full: subjects with hours per year, units, blocs, objectives', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const ndrc = await builtin(admin, 'BTS-NDRC');
    const { result } = await b.app.call('programmes.get', { id: ndrc.id }, as(admin));
    expect(result.ok).toBe(true);
    const detail = (result as { value: ProgrammeDetail }).value;
    expect(detail.objectives).toHaveLength(16);
    expect(detail.subjects[1]).toMatchObject({
      name: 'Anglais',
      hoursYear1: 67.5,
      hoursYear2: 67.5,
      unitCode: 'U2',
    });
    expect(detail.units[3]).toMatchObject({
      code: 'U4',
      form: 'oral',
      preparationMinutes: 40,
      optional: false,
    });
    expect(detail.blocs.map((x) => x.unitCodes)).toEqual([['U4'], ['U5'], ['U6']]);
  });

  it('answers NOT_FOUND for a programme that does not exist', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const { result } = await b.app.call('programmes.get', { id: 999 }, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Ce programme n’existe pas (ou plus).' },
    });
  });

  it('installs missing built-ins idempotently, and restores one that went missing', async () => {
    b = await freshBackend();
    const before = checksum(b.db);
    b.db.transaction(() => ensureBuiltinProgrammes(b.db, new Date('2026-04-01T00:00:00Z')))();
    expect(checksum(b.db)).toBe(before);

    b.db.prepare("DELETE FROM programmes WHERE code = 'BTS-NRC'").run();
    b.db.transaction(() => ensureBuiltinProgrammes(b.db, new Date('2026-04-01T00:00:00Z')))();
    const codes = (
      b.db.prepare('SELECT code, builtin FROM programmes ORDER BY id').all() as { code: string }[]
    ).map((r) => r.code);
    expect(codes).toEqual(['BTS-NDRC', 'BTS-NRC']);
    const units = b.db
      .prepare(
        "SELECT count(*) AS n FROM programme_units u JOIN programmes p ON p.id = u.programme_id WHERE p.code = 'BTS-NRC'",
      )
      .get() as { n: number };
    expect(units.n).toBe(8);
  });

  it('refuses to change or delete a built-in programme, telling to duplicate it', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const ndrc = await builtin(admin, 'BTS-NDRC');
    const { result: got } = await b.app.call('programmes.get', { id: ndrc.id }, as(admin));
    const detail = (got as { value: ProgrammeDetail }).value;
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'programmes.update',
      { ...pickContent(detail), id: detail.id, title: 'Mon NDRC' },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/dupliquez-le/) },
    });
    const deleted = await b.app.call('programmes.delete', { id: ndrc.id }, as(admin));
    expect(deleted.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/fourni avec Carnet/) },
    });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('duplicating', () => {
  it('copies a built-in into an editable programme based on it, and audits it', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const ndrc = await builtin(admin, 'BTS-NDRC');
    const copy = await duplicate(admin, ndrc.id, 'NDRC-2026', 'BTS NDRC — rythme 2026');
    expect(copy).toMatchObject({
      code: 'NDRC-2026',
      title: 'BTS NDRC — rythme 2026',
      builtin: false,
      basedOnId: ndrc.id,
      rncpCode: '38368',
      subjectCount: 7,
      unitCount: 6,
    });
    expect(copy.objectives).toHaveLength(16);
    expect(copy.blocs.map((x) => x.unitCodes)).toEqual([['U4'], ['U5'], ['U6']]);
    expect((await list(admin)).map((p) => p.code)).toContain('NDRC-2026');
    const log = b.db.prepare("SELECT action, target FROM audit_log WHERE action LIKE 'programmes.%'").all();
    expect(log).toEqual([{ action: 'programmes.duplicate', target: `programme:${copy.id}` }]);
  });

  it('refuses a code already used (whatever its case) with a French message on the code field', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const ndrc = await builtin(admin, 'BTS-NDRC');
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'programmes.duplicate',
      { id: ndrc.id, code: 'bts-nrc', title: 'X' },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        fields: {
          code: 'Le code « bts-nrc » est déjà utilisé par un autre programme. Choisissez-en un autre.',
        },
      },
    });
    const badCode = await b.app.call(
      'programmes.duplicate',
      { id: ndrc.id, code: 'mon code', title: 'X' },
      as(admin),
    );
    expect(badCode.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { code: expect.stringMatching(/sans espace/) } },
    });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('deleting', () => {
  it('deletes an unused copy with its rows', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const copy = await duplicate(admin, (await builtin(admin, 'BTS-NRC')).id, 'NRC-COPIE');
    const { result } = await b.app.call('programmes.delete', { id: copy.id }, as(admin));
    expect(result).toEqual({ ok: true, value: {} });
    expect((await list(admin)).map((p) => p.code)).toEqual(['BTS-NDRC', 'BTS-NRC']);
    const orphans = b.db
      .prepare('SELECT count(*) AS n FROM programme_units WHERE programme_id = ?')
      .get(copy.id);
    expect(orphans).toEqual({ n: 0 });
  });

  it('refuses to delete a programme a cohort follows, naming the cohorts', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const copy = await duplicate(admin, (await builtin(admin, 'BTS-NDRC')).id, 'NDRC-LYON');
    insertCohort(copy.id, 'NDRC 2025-2027 Lyon');
    insertCohort(copy.id, 'NDRC 2026-2028 Lyon');
    expect((await list(admin)).find((p) => p.id === copy.id)?.cohortCount).toBe(2);
    const before = checksum(b.db);
    const { result } = await b.app.call('programmes.delete', { id: copy.id }, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('les promotions « NDRC 2025-2027 Lyon », « NDRC 2026-2028 Lyon »'),
      },
    });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('roles', () => {
  it('lets a trainer read programmes but not write them', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const ndrc = await builtin(trainer, 'BTS-NDRC');
    expect((await b.app.call('programmes.get', { id: ndrc.id }, as(trainer))).result.ok).toBe(true);
    const before = checksum(b.db);
    const dup = await b.app.call(
      'programmes.duplicate',
      { id: ndrc.id, code: 'X-1', title: 'X' },
      as(trainer),
    );
    expect(dup.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const del = await b.app.call('programmes.delete', { id: ndrc.id }, as(trainer));
    expect(del.result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(checksum(b.db)).toBe(before);
  });

  it('lets a manager duplicate', async () => {
    b = await freshBackend();
    const admin = await setupAdmin(b.app);
    const manager = await userWithRole(b.app, admin, 'manager');
    const copy = await duplicate(manager, (await builtin(manager, 'BTS-NRC')).id, 'NRC-M');
    expect(copy.builtin).toBe(false);
  });
});

function pickContent(d: ProgrammeDetail) {
  return {
    code: d.code,
    title: d.title,
    diplomaCode: d.diplomaCode,
    rncpCode: d.rncpCode,
    nsfCode: d.nsfCode,
    level: d.level,
    totalHours: d.totalHours,
    objectives: d.objectives,
    subjects: d.subjects,
    units: d.units,
    blocs: d.blocs,
  };
}
