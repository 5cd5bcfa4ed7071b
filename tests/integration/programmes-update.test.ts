import { afterEach, describe, expect, it } from 'vitest';
import type { ProgrammeDetail, ProgrammeSummary } from '../../shared/api/programmes';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';

let b: TestBackend;
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });
const AT = '2026-01-01T00:00:00.000Z';

/** A fresh backend, an admin, and an editable copy of a built-in programme. */
async function withCopy(code: 'BTS-NDRC' | 'BTS-NRC' = 'BTS-NDRC') {
  b = await freshBackend();
  const admin = await setupAdmin(b.app);
  const listed = await b.app.call('programmes.list', {}, as(admin));
  const source = (listed.result as { value: ProgrammeSummary[] }).value.find((p) => p.code === code)!;
  const dup = await b.app.call(
    'programmes.duplicate',
    { id: source.id, code: 'COPIE', title: 'Copie' },
    as(admin),
  );
  if (!dup.result.ok) throw new Error(JSON.stringify(dup.result));
  return { admin, copy: dup.result.value as ProgrammeDetail, sourceId: source.id };
}

/** The update input that keeps a programme exactly as it is. */
function asInput(d: ProgrammeDetail) {
  return {
    id: d.id,
    code: d.code,
    title: d.title,
    diplomaCode: d.diplomaCode,
    rncpCode: d.rncpCode,
    nsfCode: d.nsfCode,
    level: d.level,
    totalHours: d.totalHours,
    objectives: [...d.objectives],
    subjects: d.subjects.map((s) => ({ ...s })),
    units: d.units.map((u) => ({ ...u })),
    blocs: d.blocs.map((x) => ({ ...x, unitCodes: [...x.unitCodes] })),
  };
}

function insertLearnerInCohort(programmeId: number): number {
  const cohort = b.db
    .prepare(
      `INSERT INTO cohorts (name, programme_id, start_date, end_date, year_from, year_to, holiday_zone, created_at, updated_at)
       VALUES ('Promo test', ?, '2025-09-01', '2027-06-30', 1, 2, 'C', ?, ?)`,
    )
    .run(programmeId, AT, AT).lastInsertRowid;
  return Number(
    b.db
      .prepare(
        `INSERT INTO learners (cohort_id, surname, first_name, access_route, created_at, updated_at)
         VALUES (?, 'Martin', 'Léa', 'apprenticeship', ?, ?)`,
      )
      .run(cohort, AT, AT).lastInsertRowid,
  );
}

describe('updating a centre programme', () => {
  it('replaces header and rows, keeping the ids of rows it keeps, and audits it', async () => {
    const { admin, copy } = await withCopy();
    const input = asInput(copy);
    input.title = 'BTS NDRC — parcours accéléré';
    input.totalHours = 1400;
    input.objectives.push('Préparer le dossier E4');
    input.subjects[1]!.hoursYear1 = 80;
    input.subjects.splice(6, 1); // "Accompagnement…" is not used by anything
    input.subjects.push({
      name: 'Atelier numérique',
      hoursYear1: 20,
      hoursYear2: 30,
      coefficient: 1,
      unitCode: 'U5',
    } as never);
    input.units[5]!.title = 'Animation de réseaux';
    input.blocs[0]!.unitCodes = ['U4', 'U6'];
    const { result } = await b.app.call('programmes.update', input, as(admin));
    expect(result.ok).toBe(true);
    const saved = (result as { value: ProgrammeDetail }).value;
    expect(saved).toMatchObject({ title: 'BTS NDRC — parcours accéléré', totalHours: 1400, subjectCount: 7 });
    expect(saved.objectives.at(-1)).toBe('Préparer le dossier E4');
    expect(saved.subjects[1]).toMatchObject({ id: copy.subjects[1]!.id, hoursYear1: 80 });
    expect(saved.subjects.map((s) => s.name)).not.toContain(
      'Accompagnement, conduite de projet et évaluations',
    );
    expect(saved.subjects[6]).toMatchObject({ name: 'Atelier numérique', hoursYear2: 30 });
    expect(saved.units[5]).toMatchObject({ id: copy.units[5]!.id, title: 'Animation de réseaux' });
    expect(saved.blocs[0]!.unitCodes).toEqual(['U4', 'U6']);
    const actions = b.db
      .prepare("SELECT action FROM audit_log WHERE action LIKE 'programmes.%' ORDER BY id")
      .all();
    expect(actions).toEqual([{ action: 'programmes.duplicate' }, { action: 'programmes.update' }]);
  });

  it('swaps two subjects’ names and two blocs’ numbers without tripping on uniqueness', async () => {
    const { admin, copy } = await withCopy();
    const input = asInput(copy);
    [input.subjects[0]!.name, input.subjects[1]!.name] = [input.subjects[1]!.name, input.subjects[0]!.name];
    [input.blocs[0]!.number, input.blocs[1]!.number] = [2, 1];
    const { result } = await b.app.call('programmes.update', input, as(admin));
    expect(result.ok).toBe(true);
    const saved = (result as { value: ProgrammeDetail }).value;
    expect(saved.subjects[0]).toMatchObject({ id: copy.subjects[0]!.id, name: 'Anglais' });
    expect(saved.blocs.map((x) => [x.number, x.title])).toEqual([
      [1, 'Relation client à distance et digitalisation'],
      [2, 'Relation client et négociation-vente'],
      [3, 'Relation client et animation de réseaux'],
    ]);
  });

  it('refuses inconsistent rows with a French message at each row’s field, writing nothing', async () => {
    const { admin, copy } = await withCopy('BTS-NRC');
    const before = checksum(b.db);
    const input = asInput(copy);
    input.subjects[2]!.name = 'Culture générale et expression';
    input.subjects[0]!.unitCode = 'U9';
    input.units[1]!.code = 'U1';
    input.units[0]!.optional = true; // UF1 is already optional
    input.blocs.push({ number: 1, title: 'Bloc inventé', unitCodes: ['U7'] } as never);
    const { result } = await b.app.call('programmes.update', input, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          'subjects.2.name': expect.stringContaining('« Culture générale et expression » apparaît deux fois'),
          'subjects.0.unitCode':
            'L’épreuve U9 n’existe pas dans ce programme : ajoutez-la ou choisissez-en une autre.',
          'units.1.code': expect.stringContaining('U1 apparaît deux fois'),
          'units.7.optional': 'Un programme compte au plus une épreuve facultative.',
          'blocs.0.unitCodes': expect.stringContaining('U7'),
        },
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses rows that belong to another programme, and a code taken by another', async () => {
    const { admin, copy, sourceId } = await withCopy();
    const source = (await b.app.call('programmes.get', { id: sourceId }, as(admin))).result as {
      value: ProgrammeDetail;
    };
    const before = checksum(b.db);
    const input = asInput(copy);
    input.subjects[0]!.id = source.value.subjects[0]!.id;
    const foreign = await b.app.call('programmes.update', input, as(admin));
    expect(foreign.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { 'subjects.0.id': expect.any(String) } },
    });
    const taken = await b.app.call('programmes.update', { ...asInput(copy), code: 'BTS-NRC' }, as(admin));
    expect(taken.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { code: expect.stringMatching(/déjà utilisé/) } },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a trainer (FORBIDDEN)', async () => {
    const { admin, copy } = await withCopy();
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const before = checksum(b.db);
    const { result } = await b.app.call('programmes.update', { ...asInput(copy), title: 'X' }, as(trainer));
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('removing rows other records use', () => {
  it('refuses to remove a subject a protecting table still points to, naming it; a trainer’s qualification follows', async () => {
    const { admin, copy } = await withCopy();
    // A later table (planned sessions, say) protecting its subject, as future migrations will.
    b.db.exec(`CREATE TABLE test_sessions (
      id INTEGER PRIMARY KEY,
      subject_id INTEGER NOT NULL REFERENCES programme_subjects ON DELETE RESTRICT)`);
    const anglais = copy.subjects[1]!;
    b.db.prepare('INSERT INTO test_sessions (subject_id) VALUES (?)').run(anglais.id);
    const trainer = b.db
      .prepare(
        `INSERT INTO trainers (surname, first_name, contract_type, created_at, updated_at)
         VALUES ('Durand', 'Paul', 'employee', ?, ?)`,
      )
      .run(AT, AT).lastInsertRowid;
    const accompagnement = copy.subjects[6]!;
    b.db
      .prepare('INSERT INTO trainer_subjects (trainer_id, subject_id) VALUES (?, ?)')
      .run(trainer, accompagnement.id);

    const before = checksum(b.db);
    const input = asInput(copy);
    input.subjects = input.subjects.filter((s) => s.id !== anglais.id);
    const refused = await b.app.call('programmes.update', input, as(admin));
    expect(refused.result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(
          /La matière « Anglais » ne peut pas être retirée.*1 ligne de « test_sessions »/,
        ),
      },
    });
    expect(checksum(b.db)).toBe(before);
    const del = await b.app.call('programmes.delete', { id: copy.id }, as(admin));
    expect(del.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('« Anglais »') },
    });

    const removeQualified = asInput(copy);
    removeQualified.subjects = removeQualified.subjects.filter((s) => s.id !== accompagnement.id);
    expect((await b.app.call('programmes.update', removeQualified, as(admin))).result.ok).toBe(true);
    expect(b.db.prepare('SELECT count(*) AS n FROM trainer_subjects').get()).toEqual({ n: 0 });
  });

  it('refuses to remove or rename a unit that learners of its cohorts are dispensed from or kept a mark in', async () => {
    const { admin, copy } = await withCopy();
    const learner = insertLearnerInCohort(copy.id);
    b.db
      .prepare(
        "INSERT INTO learner_dispensations (learner_id, unit_code, reason) VALUES (?, 'U1', 'BTS MCO')",
      )
      .run(learner);
    b.db
      .prepare(
        "INSERT INTO learner_kept_marks (learner_id, unit_code, mark, obtained_on) VALUES (?, 'U3', 12, '2025-07-01')",
      )
      .run(learner);
    const before = checksum(b.db);

    const removed = asInput(copy);
    removed.units = removed.units.filter((u) => u.code !== 'U1');
    removed.subjects[0]!.unitCode = null;
    const r1 = await b.app.call('programmes.update', removed, as(admin));
    expect(r1.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/L’épreuve U1 .*1 dispense/) },
    });

    const renamed = asInput(copy);
    renamed.units[2]!.code = 'U3A';
    renamed.subjects[2]!.unitCode = 'U3A';
    const r2 = await b.app.call('programmes.update', renamed, as(admin));
    expect(r2.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/U3 .*1 note conservée/) },
    });
    expect(checksum(b.db)).toBe(before);

    const unused = asInput(copy);
    unused.units = unused.units.filter((u) => u.code !== 'U2');
    unused.subjects[1]!.unitCode = null;
    expect((await b.app.call('programmes.update', unused, as(admin))).result.ok).toBe(true);
  });

  it('refuses to rename a unit the exam simulator holds entries for, naming them', async () => {
    const { admin, copy } = await withCopy();
    const learner = insertLearnerInCohort(copy.id);
    const adminId = (b.db.prepare('SELECT id FROM users LIMIT 1').get() as { id: number }).id;
    b.db
      .prepare(
        "INSERT INTO exam_unit_entries (learner_id, unit_code, kind, mark, updated_by, updated_at) VALUES (?, 'U2', 'mark', 13.5, ?, ?)",
      )
      .run(learner, adminId, AT);
    const before = checksum(b.db);

    const renamed = asInput(copy);
    renamed.units[1]!.code = 'U2B';
    renamed.subjects[1]!.unitCode = 'U2B';
    const r = await b.app.call('programmes.update', renamed, as(admin));
    expect(r.result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(/L’épreuve U2 .*1 saisie du simulateur d’examen/),
      },
    });
    expect(checksum(b.db)).toBe(before);
  });
});
