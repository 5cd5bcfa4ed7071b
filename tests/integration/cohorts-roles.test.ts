import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cohort, CohortDetail, Group } from '../../shared/api/cohorts';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { cohortInput, createCohort, createGroup, insertLearners, ok } from './cohorts-fixtures';

let b: TestBackend;
let admin: string;
beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });

describe('roles on cohorts and groups', () => {
  it('lets a trainer read cohorts but not change them', async () => {
    const c = await createCohort(b, admin);
    const trainer = await userWithRole(b.app, admin, 'trainer');
    expect(await ok<Cohort[]>(b, trainer, 'cohorts.list', {})).toHaveLength(1);
    expect((await ok<CohortDetail>(b, trainer, 'cohorts.get', { id: c.id })).name).toBe('NDRC 2025-2027');
    const before = checksum(b.db);
    for (const [method, input] of [
      ['cohorts.create', cohortInput(b.db, { name: 'Autre' })],
      ['cohorts.update', { ...cohortInput(b.db), id: c.id }],
      ['cohorts.setArchived', { id: c.id, archived: true }],
      ['cohorts.delete', { id: c.id }],
    ] as const) {
      const { result } = await b.app.call(method, input, as(trainer));
      expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(checksum(b.db)).toBe(before);
  });

  it('lets a manager change cohorts', async () => {
    const manager = await userWithRole(b.app, admin, 'manager');
    expect((await ok<Cohort>(b, manager, 'cohorts.create', cohortInput(b.db))).name).toBe('NDRC 2025-2027');
  });

  it('lets a trainer list groups but refuses every group change', async () => {
    const cohortId = (await createCohort(b, admin)).id;
    const g = await createGroup(b, admin, cohortId, 'Groupe A');
    const [l1] = insertLearners(b.db, cohortId, 1);
    const trainer = await userWithRole(b.app, admin, 'trainer');
    expect(await ok<Group[]>(b, trainer, 'groups.list', { cohortId })).toHaveLength(1);
    const before = checksum(b.db);
    for (const [method, input] of [
      ['groups.create', { cohortId, name: 'Groupe B' }],
      ['groups.rename', { id: g.id, name: 'Groupe B' }],
      ['groups.delete', { id: g.id }],
      ['groups.addLearners', { groupId: g.id, learnerIds: [l1] }],
      ['groups.moveLearner', { learnerId: l1, toGroupId: g.id }],
      ['groups.removeLearner', { learnerId: l1 }],
    ] as const) {
      const { result } = await b.app.call(method, input, as(trainer));
      expect(result, method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(checksum(b.db)).toBe(before);
  });
});
