import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import { createServer } from 'node:net';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { teamFr } from '../../shared/i18n/fr/team';
import { AppError } from '../../electron/backend/errors';
import {
  CERT_FILE,
  CERTIFICATE_DIR,
  ensureCertificate,
  KEY_FILE,
} from '../../electron/backend/team/certificate';
import { fixedTeamControl, installTeamControl, noTeamStatus } from '../../electron/backend/team/control';
import { desktopTeamControl } from '../../electron/backend/team/desktop-control';
import { listenOn, ListenError } from '../../electron/backend/team/listen';
import {
  ADMIN,
  checksum,
  freshBackend,
  setupAdmin,
  tempDir,
  userWithRole,
  type TestBackend,
} from '../helpers/backend';

/**
 * Team mode: HTTPS with a certificate made at first use and kept in the data folder, its
 * SHA-256 fingerprint for colleagues to check, plain HTTP on the loopback only. Every server
 * here listens on 127.0.0.1.
 */

const FINGERPRINT = /^([0-9A-F]{2}:){31}[0-9A-F]{2}$/;

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
  fingerprint: string;
}

/** One HTTPS POST; `pin` is the certificate the client trusts (and nothing else). */
function httpsPost(
  port: number,
  method: string,
  body: unknown,
  options: https.RequestOptions = {},
): Promise<Answer> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) },
        agent: false,
        ...options,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text,
            headers: res.headers,
            fingerprint: (res.socket as TLSSocket).getPeerCertificate().fingerprint256,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** A port free right now on the loopback. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('the team-mode certificate', () => {
  it('is made at first use in the data folder, the key readable by its owner only', async () => {
    const dir = tempDir();
    const made = await ensureCertificate(dir);
    expect(made.created).toBe(true);
    expect(made.fingerprint).toMatch(FINGERPRINT);
    expect(made.certFile).toBe(path.join(dir, CERTIFICATE_DIR, CERT_FILE));
    const x509 = new X509Certificate(readFileSync(made.certFile));
    expect(x509.fingerprint256).toBe(made.fingerprint);
    expect(x509.subjectAltName).toContain('IP Address:127.0.0.1');
    expect(x509.subjectAltName).toContain('DNS:localhost');
    expect(x509.publicKey.asymmetricKeyType).toBe('ec');
    expect(x509.ca).toBe(false);
    if (process.platform !== 'win32') {
      expect(statSync(path.join(dir, CERTIFICATE_DIR, KEY_FILE)).mode & 0o777).toBe(0o600);
    }
  });

  it('is reused after, and renewed only when it is about to expire or unreadable', async () => {
    const dir = tempDir();
    const first = await ensureCertificate(dir);
    const again = await ensureCertificate(dir);
    expect(again).toMatchObject({ created: false, fingerprint: first.fingerprint, cert: first.cert });

    const nearEnd = new Date(first.notAfter.getTime() - 10 * 86_400_000);
    const renewed = await ensureCertificate(dir, nearEnd);
    expect(renewed.created).toBe(true);
    expect(renewed.fingerprint).not.toBe(first.fingerprint);

    writeFileSync(path.join(dir, CERTIFICATE_DIR, KEY_FILE), 'abîmé');
    const replaced = await ensureCertificate(dir);
    expect(replaced.created).toBe(true);
    expect(replaced.fingerprint).not.toBe(renewed.fingerprint);
  });
});

describe('listening', () => {
  let b: TestBackend;
  beforeAll(async () => {
    b = await freshBackend();
  });
  afterAll(() => b.close());

  it('refuses plain HTTP on any address but the loopback, before anything listens', async () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'poste-accueil.local']) {
      const refusal = await listenOn({ app: b.app, host, port: 5199 }).catch((e: unknown) => e);
      expect(refusal, host).toBeInstanceOf(ListenError);
      expect((refusal as ListenError).reason).toBe('plain-http');
      expect((refusal as Error).message).toBe(teamFr.plainHttpRefused(host));
    }
    const plain = await listenOn({ app: b.app, host: '127.0.0.1', port: 0 });
    await plain.close();
  });

  it('serves HTTPS with the generated certificate to a client that pins it, with a Secure cookie', async () => {
    const certificate = await ensureCertificate(b.dir);
    const server = await listenOn({ app: b.app, host: '127.0.0.1', port: 0, tls: certificate });
    try {
      const { port } = server.server.address() as { port: number };
      // A client that trusts this one certificate (what a colleague does after comparing fingerprints).
      const pinned = await httpsPost(port, 'auth.setup', ADMIN, { ca: certificate.cert });
      expect(pinned.status).toBe(200);
      expect(pinned.fingerprint).toBe(certificate.fingerprint);
      expect(String(pinned.headers['set-cookie'])).toMatch(/; Secure/);
      expect(pinned.headers['content-security-policy']).toContain("frame-ancestors 'none'");

      // A client that skips verification and checks the fingerprint itself sees the same one.
      const unchecked = await httpsPost(port, 'auth.status', {}, { rejectUnauthorized: false });
      expect(unchecked.fingerprint).toBe(certificate.fingerprint);

      // A default client refuses a self-signed certificate: the browser's warning colleagues meet.
      const strict = await httpsPost(port, 'auth.status', {}).catch((e: { code?: string }) => e.code);
      expect(strict).toBe('DEPTH_ZERO_SELF_SIGNED_CERT');
    } finally {
      await server.close();
    }
  });

  it('says in French that a port is taken', async () => {
    const busy = await listenOn({ app: b.app, host: '127.0.0.1', port: 0 });
    try {
      const { port } = busy.server.address() as { port: number };
      const refusal = await listenOn({ app: b.app, host: '127.0.0.1', port }).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ reason: 'port-in-use', message: teamFr.portInUse(port) });
    } finally {
      await busy.close();
    }
  });
});

describe('team.status, team.start, team.stop', () => {
  let b: TestBackend;
  let admin: string;
  let manager: string;
  const logged: string[] = [];

  beforeAll(async () => {
    b = await freshBackend();
    admin = await setupAdmin(b.app);
    manager = await userWithRole(b.app, admin, 'manager');
  });
  afterEach(() => installTeamControl(null));
  afterAll(() => b.close());

  const call = async (method: string, input: unknown, token = admin) =>
    (await b.app.call(method, input, { sessionToken: token })).result;

  it('starts HTTPS sharing from the desktop app, shows the fingerprint, reuses the certificate after a stop', async () => {
    installTeamControl(
      desktopTeamControl({ app: b.app, dataDir: b.dir, host: '127.0.0.1', log: (line) => logged.push(line) }),
    );
    expect(await call('team.status', {})).toEqual({
      ok: true,
      value: { ...noTeamStatus(), mode: 'desktop' },
    });
    const port = await freePort();
    const started = await call('team.start', { port });
    if (!started.ok) throw new Error(JSON.stringify(started));
    const status = started.value as { shared: boolean; secure: boolean; port: number; fingerprint: string };
    expect(status).toMatchObject({ mode: 'desktop', shared: true, secure: true, port });
    expect(status.fingerprint).toMatch(FINGERPRINT);
    expect(logged).toContain(teamFr.consoleFingerprint(status.fingerprint)); // on the host's console

    const cert = readFileSync(path.join(b.dir, CERTIFICATE_DIR, CERT_FILE), 'utf8');
    const answer = await httpsPost(
      port,
      'auth.login',
      { login: ADMIN.login, password: ADMIN.password },
      { ca: cert },
    );
    expect(answer.status).toBe(200);
    expect(answer.fingerprint).toBe(status.fingerprint);

    const audit = b.db.prepare("SELECT action, target FROM audit_log WHERE action LIKE 'team.%'").all();
    expect(audit).toEqual([{ action: 'team.start', target: 'team' }]);

    expect(await call('team.stop', {})).toMatchObject({
      ok: true,
      value: { shared: false, fingerprint: null },
    });
    const closed = await httpsPost(port, 'auth.status', {}, { ca: cert }).catch(
      (e: { code?: string }) => e.code,
    );
    expect(closed).toBe('ECONNREFUSED');

    const restarted = await call('team.start', { port });
    expect(restarted).toMatchObject({ ok: true, value: { shared: true, fingerprint: status.fingerprint } });
    expect(readFileSync(path.join(b.dir, CERTIFICATE_DIR, CERT_FILE), 'utf8')).toBe(cert);
    await call('team.stop', {});
  });

  it('refuses managers: sharing is an administrator’s decision', async () => {
    installTeamControl(desktopTeamControl({ app: b.app, dataDir: b.dir, host: '127.0.0.1', log: () => {} }));
    for (const method of ['team.status', 'team.start', 'team.stop']) {
      expect(await call(method, {}, manager)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });

  it('says a taken port in French and writes nothing', async () => {
    installTeamControl(desktopTeamControl({ app: b.app, dataDir: b.dir, host: '127.0.0.1', log: () => {} }));
    const busy = await listenOn({ app: b.app, host: '127.0.0.1', port: 0 });
    try {
      const { port } = busy.server.address() as { port: number };
      const before = checksum(b.db);
      expect(await call('team.start', { port })).toEqual({
        ok: false,
        error: { code: 'CONFLICT', message: teamFr.portInUse(port) },
      });
      expect(checksum(b.db)).toBe(before);
    } finally {
      await busy.close();
    }
  });

  it('reports serve mode as launched and refuses to start or stop it from the screen', async () => {
    const launched = {
      mode: 'serve' as const,
      shared: true,
      secure: true,
      port: 5180,
      addresses: ['https://192.168.1.20:5180'],
      fingerprint: 'AB:'.repeat(31) + 'AB',
      certificateExpiresAt: '2028-06-01T00:00:00.000Z',
    };
    installTeamControl(fixedTeamControl(launched, () => new AppError('CONFLICT', teamFr.serveFixed)));
    expect(await call('team.status', {})).toEqual({ ok: true, value: launched });
    const before = checksum(b.db);
    for (const method of ['team.start', 'team.stop']) {
      expect(await call(method, {})).toEqual({
        ok: false,
        error: { code: 'CONFLICT', message: teamFr.serveFixed },
      });
    }
    expect(checksum(b.db)).toBe(before);
  });

  it('answers that sharing is unavailable where no transport is installed', async () => {
    expect(await call('team.status', {})).toEqual({ ok: true, value: noTeamStatus() });
    expect(await call('team.start', {})).toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: teamFr.notAvailable },
    });
  });
});
