import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import {
  archive,
  createLearner,
  count,
  learner,
  makeCohort,
  makeGroup,
  members,
  unitCodes,
} from './learners-setup';

let b: TestBackend;
let admin: string;
const as = (token: string) => ({ sessionToken: token });

beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

const create = (input: Parameters<typeof learner>[0] = {}) => createLearner(b, admin, input);

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
