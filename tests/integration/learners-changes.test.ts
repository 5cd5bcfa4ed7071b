import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
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
