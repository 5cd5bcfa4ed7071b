import type { FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../electron/backend/app';
import { clockTime } from '../../electron/backend/features/auth/login';
import { createHttpServer } from '../../electron/backend/http';
import { ADMIN, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';

let b: TestBackend;
beforeEach(async () => {
  b = await freshBackend();
  await setupAdmin(b.app);
});
afterEach(() => b.close());

const WRONG = 'pas-le-bon-mot';
const LOCK_MS = 15 * 60_000;
const lockMessage = (from: Date) =>
  `Trop de tentatives : réessayez à ${clockTime(new Date(from.getTime() + LOCK_MS))}.`;

async function attempt(
  loginName: string,
  password: string,
  address: string | null = '192.168.1.20',
  app = b.app,
) {
  return (await app.call('auth.login', { login: loginName, password }, { address })).result;
}

const journal = (action: string) =>
  (
    b.db.prepare('SELECT target, details FROM audit_log WHERE action = ? ORDER BY id').all(action) as {
      target: string;
      details: string;
    }[]
  ).map((r) => ({ target: r.target, details: JSON.parse(r.details) as Record<string, unknown> }));

describe('login rate limiting (per login)', () => {
  it('locks a login for 15 minutes after 5 failures, saying until when, even for the right password', async () => {
    for (let i = 1; i <= 4; i++) {
      expect(await attempt(ADMIN.login, WRONG)).toMatchObject({
        ok: false,
        error: { code: 'NOT_AUTHENTICATED', message: 'Identifiant ou mot de passe incorrect.' },
      });
    }
    const fifth = await attempt(ADMIN.login, WRONG, '10.0.0.5');
    expect(fifth).toMatchObject({ ok: false, error: { message: lockMessage(b.clock.now) } });
    expect(lockMessage(b.clock.now)).toMatch(/^Trop de tentatives : réessayez à \d{1,2} h \d{2}\.$/);

    b.clock.now = new Date(b.clock.now.getTime() + 14 * 60_000);
    const right = await b.app.call(
      'auth.login',
      { login: ADMIN.login, password: ADMIN.password },
      { address: '10.0.0.6' },
    );
    expect(right.result).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    expect(right.session).toBeUndefined();

    b.clock.now = new Date(b.clock.now.getTime() + 60_000);
    expect(await attempt(ADMIN.login, ADMIN.password, '10.0.0.7')).toMatchObject({ ok: true });

    // Each failure and the lock are in the journal, with the address they came from.
    expect(journal('auth.loginFailed')).toHaveLength(5);
    expect(journal('auth.loginFailed')[0]).toEqual({
      target: `login:${ADMIN.login}`,
      details: { address: '192.168.1.20', reason: 'password' },
    });
    expect(journal('auth.locked')).toEqual([
      { target: `login:${ADMIN.login}`, details: { until: expect.any(String), address: '10.0.0.5' } },
    ]);
    expect(journal('auth.login')).toHaveLength(1);
  });

  it('keeps the lock across a restart (it is in the database)', async () => {
    for (let i = 0; i < 5; i++) await attempt(ADMIN.login, WRONG, `10.0.1.${i}`);
    const restarted = createApp({ db: b.db, dataDir: b.dir, now: () => b.clock.now });
    expect(await attempt(ADMIN.login, ADMIN.password, '10.0.2.1', restarted)).toMatchObject({
      ok: false,
      error: { message: lockMessage(b.clock.now) },
    });
  });

  it('locks an unknown login the same way, so a lock tells nothing about which accounts exist', async () => {
    for (let i = 0; i < 4; i++) await attempt('personne', WRONG, `10.0.3.${i}`);
    expect(await attempt('personne', WRONG, '10.0.3.9')).toMatchObject({
      ok: false,
      error: { message: lockMessage(b.clock.now) },
    });
    expect(journal('auth.loginFailed')[0]!.details).toMatchObject({ reason: 'unknownLogin' });
  });

  it('restarts the count after a successful login, and forgets failures older than 15 minutes', async () => {
    for (let i = 0; i < 4; i++) await attempt(ADMIN.login, WRONG, `10.0.4.${i}`);
    expect(await attempt(ADMIN.login, ADMIN.password, '10.0.4.8')).toMatchObject({ ok: true });
    for (let i = 0; i < 4; i++) await attempt(ADMIN.login, WRONG, `10.0.5.${i}`);
    b.clock.now = new Date(b.clock.now.getTime() + 16 * 60_000);
    expect(await attempt(ADMIN.login, WRONG, '10.0.5.9')).toMatchObject({
      error: { message: 'Identifiant ou mot de passe incorrect.' },
    });
    expect(journal('auth.locked')).toEqual([]);
  });

  it('applies over IPC too (no address there): the per-login lock does not need one', async () => {
    for (let i = 0; i < 5; i++) await attempt(ADMIN.login, WRONG, null);
    expect(await attempt(ADMIN.login, ADMIN.password, null)).toMatchObject({
      ok: false,
      error: { message: lockMessage(b.clock.now) },
    });
  });
});

describe('login rate limiting (per address)', () => {
  it('locks an address that failed 5 times, whatever the logins it tried; other addresses go on', async () => {
    for (const name of ['a.un', 'b.deux', 'c.trois', 'd.quatre']) await attempt(name, WRONG, '192.168.1.66');
    expect(await attempt('e.cinq', WRONG, '192.168.1.66')).toMatchObject({
      error: { message: lockMessage(b.clock.now) },
    });
    // Even the right password of a login that never failed is refused from there…
    expect(await attempt(ADMIN.login, ADMIN.password, '192.168.1.66')).toMatchObject({
      ok: false,
      error: { message: lockMessage(b.clock.now) },
    });
    // …and accepted from elsewhere.
    expect(await attempt(ADMIN.login, ADMIN.password, '192.168.1.67')).toMatchObject({ ok: true });
    expect(journal('auth.addressLocked')).toEqual([
      { target: 'address:192.168.1.66', details: { until: expect.any(String), login: 'e.cinq' } },
    ]);
  });
});

describe('login rate limiting over real HTTP', () => {
  let server: FastifyInstance;
  afterEach(async () => server?.close());

  it('answers 401 with the French lock message after 5 failures from the browser’s address', async () => {
    server = await createHttpServer({ app: b.app });
    await server.listen({ host: '127.0.0.1', port: 0 });
    const address = server.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    const post = (password: string) =>
      fetch(`http://127.0.0.1:${address.port}/api/auth.login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ login: ADMIN.login, password }),
      });
    for (let i = 0; i < 4; i++) expect((await post(WRONG)).status).toBe(401);
    const locked = await post(WRONG);
    expect(locked.status).toBe(401);
    expect(await locked.json()).toEqual({
      ok: false,
      error: { code: 'NOT_AUTHENTICATED', message: lockMessage(b.clock.now) },
    });
    const right = await post(ADMIN.password);
    expect(right.status).toBe(401);
    expect(right.headers.get('set-cookie')).toBeNull();
    expect(journal('auth.loginFailed').map((e) => e.details.address)).toEqual(Array(5).fill('127.0.0.1'));
  });
});
