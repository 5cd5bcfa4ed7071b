import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Cohort, CohortDetail } from '../../shared/api/cohorts';
import { checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import {
  cohortInput,
  createCohort,
  createGroup,
  insertLearner,
  insertLearners,
  insertProgramme,
  insertSubject,
  insertTrainer,
  ndrcProgrammeId,
  ok,
} from './cohorts-fixtures';

let b: TestBackend;
let admin: string;
beforeEach(async () => {
  b = await freshBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b?.close());

const as = (token: string) => ({ sessionToken: token });

describe('cohorts.create', () => {
  it('creates a cohort and lists it with its programme and counts', async () => {
    const created = await ok<Cohort>(b, admin, 'cohorts.create', cohortInput(b.db, { alsaceMoselle: true }));
    expect(created).toMatchObject({
      name: 'NDRC 2025-2027',
      programmeId: ndrcProgrammeId(b.db),
      startDate: '2025-09-01',
      endDate: '2027-06-30',
      yearFrom: 1,
      yearTo: 2,
      holidayZone: 'B',
      alsaceMoselle: true,
      site: 'Rennes',
      archived: false,
      groupCount: 0,
      learnerCount: 0,
    });
    expect(created.programmeTitle).toMatch(/NDRC/);
    const g = await createGroup(b, admin, created.id, 'Groupe A');
    const ids = insertLearners(b.db, created.id, 3);
    await ok(b, admin, 'groups.addLearners', { groupId: g.id, learnerIds: ids.slice(0, 2) });
    const list = await ok<Cohort[]>(b, admin, 'cohorts.list', {});
    expect(list).toEqual([expect.objectContaining({ id: created.id, groupCount: 1, learnerCount: 3 })]);
    const audit = b.db.prepare("SELECT target FROM audit_log WHERE action = 'cohorts.create'").all();
    expect(audit).toEqual([{ target: `cohort:${created.id}` }]);
  });

  it('refuses an end date before the start, years in the wrong order and an unknown programme, at their fields', async () => {
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'cohorts.create',
      cohortInput(b.db, {
        startDate: '2026-09-01',
        endDate: '2026-09-01',
        yearFrom: 2,
        yearTo: 1,
        programmeId: 999,
      }),
      as(admin),
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'La date de fin doit être postérieure à la date de début.',
        fields: {
          endDate: 'La date de fin doit être postérieure à la date de début.',
          yearTo: 'La dernière année de formation ne peut pas précéder la première.',
          programmeId: 'Ce programme n’existe pas (ou plus) : choisissez-en un dans la liste.',
        },
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a name already used, whatever its case, at the name field', async () => {
    await createCohort(b, admin);
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'cohorts.create',
      cohortInput(b.db, { name: 'ndrc 2025-2027' }),
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { name: expect.stringContaining('« ndrc 2025-2027 »') } },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a date that does not exist, in French', async () => {
    const { result } = await b.app.call(
      'cohorts.create',
      cohortInput(b.db, { endDate: '2027-02-30' }),
      as(admin),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: { endDate: 'La date n’est pas valide (attendu : AAAA-MM-JJ).' },
      },
    });
  });
});

describe('cohorts.update', () => {
  it('changes the fields, keeping its own name free', async () => {
    const c = await createCohort(b, admin);
    const updated = await ok<Cohort>(b, admin, 'cohorts.update', {
      ...cohortInput(b.db, { endDate: '2027-07-03', site: '', holidayZone: 'C' }),
      id: c.id,
    });
    expect(updated).toMatchObject({ id: c.id, endDate: '2027-07-03', site: null, holidayZone: 'C' });
  });

  it('refuses a name taken by another cohort and an unknown cohort', async () => {
    const first = await createCohort(b, admin);
    const second = await createCohort(b, admin, { name: 'NRC 2024-2026' });
    const before = checksum(b.db);
    const taken = await b.app.call('cohorts.update', { ...cohortInput(b.db), id: second.id }, as(admin));
    expect(taken.result).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', fields: { name: expect.any(String) } },
    });
    const missing = await b.app.call(
      'cohorts.update',
      { ...cohortInput(b.db), id: first.id + 99 },
      as(admin),
    );
    expect(missing.result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Cette promotion n’existe pas (ou plus).' },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('changes the programme unless a learner holds a dispensation or kept mark on a unit the new one lacks', async () => {
    const c = await createCohort(b, admin);
    const other = insertProgramme(b.db, 'AUTRE', 'Autre programme', ['U4', 'U5']);
    const learner = insertLearner(b.db, c.id, 'Martin', 'Léa');
    b.db
      .prepare("INSERT INTO learner_dispensations (learner_id, unit_code, reason) VALUES (?, 'U1', 'BTS')")
      .run(learner);
    b.db
      .prepare(
        "INSERT INTO learner_kept_marks (learner_id, unit_code, mark, obtained_on) VALUES (?, 'U4', 12, '2024-07-01')",
      )
      .run(learner);
    const before = checksum(b.db);
    const { result } = await b.app.call(
      'cohorts.update',
      { ...cohortInput(b.db, { programmeId: other }), id: c.id },
      as(admin),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    if (!result.ok) {
      expect(result.error.message).toContain('« Autre programme »');
      expect(result.error.message).toContain('Léa Martin a une dispense ou une note conservée en U1');
      expect(result.error.message).not.toContain('U4');
    }
    expect(checksum(b.db)).toBe(before);

    b.db.prepare('DELETE FROM learner_dispensations').run();
    const moved = await ok<Cohort>(b, admin, 'cohorts.update', {
      ...cohortInput(b.db, { programmeId: other }),
      id: c.id,
    });
    expect(moved.programmeTitle).toBe('Autre programme');
  });
});

describe('cohorts.setArchived', () => {
  it('makes a cohort read-only everywhere until it is brought back', async () => {
    const c = await createCohort(b, admin);
    const g = await createGroup(b, admin, c.id, 'Groupe A');
    const [l1, l2] = insertLearners(b.db, c.id, 2);
    await ok(b, admin, 'groups.addLearners', { groupId: g.id, learnerIds: [l1] });
    const emptyGroup = await createGroup(b, admin, c.id, 'Groupe B');
    const archived = await ok<Cohort>(b, admin, 'cohorts.setArchived', { id: c.id, archived: true });
    expect(archived.archived).toBe(true);

    expect(await ok<Cohort[]>(b, admin, 'cohorts.list', {})).toEqual([]);
    expect(await ok<Cohort[]>(b, admin, 'cohorts.list', { includeArchived: true })).toHaveLength(1);

    const before = checksum(b.db);
    const writes: [string, unknown][] = [
      ['cohorts.update', { ...cohortInput(b.db), id: c.id }],
      ['cohorts.delete', { id: c.id }],
      ['groups.create', { cohortId: c.id, name: 'Groupe C' }],
      ['groups.rename', { id: g.id, name: 'Groupe Z' }],
      ['groups.delete', { id: emptyGroup.id }],
      ['groups.addLearners', { groupId: g.id, learnerIds: [l2] }],
      ['groups.moveLearner', { learnerId: l1, toGroupId: emptyGroup.id, from: '2026-04-01' }],
      ['groups.removeLearner', { learnerId: l1, from: '2026-04-01' }],
    ];
    for (const [method, input] of writes) {
      const { result } = await b.app.call(method, input, as(admin));
      expect(result, method).toEqual({
        ok: false,
        error: {
          code: 'CONFLICT',
          message:
            'La promotion « NDRC 2025-2027 » est archivée : elle est en lecture seule. Désarchivez-la pour la modifier.',
        },
      });
    }
    expect(checksum(b.db)).toBe(before);
    // Reading stays possible.
    expect((await ok<CohortDetail>(b, admin, 'cohorts.get', { id: c.id })).groups).toHaveLength(2);

    await ok(b, admin, 'cohorts.setArchived', { id: c.id, archived: false });
    await ok(b, admin, 'groups.rename', { id: g.id, name: 'Groupe Z' });
  });
});

describe('cohorts.delete', () => {
  it('deletes an empty cohort', async () => {
    const c = await createCohort(b, admin);
    expect(await ok(b, admin, 'cohorts.delete', { id: c.id })).toEqual({});
    expect(await ok<Cohort[]>(b, admin, 'cohorts.list', { includeArchived: true })).toEqual([]);
  });

  it('refuses while the cohort holds groups or learners, saying what it holds', async () => {
    const c = await createCohort(b, admin);
    await createGroup(b, admin, c.id, 'Groupe A');
    insertLearners(b.db, c.id, 2);
    const before = checksum(b.db);
    const { result } = await b.app.call('cohorts.delete', { id: c.id }, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringContaining('contient encore 1 groupe et 2 apprenants'),
      },
    });
    expect(checksum(b.db)).toBe(before);
  });
});

describe('cohorts.get', () => {
  it('shows groups with their current learners, the ungrouped learners and the programme’s trainers', async () => {
    const c = await createCohort(b, admin);
    const a = await createGroup(b, admin, c.id, 'Groupe A');
    await createGroup(b, admin, c.id, 'Groupe B');
    const ids = insertLearners(b.db, c.id, 6);
    await ok(b, admin, 'groups.addLearners', {
      groupId: a.id,
      learnerIds: ids.slice(0, 5),
      from: '2025-09-01',
    });

    const programmeId = ndrcProgrammeId(b.db);
    const negotiation = insertSubject(b.db, programmeId, 'Négociation test', 90);
    const english = insertSubject(b.db, programmeId, 'Anglais test', 91);
    const elsewhere = insertSubject(b.db, insertProgramme(b.db, 'X', 'Autre', []), 'Hors programme', 1);
    insertTrainer(b.db, 'Durand', 'Paul', [english, negotiation]);
    insertTrainer(b.db, 'Bernard', 'Zoé', [elsewhere]);

    const detail = await ok<CohortDetail>(b, admin, 'cohorts.get', { id: c.id });
    expect(detail.groups.map((g) => [g.name, g.learnerCount, g.plannable])).toEqual([
      ['Groupe A', 5, true],
      ['Groupe B', 0, false],
    ]);
    expect(detail.groups[0]!.learners[0]).toEqual({
      id: ids[0],
      surname: 'Apprenant01',
      firstName: 'Alex',
      status: 'in_training',
      since: '2025-09-01',
    });
    expect(detail.ungrouped.map((l) => l.id)).toEqual([ids[5]]);
    const durand = detail.trainers.find((t) => t.surname === 'Durand');
    expect(durand).toMatchObject({ firstName: 'Paul', subjects: ['Négociation test', 'Anglais test'] });
    expect(detail.trainers.find((t) => t.surname === 'Bernard')).toBeUndefined();
  });

  it('answers NOT_FOUND for an unknown cohort', async () => {
    const { result } = await b.app.call('cohorts.get', { id: 42 }, as(admin));
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
