import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contract } from '../../shared/api/index';
import { method } from '../../shared/api/method';
import { AppError } from '../../electron/backend/errors';
import { createApp } from '../../electron/backend/app';
import { handlers } from '../../electron/backend/handlers';
import { checksum, freshBackend, setupAdmin, userWithRole, type TestBackend } from '../helpers/backend';

let backend: TestBackend;
afterEach(() => backend?.close());

/** A small contract of its own, so each error path of the registry is reached on purpose. */
const testContract = {
  'notes.add': method({
    summary: 'test: writes a row',
    input: z.object({ text: z.string().min(1).max(20), count: z.number().int().min(0) }).strict(),
    output: z.object({ id: z.number() }),
    access: ['admin', 'manager'],
  }),
  'notes.addThenThrow': method({
    summary: 'test: writes then fails unexpectedly',
    input: z.object({}),
    output: z.object({}),
    access: ['admin'],
  }),
  'notes.addThenRefuse': method({
    summary: 'test: writes then refuses',
    input: z.object({ code: z.enum(['NOT_FOUND', 'CONFLICT']) }),
    output: z.object({}),
    access: ['admin'],
  }),
  'notes.badOutput': method({
    summary: 'test: returns what its schema does not allow',
    input: z.object({}),
    output: z.object({ id: z.number() }),
    access: ['admin'],
  }),
  'auth.setup': contract['auth.setup'],
  'auth.login': contract['auth.login'],
  'auth.changePassword': contract['auth.changePassword'],
  'users.create': contract['users.create'],
};

async function withTestContract(): Promise<{ token: string }> {
  backend = await freshBackend();
  backend.db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
  const insert = (text: string) =>
    Number(backend.db.prepare('INSERT INTO notes (text) VALUES (?)').run(text).lastInsertRowid);
  backend.app = createApp({
    db: backend.db,
    now: () => backend.clock.now,
    logError: (_m, e) => backend.errors.push(e),
    contract: testContract,
    handlers: {
      'notes.add': (input: { text: string }) => ({ id: insert(input.text) }),
      'notes.addThenThrow': () => {
        insert('half-written');
        throw new TypeError('boom');
      },
      'notes.addThenRefuse': (input: { code: 'NOT_FOUND' | 'CONFLICT' }) => {
        insert('refused');
        throw new AppError(input.code, input.code === 'NOT_FOUND' ? 'Introuvable.' : 'Déjà pris.');
      },
      'notes.badOutput': () => ({ id: 'not a number' }),
      'auth.setup': handlers['auth.setup'],
      'auth.login': handlers['auth.login'],
      'auth.changePassword': handlers['auth.changePassword'],
      'users.create': handlers['users.create'],
    } as never,
  });
  return { token: await setupAdmin(backend.app) };
}

describe('registry error codes', () => {
  it('UNKNOWN_METHOD for a name the contract does not declare', async () => {
    await withTestContract();
    const { result } = await backend.app.call('notes.delete', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_METHOD', message: expect.stringContaining('notes.delete') },
    });
  });

  it('does not treat inherited object keys as methods', async () => {
    await withTestContract();
    for (const name of ['toString', '__proto__', 'constructor', 'hasOwnProperty']) {
      const { result } = await backend.app.call(name, {});
      expect(result.ok || result.error.code).toBe('UNKNOWN_METHOD');
    }
  });

  it('NOT_AUTHENTICATED without a session or with an unknown token', async () => {
    await withTestContract();
    for (const token of [undefined, null, 'forged-token']) {
      const { result } = await backend.app.call(
        'notes.add',
        { text: 'a', count: 1 },
        { sessionToken: token },
      );
      expect(result.ok ? null : result.error.code).toBe('NOT_AUTHENTICATED');
    }
  });

  it('FORBIDDEN for a role the method does not allow', async () => {
    const { token } = await withTestContract();
    const trainer = await userWithRole(backend.app, token, 'trainer');
    const before = checksum(backend.db);
    const { result } = await backend.app.call(
      'notes.add',
      { text: 'a', count: 1 },
      { sessionToken: trainer },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(checksum(backend.db)).toBe(before);
  });

  it('INVALID_INPUT with a French message per field path, and nothing written', async () => {
    const { token } = await withTestContract();
    const before = checksum(backend.db);
    const { result } = await backend.app.call(
      'notes.add',
      { text: '', count: -1, extra: true },
      { sessionToken: token },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.fields).toEqual({
      text: 'Ce champ ne peut pas être vide.',
      count: 'La valeur doit être au moins 0.',
      _: 'Champ inconnu : extra.',
    });
    expect(result.error.message).toBe('Ce champ ne peut pas être vide.');
    expect(checksum(backend.db)).toBe(before);
  });

  it('INVALID_INPUT names missing fields and wrong types in French', async () => {
    const { token } = await withTestContract();
    const { result } = await backend.app.call('notes.add', { count: 'trois' }, { sessionToken: token });
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { text: 'Ce champ est obligatoire.', count: 'Un nombre est attendu ici.' } },
    });
    const notAnObject = await backend.app.call('notes.add', 'du texte', { sessionToken: token });
    expect(notAnObject.result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('NOT_FOUND and CONFLICT from a handler undo what it wrote', async () => {
    const { token } = await withTestContract();
    const before = checksum(backend.db);
    for (const code of ['NOT_FOUND', 'CONFLICT'] as const) {
      const { result } = await backend.app.call('notes.addThenRefuse', { code }, { sessionToken: token });
      expect(result).toMatchObject({ ok: false, error: { code } });
    }
    expect(checksum(backend.db)).toBe(before);
  });

  it('INTERNAL when a handler throws: nothing half-written, the error logged, the registry still serving', async () => {
    const { token } = await withTestContract();
    const before = checksum(backend.db);
    const { result } = await backend.app.call('notes.addThenThrow', {}, { sessionToken: token });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    if (!result.ok) expect(result.error.message).toMatch(/rien n’a été enregistré/);
    expect(checksum(backend.db)).toBe(before);
    expect(backend.errors).toHaveLength(1);
    expect(backend.db.inTransaction).toBe(false);

    const next = await backend.app.call('notes.add', { text: 'après', count: 0 }, { sessionToken: token });
    expect(next.result).toEqual({ ok: true, value: { id: 1 } });
  });

  it('INTERNAL when a handler returns what its output schema does not allow, and rolls back', async () => {
    const { token } = await withTestContract();
    const { result } = await backend.app.call('notes.badOutput', {}, { sessionToken: token });
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('returns the value on success', async () => {
    const { token } = await withTestContract();
    const { result } = await backend.app.call(
      'notes.add',
      { text: 'bonjour', count: 2 },
      { sessionToken: token },
    );
    expect(result).toEqual({ ok: true, value: { id: 1 } });
  });
});

describe('the real contract', () => {
  it('has exactly one handler per method', () => {
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(contract).sort());
  });

  it('strips from outputs what the schema does not declare (no password hash ever leaves)', async () => {
    backend = await freshBackend();
    const token = await setupAdmin(backend.app);
    const { result } = await backend.app.call('users.list', {}, { sessionToken: token });
    expect(JSON.stringify(result)).not.toMatch(/scrypt|password_hash|passwordHash/);
  });
});

describe('staged handlers (async work around the transaction)', () => {
  const stagedContract = {
    'files.read': method({
      summary: 'test: parses asynchronously, then writes',
      input: z.object({ text: z.string() }),
      output: z.object({ id: z.number(), length: z.number() }),
      access: 'public',
    }),
  };

  async function withStaged(before: (input: { text: string }) => Promise<number>) {
    backend = await freshBackend();
    backend.db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    backend.app = createApp({
      db: backend.db,
      contract: stagedContract,
      logError: (_m, e) => backend.errors.push(e),
      handlers: {
        'files.read': {
          staged: true,
          before,
          run: (input: { text: string }, ctx: { db: TestBackend['db'] }, length: number) => {
            const id = Number(
              ctx.db.prepare('INSERT INTO notes (text) VALUES (?)').run(input.text).lastInsertRowid,
            );
            if (input.text === 'refuse after write') throw new AppError('CONFLICT', 'Refusé.');
            return { id, length };
          },
          after: async (read: { id: number; length: number }) => ({ ...read, length: read.length * 10 }),
        },
      } as never,
    });
  }

  it('awaits `before`, writes in `run`, and shapes the answer in `after`', async () => {
    await withStaged(async (input) => input.text.length);
    const { result } = await backend.app.call('files.read', { text: 'abc' });
    expect(result).toEqual({ ok: true, value: { id: 1, length: 30 } });
  });

  it('a refusal in `before` writes nothing and answers with its code', async () => {
    await withStaged(async () => {
      throw new AppError('INVALID_INPUT', 'Fichier illisible.');
    });
    const before = checksum(backend.db);
    const { result } = await backend.app.call('files.read', { text: 'abc' });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: 'Fichier illisible.' },
    });
    expect(checksum(backend.db)).toBe(before);
  });

  it('a refusal in `run` undoes what it wrote', async () => {
    await withStaged(async (input) => input.text.length);
    const before = checksum(backend.db);
    const { result } = await backend.app.call('files.read', { text: 'refuse after write' });
    expect(result).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(checksum(backend.db)).toBe(before);
  });
});
