import { afterEach, describe, expect, it } from 'vitest';
import type { Trainer } from '../../shared/api/trainers';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';
import { account, as, dupont, testProgramme } from './trainers-fixtures';

let b: TestBackend;
afterEach(() => b?.close());

async function start() {
  b = await freshBackend();
  const admin = await setupAdmin(b.app);
  const p = testProgramme(b.db);
  return { admin, p };
}

async function created(input: unknown, token: string): Promise<Trainer> {
  const { result } = await b.app.call('trainers.create', input, as(token));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as Trainer;
}

describe('trainers', () => {
  it('creates a trainer with subjects, weekly availability and a linked account, and lists it', async () => {
    const { admin, p } = await start();
    const userId = await account(b.app, admin, 'claire.dupont', 'trainer');
    const trainer = await created(
      {
        ...dupont,
        userId,
        subjectIds: [p.english, p.negotiation],
        availability: [
          { weekday: 2, slot: 'evening' },
          { weekday: 1, slot: 'afternoon' },
          { weekday: 1, slot: 'morning' },
        ],
      },
      admin,
    );
    const expected = {
      id: trainer.id,
      ...dupont,
      userId,
      userLogin: 'claire.dupont',
      subjects: [
        { id: p.negotiation, name: 'Négociation-vente', programmeId: p.programmeId, programmeTitle: p.title },
        { id: p.english, name: 'Anglais', programmeId: p.programmeId, programmeTitle: p.title },
      ],
      availability: [
        { weekday: 1, slot: 'morning' },
        { weekday: 1, slot: 'afternoon' },
        { weekday: 2, slot: 'evening' },
      ],
    };
    expect(trainer).toEqual(expected);
    expect((await b.app.call('trainers.get', { id: trainer.id }, as(admin))).result).toEqual({
      ok: true,
      value: expected,
    });

    await created({ surname: 'Martin', firstName: 'Luc', contractType: 'employee' }, admin);
    const list = await b.app.call('trainers.list', {}, as(admin));
    expect(list.result).toMatchObject({
      ok: true,
      value: [
        { surname: 'Dupont', userLogin: 'claire.dupont' },
        { surname: 'Martin', email: null, userId: null, subjects: [], availability: [], notes: null },
      ],
    });
    const audits = b.db.prepare("SELECT action, user_id FROM audit_log WHERE target LIKE 'trainer:%'").all();
    expect(audits).toEqual([
      { action: 'trainers.create', user_id: 1 },
      { action: 'trainers.create', user_id: 1 },
    ]);
  });

  it('replaces the subjects and availability sets on update, and can unlink the account', async () => {
    const { admin, p } = await start();
    const userId = await account(b.app, admin, 'claire.dupont', 'trainer');
    const t = await created(
      { ...dupont, userId, subjectIds: [p.english], availability: [{ weekday: 3, slot: 'morning' }] },
      admin,
    );
    const { result } = await b.app.call(
      'trainers.update',
      {
        id: t.id,
        ...dupont,
        firstName: 'Claire-Marie',
        contractType: 'freelance',
        userId: null,
        subjectIds: [p.negotiation],
        availability: [{ weekday: 6, slot: 'afternoon' }],
      },
      as(admin),
    );
    expect(result).toMatchObject({
      ok: true,
      value: {
        firstName: 'Claire-Marie',
        contractType: 'freelance',
        userId: null,
        userLogin: null,
        subjects: [{ id: p.negotiation }],
        availability: [{ weekday: 6, slot: 'afternoon' }],
      },
    });
    expect(b.db.prepare('SELECT count(*) AS n FROM trainer_subjects').get()).toEqual({ n: 1 });
    expect(b.db.prepare('SELECT count(*) AS n FROM trainer_availability').get()).toEqual({ n: 1 });
    const audit = b.db.prepare("SELECT details FROM audit_log WHERE action = 'trainers.update'").get() as {
      details: string;
    };
    expect(JSON.parse(audit.details)).toMatchObject({
      before: { firstName: 'Claire' },
      after: { firstName: 'Claire-Marie' },
    });
  });

  it('deletes a trainer with its subjects and availability, keeping the account', async () => {
    const { admin, p } = await start();
    const userId = await account(b.app, admin, 'claire.dupont', 'trainer');
    const t = await created(
      { ...dupont, userId, subjectIds: [p.english], availability: [{ weekday: 3, slot: 'morning' }] },
      admin,
    );
    expect((await b.app.call('trainers.delete', { id: t.id }, as(admin))).result).toEqual({
      ok: true,
      value: {},
    });
    expect((await b.app.call('trainers.list', {}, as(admin))).result).toEqual({ ok: true, value: [] });
    expect(b.db.prepare('SELECT count(*) AS n FROM trainer_subjects').get()).toEqual({ n: 0 });
    expect(b.db.prepare('SELECT login FROM users WHERE id = ?').get(userId)).toEqual({
      login: 'claire.dupont',
    });
    expect((await b.app.call('trainers.get', { id: t.id }, as(admin))).result).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'Ce formateur n’existe pas (ou plus).' },
    });
  });

  it('refuses to delete a trainer another record refers to, found from the schema', async () => {
    const { admin } = await start();
    const t = await created(dupont, admin);
    b.db.exec(
      'CREATE TABLE test_sessions (id INTEGER PRIMARY KEY, trainer_id INTEGER REFERENCES trainers ON DELETE RESTRICT)',
    );
    b.db.prepare('INSERT INTO test_sessions (trainer_id) VALUES (?)').run(t.id);
    const before = checksum(b.db);
    const { result } = await b.app.call('trainers.delete', { id: t.id }, as(admin));
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: expect.stringMatching(
          /^Le formateur Claire Dupont ne peut pas être supprimé : il est encore cité \(1 ligne de « test_sessions »\)/,
        ),
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('offers every subject of every programme, and the active trainer accounts with their link', async () => {
    const { admin, p } = await start();
    const other = testProgramme(b.db, 'TEST-2', 'Autre BTS');
    const linked = await account(b.app, admin, 'claire.dupont', 'trainer');
    const free = await account(b.app, admin, 'luc.martin', 'trainer');
    const gone = await account(b.app, admin, 'ancien', 'trainer');
    await account(b.app, admin, 'conseil', 'adviser');
    await b.app.call('users.setDisabled', { id: gone, disabled: true }, as(admin));
    const t = await created({ ...dupont, userId: linked }, admin);

    const subjects = await b.app.call('trainers.subjectChoices', {}, as(admin));
    expect(subjects.result).toMatchObject({ ok: true });
    const mine = (subjects.result as { value: { id: number; programmeTitle: string }[] }).value.filter((s) =>
      [p.english, p.negotiation, other.english].includes(s.id),
    );
    expect(mine.map((s) => [s.id, s.programmeTitle])).toEqual([
      [other.english, 'Autre BTS'],
      [p.negotiation, 'BTS de test'],
      [p.english, 'BTS de test'],
    ]);

    expect((await b.app.call('trainers.accountChoices', {}, as(admin))).result).toEqual({
      ok: true,
      value: [
        {
          id: linked,
          login: 'claire.dupont',
          displayName: 'Compte claire.dupont',
          trainerId: t.id,
          trainerName: 'Claire Dupont',
        },
        {
          id: free,
          login: 'luc.martin',
          displayName: 'Compte luc.martin',
          trainerId: null,
          trainerName: null,
        },
      ],
    });
  });

  it('lets trainers and advisers read the list, and nothing more', async () => {
    const { admin, p } = await start();
    const t = await created({ ...dupont, subjectIds: [p.english] }, admin);
    const manager = await userWithRole(b.app, admin, 'manager');
    expect((await b.app.call('trainers.accountChoices', {}, as(manager))).result.ok).toBe(true);
    expect((await b.app.call('trainers.update', { id: t.id, ...dupont }, as(manager))).result.ok).toBe(true);
    for (const role of ['trainer', 'adviser'] as const) {
      const token = await userWithRole(b.app, admin, role);
      expect((await b.app.call('trainers.list', {}, as(token))).result).toMatchObject({
        ok: true,
        value: [{ surname: 'Dupont' }],
      });
      expect((await b.app.call('trainers.get', { id: t.id }, as(token))).result.ok).toBe(true);
      const before = checksum(b.db);
      for (const [method, input] of [
        ['trainers.create', dupont],
        ['trainers.update', { id: t.id, ...dupont, surname: 'Autre' }],
        ['trainers.delete', { id: t.id }],
        ['trainers.accountChoices', {}],
        ['trainers.subjectChoices', {}],
      ] as const) {
        expect((await b.app.call(method, input, as(token))).result, `${role} ${method}`).toMatchObject({
          ok: false,
          error: { code: 'FORBIDDEN' },
        });
      }
      expect(checksum(b.db)).toBe(before);
    }
  });
});
