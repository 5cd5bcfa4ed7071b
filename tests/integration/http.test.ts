import type { FastifyInstance } from 'fastify';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract } from '../../shared/api/index';
import { BODY_LIMIT_BYTES, createHttpServer, SESSION_COOKIE } from '../../electron/backend/http';
import { ADMIN, checksum, freshBackend, type TestBackend } from '../helpers/backend';

let b: TestBackend;
let server: FastifyInstance;
let base: string;

beforeAll(async () => {
  b = await freshBackend();
  const staticDir = path.join(b.dir, 'renderer');
  mkdirSync(staticDir);
  writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>Carnet</title>');
  server = await createHttpServer({ app: b.app, staticDir });
  await server.listen({ host: '127.0.0.1', port: 0 });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await server.close();
  b.close();
});

function post(method: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}

const cookieOf = (response: Response): string => {
  const header = response.headers.get('set-cookie') ?? '';
  return header.split(';')[0]!;
};

describe('HTTP transport', () => {
  it('answers 401 to every non-public method without a session, writing nothing', async () => {
    const before = checksum(b.db);
    const guarded = Object.entries(contract).filter(([, spec]) => spec.access !== 'public');
    expect(guarded.length).toBeGreaterThan(5);
    for (const [name] of guarded) {
      const response = await post(name, '{}');
      expect(response.status, name).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    }
    expect(checksum(b.db)).toBe(before);
  });

  it('answers 400 with a French message to malformed JSON, writing nothing', async () => {
    const before = checksum(b.db);
    const response = await post('auth.setup', '{"login": "anne",');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: 'La requête est illisible (JSON mal formé) ; rien n’a été enregistré.',
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a body over 5 MB with 413, writing nothing', async () => {
    const before = checksum(b.db);
    const huge = JSON.stringify({
      displayName: 'x'.repeat(BODY_LIMIT_BYTES),
      login: 'gros',
      password: 'motdepasse-1234',
    });
    const response = await post('auth.setup', huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { code: 'TOO_LARGE', message: expect.stringMatching(/5 Mo/) },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('refuses a body that is not JSON with 415', async () => {
    const response = await post('auth.status', 'login=anne', {
      'Content-Type': 'application/x-www-form-urlencoded',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/JSON/) },
    });
  });

  it('returns the French field messages of a schema-invalid input with 400, writing nothing', async () => {
    const before = checksum(b.db);
    const response = await post(
      'auth.setup',
      JSON.stringify({ displayName: 'Anne', login: 'x', password: 42 }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        fields: {
          login: expect.stringMatching(/^Identifiant invalide/),
          password: 'Un texte est attendu ici.',
        },
      },
    });
    expect(checksum(b.db)).toBe(before);
  });

  it('answers 404 to an unknown method', async () => {
    const response = await post('grades.delete', '{}');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('refuses a call sent from another site’s page', async () => {
    const response = await post('auth.status', '{}', { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie at setup, which then opens the API', async () => {
    const setup = await post('auth.setup', JSON.stringify(ADMIN));
    expect(setup.status).toBe(200);
    const header = setup.headers.get('set-cookie') ?? '';
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(header).toMatch(/HttpOnly/);
    expect(header).toMatch(/SameSite=Strict/);
    expect(header).toMatch(/Path=\//);
    const body = (await setup.json()) as { value: Record<string, unknown> };
    expect(JSON.stringify(body)).not.toContain(cookieOf(setup).split('=')[1]!);

    const list = await post('users.list', '{}', { Cookie: cookieOf(setup) });
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ ok: true, value: [{ login: ADMIN.login }] });
    expect(list.headers.get('cache-control')).toBe('no-store');
  });

  it('logs in and out, the cookie being cleared at logout', async () => {
    const wrong = await post('auth.login', JSON.stringify({ login: ADMIN.login, password: 'mauvais-mot' }));
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();

    const ok = await post('auth.login', JSON.stringify({ login: ADMIN.login, password: ADMIN.password }));
    const cookie = cookieOf(ok);
    const out = await post('auth.logout', '{}', { Cookie: cookie });
    expect(out.status).toBe(200);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
    expect((await post('users.list', '{}', { Cookie: cookie })).status).toBe(401);
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Carnet</title>');
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('HTTP transport bound to the loopback', () => {
  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const local = await freshBackend();
    const guarded = await createHttpServer({
      app: local.app,
      allowedHostnames: ['127.0.0.1', 'localhost', '[::1]'],
    });
    await guarded.listen({ host: '127.0.0.1', port: 0 });
    try {
      const address = guarded.server.address();
      if (!address || typeof address === 'string') throw new Error('no port');
      const call = (host: string) =>
        guarded.inject({
          method: 'POST',
          url: '/api/auth.status',
          headers: { host, 'content-type': 'application/json' },
          payload: '{}',
        });
      expect((await call('evil.example:5180')).statusCode).toBe(403);
      expect((await call(`127.0.0.1:${address.port}`)).statusCode).toBe(200);
      expect((await call(`localhost:${address.port}`)).statusCode).toBe(200);
      expect((await call('[::1]:5180')).statusCode).toBe(200);
      const body = (await call('evil.example')).json() as { error: { message: string } };
      expect(body.error.message).toMatch(/ne désigne pas ce poste/);
    } finally {
      await guarded.close();
      local.close();
    }
  });
});
