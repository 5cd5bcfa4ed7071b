import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT_BYTES, SESSION_COOKIE } from '../../electron/backend/http';
import { ADMIN, checksum, freshBackend, setupAdmin, type TestBackend } from '../helpers/backend';
import { httpLogin, startHttp, type TestHttp } from './http-client';

/** The HTTP transport's defences, each as a browser or a hostile page would meet it. */

let b: TestBackend;
let http: TestHttp;

beforeAll(async () => {
  b = await freshBackend();
  await setupAdmin(b.app);
  const staticDir = path.join(b.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Carnet</title>');
  http = await startHttp(b.app, { staticDir });
});
afterAll(async () => {
  await http.close();
  b.close();
});

const newUser = (login: string) => ({
  displayName: 'Intrus',
  login,
  role: 'admin',
  password: 'motdepasse-intrus-1',
});
const userCount = () => (b.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;

function expectSecurityHeaders(response: Response, where: string): void {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("object-src 'none'");
  expect(response.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(response.headers.get('referrer-policy'), where).toBe('no-referrer');
  expect(response.headers.get('x-frame-options'), where).toBe('DENY');
}

describe('security headers', () => {
  it('sends CSP (frame-ancestors none), nosniff, Referrer-Policy on pages and on every API answer, and no-store on the API', async () => {
    const cookie = await httpLogin(http, ADMIN.login, ADMIN.password);
    const page = await fetch(`${http.base}/`);
    expectSecurityHeaders(page, 'page');
    expect(page.headers.get('cache-control') ?? '').not.toContain('no-store');

    const answers: [string, Response][] = [
      ['success', await http.post('users.list', {}, cookie)],
      ['401', await http.post('users.list', {})],
      ['400 malformed', await http.post('auth.status', '{"x":')],
      ['413', await http.post('auth.status', JSON.stringify({ x: 'x'.repeat(BODY_LIMIT_BYTES) }))],
      ['405', await fetch(`${http.base}/api/users.list`)],
      ['403 origin', await http.post('users.list', {}, { ...cookie, Origin: 'http://evil.example' })],
    ];
    for (const [where, response] of answers) {
      expectSecurityHeaders(response, where);
      expect(response.headers.get('cache-control'), where).toBe('no-store');
    }
  });
});

describe('CSRF', () => {
  it('sets the session cookie HttpOnly and SameSite=Strict, never readable by the page, kept only hashed', async () => {
    const response = await http.post('auth.login', { login: ADMIN.login, password: ADMIN.password });
    const header = response.headers.get('set-cookie') ?? '';
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43};`));
    expect(header).toMatch(/; HttpOnly/);
    expect(header).toMatch(/; SameSite=Strict/);
    expect(header).not.toMatch(/; Secure/); // plain HTTP on the loopback; see team-https.test.ts
    // The database keeps only the token's SHA-256: a copy of the file opens no session.
    const token = header.split(';')[0]!.split('=')[1]!;
    const stored = b.db.prepare('SELECT token_hash AS h FROM sessions').all() as { h: string }[];
    expect(stored.map((r) => r.h)).toContain(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('refuses a call from another site’s page even with a valid cookie, writing nothing', async () => {
    const cookie = await httpLogin(http, ADMIN.login, ADMIN.password);
    const before = checksum(b.db);
    const attempts: Record<string, string>[] = [
      { Origin: 'http://evil.example' },
      { Origin: `http://evil.example:${new URL(http.base).port}` },
      { Origin: 'null' }, // a sandboxed frame or a local file
      { Origin: 'not a url' },
      { 'Sec-Fetch-Site': 'cross-site' },
      { 'Sec-Fetch-Site': 'same-site' },
    ];
    for (const headers of attempts) {
      const response = await http.post('users.create', newUser('intrus'), { ...cookie, ...headers });
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: 'Requête refusée : elle ne vient pas de la page de Carnet.' },
      });
    }
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses what an HTML form can send (urlencoded, multipart, text/plain): only JSON is read', async () => {
    const cookie = await httpLogin(http, ADMIN.login, ADMIN.password);
    const before = userCount();
    for (const type of [
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'text/plain',
    ]) {
      const response = await http.post('users.create', JSON.stringify(newUser('formulaire')), {
        ...cookie,
        'Content-Type': type,
      });
      expect(response.status, type).toBe(415);
    }
    expect(userCount()).toBe(before);
  });

  it('accepts the app’s own page (same origin, Sec-Fetch-Site same-origin)', async () => {
    const cookie = await httpLogin(http, ADMIN.login, ADMIN.password);
    const response = await http.post(
      'users.list',
      {},
      {
        ...cookie,
        Origin: http.base,
        'Sec-Fetch-Site': 'same-origin',
      },
    );
    expect(response.status).toBe(200);
  });
});

describe('sessions over HTTP', () => {
  it('refuses a cookie after logout, while the same person’s other sessions stay open', async () => {
    const desk = await httpLogin(http, ADMIN.login, ADMIN.password);
    const laptop = await httpLogin(http, ADMIN.login, ADMIN.password);
    const out = await http.post('auth.logout', {}, desk);
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(
      new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`),
    );

    const replayed = await http.post('users.list', {}, desk);
    expect(replayed.status).toBe(401);
    expect(await replayed.json()).toMatchObject({ error: { code: 'NOT_AUTHENTICATED' } });
    expect((await http.post('users.list', {}, laptop)).status).toBe(200);
  });

  it('expires a session idle longer than the timeout (8 h by default), says so, and clears the cookie', async () => {
    const start = new Date(b.clock.now);
    try {
      const cookie = await httpLogin(http, ADMIN.login, ADMIN.password);
      b.clock.now = new Date(start.getTime() + 7.9 * 3_600_000);
      expect((await http.post('users.list', {}, cookie)).status).toBe(200); // used: idle time restarts
      b.clock.now = new Date(b.clock.now.getTime() + 8 * 3_600_000 + 60_000);
      const expired = await http.post('users.list', {}, cookie);
      expect(expired.status).toBe(401);
      expect(await expired.json()).toEqual({
        ok: false,
        error: {
          code: 'NOT_AUTHENTICATED',
          message: 'Votre session a expiré après 8 h d’inactivité. Reconnectez-vous pour continuer.',
        },
      });
      expect(expired.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
      // Gone for good: putting the clock back does not revive it.
      b.clock.now = start;
      expect((await http.post('users.list', {}, cookie)).status).toBe(401);
    } finally {
      b.clock.now = start;
    }
  });

  it('never accepts a made-up or tampered token', async () => {
    const cookie = await httpLogin(http, ADMIN.login, ADMIN.password);
    const token = cookie.Cookie.split('=')[1]!;
    const tampered = `${SESSION_COOKIE}=${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    for (const Cookie of [tampered, `${SESSION_COOKIE}=`, `${SESSION_COOKIE}=${'A'.repeat(43)}`]) {
      expect((await http.post('users.list', {}, { Cookie })).status, Cookie).toBe(401);
    }
  });
});

describe('request size', () => {
  it('refuses a body over 5 MB with 413 before any session check, writing nothing', async () => {
    const before = checksum(b.db);
    const response = await http.post('users.create', {
      ...newUser('gros'),
      displayName: 'x'.repeat(BODY_LIMIT_BYTES),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
    expect(checksum(b.db)).toBe(before);
  });

  it('still reads a body just under the limit', async () => {
    const response = await http.post('auth.status', { padding: 'x'.repeat(BODY_LIMIT_BYTES - 100) });
    expect(response.status).toBe(400); // read, then refused by the schema (unknown key), not by size
    expect(await response.json()).toMatchObject({ error: { code: 'INVALID_INPUT' } });
  });
});
