import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { archive, count, learner, makeCohort, makeGroup, members, unitCodes } from './learners-setup';

let b: TestBackend;
let admin: string;
const as = (token: string) => ({ sessionToken: token });

beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

async function create(input: Parameters<typeof learner>[0] = {}) {
  const { result } = await b.app.call('learners.create', learner(input), as(admin));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as { id: number };
}

describe('learners.create', () => {
  it('creates a complete record, stores the SIRET as digits and writes the audit log', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const [u1, u4] = [unitCodes(b.db)[0]!, unitCodes(b.db)[3]!];
    const { result } = await b.app.call(
      'learners.create',
      learner({
        cohortId,
        dispensations: [{ unitCode: u1.toLowerCase(), reason: 'Titulaire d’un BTS MCO' }],
        keptMarks: [{ unitCode: u4, mark: 14.5, obtainedOn: '2024-06-20' }],
      }),
      as(admin),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        surname: 'Durand',
        firstName: 'Marie',
        employerSiret: '73282932000074',
        cohortName: 'NDRC 2025-2027',
        dispensations: [{ unitCode: u1, reason: 'Titulaire d’un BTS MCO' }],
        keptMarks: [{ unitCode: u4, mark: 14.5, obtainedOn: '2024-06-20' }],
        groupHistory: [],
        foreignStudent: false,
        status: 'in_training',
      },
    });
    const log = b.db.prepare("SELECT target FROM audit_log WHERE action = 'learners.create'").all();
    expect(log).toHaveLength(1);
  });

  it('puts the learner straight into a group from the entry date, or from today', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const groupId = makeGroup(b.db, cohortId, 'A');
    const { result } = await b.app.call(
      'learners.create',
      learner({ cohortId, entryDate: '2025-09-08' }),
      as(admin),
    );
    expect(result.ok).toBe(true);
    const withGroup = await b.app.call(
      'learners.create',
      { ...learner({ firstName: 'Léa' }), groupId },
      as(admin),
    );
    expect(withGroup.result).toMatchObject({
      ok: true,
      value: {
        cohortId,
        groupHistory: [{ groupId, groupName: 'A', startDate: '2026-03-02', endDate: null }],
      },
    });
  });

  it('refuses formule pro without funding, funding on another route, and a bad SIRET, field by field', async () => {
    const before = checksum(b.db);
    const noFunding = await b.app.call('learners.create', learner({ accessRoute: 'pro_formula' }), as(admin));
    expect(noFunding.result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { funding: expect.stringMatching(/^Indiquez le financement/) },
      },
    });
    const funding = await b.app.call('learners.create', learner({ funding: 'cpf' }), as(admin));
    expect(funding.result).toMatchObject({ ok: false, error: { fields: { funding: expect.any(String) } } });
    const siret = await b.app.call(
      'learners.create',
      learner({ employerSiret: '732 829 320 00075' }),
      as(admin),
    );
    expect(siret.result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringMatching(/SIRET/),
        fields: { employerSiret: expect.any(String) },
      },
    });
    const dates = await b.app.call(
      'learners.create',
      learner({ contractStart: '2026-09-01', contractEnd: '2026-08-31', birthDate: '2030-01-01' }),
      as(admin),
    );
    expect(dates.result).toMatchObject({
      ok: false,
      error: { fields: { contractEnd: expect.any(String), birthDate: expect.stringMatching(/futur/) } },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses unit codes the cohort’s programme does not have, naming the valid ones', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const { result } = await b.app.call(
      'learners.create',
      learner({ cohortId, dispensations: [{ unitCode: 'U9', reason: 'Erreur' }] }),
      as(admin),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const message = (result as { error: { fields: Record<string, string> } }).error.fields[
      'dispensations.0.unitCode'
    ];
    expect(message).toContain('« U9 »');
    for (const code of unitCodes(b.db)) expect(message).toContain(code);

    const noCohort = await b.app.call(
      'learners.create',
      learner({ keptMarks: [{ unitCode: 'U1', mark: 12, obtainedOn: '2024-06-20' }] }),
      as(admin),
    );
    expect(noCohort.result).toMatchObject({
      ok: false,
      error: { fields: { 'keptMarks.0.unitCode': expect.stringMatching(/promotion/) } },
    });
    expect(count(b.db, 'learners')).toBe(0);
  });

  it('refuses an archived cohort, a group of another cohort, and a 31st learner in a group', async () => {
    const archived = makeCohort(b.db, 'NDRC 2022-2024');
    archive(b.db, archived);
    const refused = await b.app.call('learners.create', learner({ cohortId: archived }), as(admin));
    expect(refused.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/archivée/) },
    });

    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const other = makeGroup(b.db, makeCohort(b.db, 'NRC 2025'), 'B');
    const wrong = await b.app.call(
      'learners.create',
      { ...learner({ cohortId }), groupId: other },
      as(admin),
    );
    expect(wrong.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { groupId: expect.any(String) } },
    });

    const groupId = makeGroup(b.db, cohortId, 'Groupe A');
    for (let i = 0; i < 30; i++) await create({ firstName: `Prénom${i}`, cohortId, groupId } as never);
    expect(members(b.db, groupId)).toBe(30);
    const before = checksum(b.db);
    const full = await b.app.call(
      'learners.create',
      { ...learner({ firstName: 'Trente-et-un' }), groupId },
      as(admin),
    );
    expect(full.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/« Groupe A ».*30/) },
    });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('learners.list and learners.get', () => {
  it('filters by cohort, current group and status, searches names without caring for accents or case', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const groupId = makeGroup(b.db, cohortId, 'A');
    await create({ surname: 'Zola', firstName: 'Émile', cohortId, groupId } as never);
    await create({ surname: 'Éluard', firstName: 'Paul', cohortId });
    await create({ surname: 'Durand', firstName: 'Élodie' });
    await create({ surname: 'Martin', firstName: 'Noé', status: 'graduated' });

    const all = await b.app.call('learners.list', {}, as(admin));
    expect((all.result as { value: { surname: string }[] }).value.map((l) => l.surname)).toEqual([
      'Durand',
      'Éluard',
      'Martin',
      'Zola',
    ]);
    const inCohort = await b.app.call('learners.list', { cohortId }, as(admin));
    expect(inCohort.result).toMatchObject({
      value: [
        { surname: 'Éluard', cohortName: 'NDRC 2025-2027', groupId: null, groupName: null },
        { surname: 'Zola', groupId, groupName: 'A' },
      ],
    });
    expect((await b.app.call('learners.list', { groupId }, as(admin))).result).toMatchObject({
      value: [{ surname: 'Zola' }],
    });
    expect((await b.app.call('learners.list', { status: 'graduated' }, as(admin))).result).toMatchObject({
      value: [{ surname: 'Martin' }],
    });
    const search = await b.app.call('learners.list', { search: '  ELODIE dur ' }, as(admin));
    expect(search.result).toMatchObject({ value: [{ surname: 'Durand', firstName: 'Élodie' }] });
    expect(
      ((await b.app.call('learners.list', { search: 'eluard' }, as(admin))).result as { value: unknown[] })
        .value,
    ).toHaveLength(1);
  });

  it('returns the group history latest first', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const a = makeGroup(b.db, cohortId, 'A');
    const c = makeGroup(b.db, cohortId, 'C');
    const { id } = await create({ cohortId });
    b.db
      .prepare(
        'INSERT INTO group_memberships (learner_id, group_id, start_date, end_date) VALUES (?, ?, ?, ?)',
      )
      .run(id, a, '2025-09-01', '2026-01-05');
    b.db
      .prepare('INSERT INTO group_memberships (learner_id, group_id, start_date) VALUES (?, ?, ?)')
      .run(id, c, '2026-01-05');
    const { result } = await b.app.call('learners.get', { id }, as(admin));
    expect(result).toMatchObject({
      ok: true,
      value: {
        groupHistory: [
          { groupName: 'C', startDate: '2026-01-05', endDate: null },
          { groupName: 'A', startDate: '2025-09-01', endDate: '2026-01-05' },
        ],
      },
    });
    expect((await b.app.call('learners.get', { id: 999 }, as(admin))).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('learners.update', () => {
  it('changes the record and replaces dispensations and kept marks', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const [u1, u2] = unitCodes(b.db);
    const { id } = await create({ cohortId, dispensations: [{ unitCode: u1!, reason: 'BTS MCO' }] });
    const { result } = await b.app.call(
      'learners.update',
      {
        ...learner({ cohortId, accessRoute: 'pro_formula', funding: 'skills_plan', employerSiret: '' }),
        id,
        keptMarks: [{ unitCode: u2!, mark: 12, obtainedOn: '2024-06-20' }],
      },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        accessRoute: 'pro_formula',
        funding: 'skills_plan',
        employerSiret: null,
        dispensations: [],
        keptMarks: [{ unitCode: u2 }],
      },
    });
    expect(count(b.db, 'learner_dispensations')).toBe(0);
  });

  it('takes a learner who dropped out or graduated out of their group from the next day, keeping the history', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const groupId = makeGroup(b.db, cohortId, 'Groupe A');
    const first = await create({ cohortId, groupId, entryDate: '2025-09-01' });
    const second = await create({ cohortId, groupId, entryDate: '2025-09-01', surname: 'Martin' });
    expect(members(b.db, groupId)).toBe(2);

    const dropped = await b.app.call(
      'learners.update',
      {
        ...learner({ cohortId, entryDate: '2025-09-01' }),
        id: first.id,
        status: 'dropped_out',
        dropoutDate: '2026-01-15',
        dropoutReason: 'Rupture du contrat',
      },
      as(admin),
    );
    expect(dropped.result).toMatchObject({
      ok: true,
      value: {
        status: 'dropped_out',
        groupHistory: [{ groupName: 'Groupe A', startDate: '2025-09-01', endDate: '2026-01-16' }],
      },
    });
    const graduated = await b.app.call(
      'learners.update',
      {
        ...learner({ cohortId, surname: 'Martin', entryDate: '2025-09-01' }),
        id: second.id,
        status: 'graduated',
        exitDate: '2027-06-30',
      },
      as(admin),
    );
    expect(graduated.result).toMatchObject({
      ok: true,
      value: { groupHistory: [{ endDate: '2027-07-01' }] },
    });
    expect(members(b.db, groupId)).toBe(0);
  });

  it('refuses a dropout dated before the learner joined their group, at the date field, writing nothing', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const groupId = makeGroup(b.db, cohortId, 'Groupe A');
    const { id } = await create({ cohortId, groupId, entryDate: '2025-10-01' });
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'learners.update',
      {
        ...learner({ cohortId, entryDate: '2025-09-01' }),
        id,
        status: 'dropped_out',
        dropoutDate: '2025-09-10',
        dropoutReason: 'Erreur',
      },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { dropoutDate: expect.stringContaining('01/10/2025') } },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses to move a learner who is in a group to another cohort, and any change in an archived cohort', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const other = makeCohort(b.db, 'NRC 2025');
    const groupId = makeGroup(b.db, cohortId, 'A');
    const { id } = await create({ cohortId, groupId } as never);
    const before = checksum(b.db);
    const moved = await b.app.call('learners.update', { ...learner({ cohortId: other }), id }, as(admin));
    expect(moved.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/groupe « A ».*retirez/) },
    });
    expect(checksum(b.db)).toBe(before);

    const { id: free } = await create({ firstName: 'Sans', cohortId });
    const ok = await b.app.call(
      'learners.update',
      { ...learner({ firstName: 'Sans', cohortId: other }), id: free },
      as(admin),
    );
    expect(ok.result).toMatchObject({ ok: true, value: { cohortName: 'NRC 2025' } });

    archive(b.db, other);
    const locked = await b.app.call(
      'learners.update',
      { ...learner({ firstName: 'Autre', cohortId: other }), id: free },
      as(admin),
    );
    expect(locked.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/archivée/) },
    });
  });
});

describe('learners.delete', () => {
  it('deletes a learner with memberships, dispensations and kept marks', async () => {
    const cohortId = makeCohort(b.db, 'NDRC 2025-2027');
    const groupId = makeGroup(b.db, cohortId, 'A');
    const [u1] = unitCodes(b.db);
    const { id } = await create({
      cohortId,
      groupId,
      dispensations: [{ unitCode: u1!, reason: 'BTS' }],
    } as never);
    expect((await b.app.call('learners.delete', { id }, as(admin))).result).toEqual({ ok: true, value: {} });
    expect(
      count(b.db, 'learners') + count(b.db, 'group_memberships') + count(b.db, 'learner_dispensations'),
    ).toBe(0);
    expect(
      b.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'learners.delete'").get(),
    ).toEqual({ n: 1 });
  });

  it('refuses once another record refers to the learner, whatever table it is in', async () => {
    const { id } = await create();
    // A table of a later migration (attendance, marks...) found from the schema alone.
    b.db.exec(
      'CREATE TABLE later_marks (id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners (id))',
    );
    b.db.prepare('INSERT INTO later_marks (learner_id) VALUES (?)').run(id);
    const before = checksum(b.db);
    const { result } = await b.app.call('learners.delete', { id }, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/Marie Durand ne peut pas être supprimé/) },
    });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('roles', () => {
  it('lets a trainer read learners but not write them', async () => {
    const trainer = await userWithRole(b.app, admin, 'trainer');
    const { id } = await create();
    expect((await b.app.call('learners.list', {}, as(trainer))).result.ok).toBe(true);
    expect((await b.app.call('learners.get', { id }, as(trainer))).result.ok).toBe(true);
    const before = checksum(b.db);
    for (const [method, input] of [
      ['learners.create', learner()],
      ['learners.update', { ...learner(), id }],
      ['learners.delete', { id }],
    ] as const) {
      expect((await b.app.call(method, input, as(trainer))).result).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    expect(checksum(b.db)).toBe(before);
  });
});
