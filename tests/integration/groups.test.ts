import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CohortDetail, Group } from '../../shared/api/cohorts';
import { insertSession } from './rhythm-fixtures';
import { ADMIN, checksum, freshBackend, login, setupAdmin, type TestBackend } from '../helpers/backend';
import {
  createCohort,
  createGroup,
  insertLearner,
  insertLearners,
  memberships,
  ok,
} from './cohorts-fixtures';

let b: TestBackend;
let admin: string;
let cohortId: number;
beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
  cohortId = (await createCohort(b, admin)).id;
});
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });

describe('groups.create, rename, list', () => {
  it('creates empty groups, lists them per cohort or for every active cohort', async () => {
    const a = await ok<Group>(b, admin, 'groups.create', { cohortId, name: ' Groupe A ' });
    expect(a).toEqual({ id: a.id, cohortId, name: 'Groupe A', learnerCount: 0, plannable: false });
    await createGroup(b, admin, cohortId, 'Groupe B');
    const other = await createCohort(b, admin, { name: 'NRC 2024-2026' });
    await createGroup(b, admin, other.id, 'Groupe A');

    const ofCohort = await ok<(Group & { cohortName: string })[]>(b, admin, 'groups.list', { cohortId });
    expect(ofCohort.map((g) => g.name)).toEqual(['Groupe A', 'Groupe B']);
    expect((await ok<Group[]>(b, admin, 'groups.list', {})).length).toBe(3);

    await ok(b, admin, 'cohorts.setArchived', { id: other.id, archived: true });
    const active = await ok<(Group & { cohortName: string })[]>(b, admin, 'groups.list', {});
    expect(active.map((g) => g.cohortName)).toEqual(['NDRC 2025-2027', 'NDRC 2025-2027']);
  });

  it('refuses a name already used in the cohort, at the name field, whatever its case', async () => {
    const a = await createGroup(b, admin, cohortId, 'Groupe A');
    const bGroup = await createGroup(b, admin, cohortId, 'Groupe B');
    const before = checksum(b.db);
    const message = 'La promotion « NDRC 2025-2027 » a déjà un groupe « groupe a ». Choisissez un autre nom.';
    const created = await b.app.call('groups.create', { cohortId, name: 'groupe a' }, as(admin));
    expect(created.result).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message, fields: { name: message } },
    });
    const renamed = await b.app.call('groups.rename', { id: bGroup.id, name: 'groupe a' }, as(admin));
    expect(renamed.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { name: message } },
    });
    expect(checksum(b.db)).toBe(before);
    expect(await ok<Group>(b, admin, 'groups.rename', { id: a.id, name: 'Groupe Alpha' })).toMatchObject({
      name: 'Groupe Alpha',
    });
  });

  it('refuses a group in an unknown cohort', async () => {
    const { result } = await b.app.call('groups.create', { cohortId: 999, name: 'X' }, as(admin));
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('groups.addLearners', () => {
  it('fills a group up to 30 and refuses the 31st, naming the group and the limit, writing nothing', async () => {
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    const ids = insertLearners(b.db, cohortId, 31);
    const four = await ok<Group>(b, admin, 'groups.addLearners', {
      groupId: g.id,
      learnerIds: ids.slice(0, 4),
    });
    expect(four).toMatchObject({ learnerCount: 4, plannable: false });
    const full = await ok<Group>(b, admin, 'groups.addLearners', {
      groupId: g.id,
      learnerIds: ids.slice(4, 30),
    });
    expect(full).toMatchObject({ learnerCount: 30, plannable: true });

    const before = checksum(b.db);
    const { result } = await b.app.call(
      'groups.addLearners',
      { groupId: g.id, learnerIds: [ids[30]!] },
      as(admin),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'Le groupe « Groupe A » compte déjà 30 apprenants : en ajouter 1 dépasserait la limite de 30 apprenants par groupe.',
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses 31 learners at once (the input allows 30 at most) and 25 more into a group of 10', async () => {
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    const ids = insertLearners(b.db, cohortId, 35);
    const before = checksum(b.db);
    const all = await b.app.call(
      'groups.addLearners',
      { groupId: g.id, learnerIds: ids.slice(0, 31) },
      as(admin),
    );
    expect(all.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { learnerIds: '30 élément(s) au plus.' } },
    });
    expect(checksum(b.db)).toBe(before);

    await ok(b, admin, 'groups.addLearners', { groupId: g.id, learnerIds: ids.slice(0, 10) });
    const afterTen = checksum(b.db);
    const more = await b.app.call(
      'groups.addLearners',
      { groupId: g.id, learnerIds: ids.slice(10, 31) },
      as(admin),
    );
    expect(more.result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('compte déjà 10 apprenants : en ajouter 21'),
      },
    });
    expect(checksum(b.db)).toBe(afterTen);
  });

  it('starts the membership at the given date or at today (Paris), and counts a repeated learner once', async () => {
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    const [l1, l2] = insertLearners(b.db, cohortId, 2);
    await ok(b, admin, 'groups.addLearners', { groupId: g.id, learnerIds: [l1, l1], from: '2025-09-01' });
    b.clock.now = new Date('2026-03-31T22:30:00Z'); // already 1 April in Paris
    admin = await login(b.app, ADMIN.login, ADMIN.password);
    await ok(b, admin, 'groups.addLearners', { groupId: g.id, learnerIds: [l2] });
    expect(memberships(b.db, l1!)).toEqual([{ group_id: g.id, start_date: '2025-09-01', end_date: null }]);
    expect(memberships(b.db, l2!)).toEqual([{ group_id: g.id, start_date: '2026-04-01', end_date: null }]);
    const entries = b.db
      .prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'groups.addLearners'")
      .get();
    expect(entries).toEqual({ n: 2 });
  });

  it('refuses a learner of another cohort, one already in the group, and an unknown learner', async () => {
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    const other = await createCohort(b, admin, { name: 'NRC 2024-2026' });
    const stranger = insertLearner(b.db, other.id, 'Petit', 'Jean');
    const member = insertLearner(b.db, cohortId, 'Grand', 'Lou');
    await ok(b, admin, 'groups.addLearners', { groupId: g.id, learnerIds: [member] });
    const before = checksum(b.db);
    const cases: [number[], string, string][] = [
      [[stranger], 'CONFLICT', 'Jean Petit n’appartient pas à la promotion du groupe « Groupe A ».'],
      [[member], 'CONFLICT', 'Lou Grand est déjà dans le groupe « Groupe A ».'],
      [[9999], 'NOT_FOUND', 'Cet apprenant n’existe pas (ou plus).'],
    ];
    for (const [learnerIds, code, message] of cases) {
      const { result } = await b.app.call('groups.addLearners', { groupId: g.id, learnerIds }, as(admin));
      expect(result).toEqual({ ok: false, error: { code, message } });
    }
    expect(checksum(b.db)).toBe(before);
  });
});

describe('groups.moveLearner and removeLearner', () => {
  it('moves a learner from a date, closing the former membership and keeping it in the history', async () => {
    const a = await createGroup(b, admin, cohortId, 'Groupe A');
    const bGroup = await createGroup(b, admin, cohortId, 'Groupe B');
    const [l1] = insertLearners(b.db, cohortId, 1);
    await ok(b, admin, 'groups.addLearners', { groupId: a.id, learnerIds: [l1], from: '2025-09-01' });
    const target = await ok<Group>(b, admin, 'groups.moveLearner', {
      learnerId: l1,
      toGroupId: bGroup.id,
      from: '2026-01-05',
    });
    expect(target).toMatchObject({ id: bGroup.id, learnerCount: 1 });
    expect(memberships(b.db, l1!)).toEqual([
      { group_id: a.id, start_date: '2025-09-01', end_date: '2026-01-05' },
      { group_id: bGroup.id, start_date: '2026-01-05', end_date: null },
    ]);
    const detail = await ok<CohortDetail>(b, admin, 'cohorts.get', { id: cohortId });
    expect(detail.groups.map((g) => g.learners.map((l) => l.since))).toEqual([[], ['2026-01-05']]);
  });

  it('refuses a move into a full group, a date before the entry, and a learner in no group', async () => {
    const a = await createGroup(b, admin, cohortId, 'Groupe A');
    const full = await createGroup(b, admin, cohortId, 'Groupe B');
    const [mover, loner, ...thirty] = insertLearners(b.db, cohortId, 32);
    await ok(b, admin, 'groups.addLearners', { groupId: full.id, learnerIds: thirty });
    await ok(b, admin, 'groups.addLearners', { groupId: a.id, learnerIds: [mover], from: '2025-09-01' });
    const c = await createGroup(b, admin, cohortId, 'Groupe C');
    const before = checksum(b.db);

    const intoFull = await b.app.call(
      'groups.moveLearner',
      { learnerId: mover, toGroupId: full.id },
      as(admin),
    );
    expect(intoFull.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/« Groupe B ».*limite de 30/) },
    });
    const early = await b.app.call(
      'groups.moveLearner',
      { learnerId: mover, toGroupId: c.id, from: '2025-08-01' },
      as(admin),
    );
    expect(early.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { from: expect.stringContaining('(01/09/2025)') } },
    });
    const none = await b.app.call('groups.moveLearner', { learnerId: loner, toGroupId: a.id }, as(admin));
    expect(none.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: 'Alex Apprenant02 n’est dans aucun groupe actuellement.' },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('removes a learner from their group, keeping the history, and refuses overlapping dates afterwards', async () => {
    const a = await createGroup(b, admin, cohortId, 'Groupe A');
    const [l1] = insertLearners(b.db, cohortId, 1);
    await ok(b, admin, 'groups.addLearners', { groupId: a.id, learnerIds: [l1], from: '2025-09-01' });
    expect(await ok(b, admin, 'groups.removeLearner', { learnerId: l1, from: '2026-02-01' })).toEqual({});
    expect(memberships(b.db, l1!)).toEqual([
      { group_id: a.id, start_date: '2025-09-01', end_date: '2026-02-01' },
    ]);
    const detail = await ok<CohortDetail>(b, admin, 'cohorts.get', { id: cohortId });
    expect(detail.ungrouped.map((l) => l.id)).toEqual([l1]);

    const back = await b.app.call(
      'groups.addLearners',
      { groupId: a.id, learnerIds: [l1], from: '2026-01-15' },
      as(admin),
    );
    expect(back.result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', fields: { from: expect.any(String) } },
    });
    const again = await b.app.call('groups.removeLearner', { learnerId: l1 }, as(admin));
    expect(again.result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('groups.delete', () => {
  it('deletes a group that never had a learner', async () => {
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    expect(await ok(b, admin, 'groups.delete', { id: g.id })).toEqual({});
    expect(await ok<Group[]>(b, admin, 'groups.list', { cohortId })).toEqual([]);
  });

  it('refuses a group that had learners, even if none is left, to keep their history', async () => {
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    const [l1] = insertLearners(b.db, cohortId, 1);
    await ok(b, admin, 'groups.addLearners', { groupId: g.id, learnerIds: [l1], from: '2025-09-01' });
    await ok(b, admin, 'groups.removeLearner', { learnerId: l1, from: '2025-10-01' });
    const before = checksum(b.db);
    const { result } = await b.app.call('groups.delete', { id: g.id }, as(admin));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message:
          'Le groupe « Groupe A » a déjà accueilli des apprenants : il est conservé pour garder l’historique de leurs parcours. Renommez-le si besoin.',
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a group that never had a learner but has planned sessions, naming them', async () => {
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    insertSession(b, g.id, '2025-10-06');
    insertSession(b, g.id, '2025-10-07');
    const before = checksum(b.db);
    const { result } = await b.app.call('groups.delete', { id: g.id }, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/« Groupe A » .*lié à 2 séances/) },
    });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('learners no longer in training', () => {
  it('refuses to put a dropped-out or graduated learner into a group, naming them, and writes nothing', async () => {
    const group = await createGroup(b, admin, cohortId, 'Groupe A');
    const left = insertLearner(b.db, cohortId, 'Martin', 'Léa');
    const done = insertLearner(b.db, cohortId, 'Petit', 'Hugo');
    b.db
      .prepare(
        "UPDATE learners SET status = 'dropped_out', dropout_date = '2026-01-10', dropout_reason = 'Réorientation' WHERE id = ?",
      )
      .run(left);
    b.db.prepare("UPDATE learners SET status = 'graduated' WHERE id = ?").run(done);
    const before = checksum(b.db);
    for (const [id, name] of [
      [left, 'Léa Martin'],
      [done, 'Hugo Petit'],
    ] as const) {
      const { result } = await b.app.call(
        'groups.addLearners',
        { groupId: group.id, learnerIds: [id] },
        as(admin),
      );
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'CONFLICT', message: expect.stringContaining(`${name} n’est plus en formation`) },
      });
    }
    expect(checksum(b.db)).toBe(before);
  });
});
