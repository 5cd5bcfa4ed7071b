import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type { TLSSocket } from 'node:tls';
import { beforeAll, describe, expect, it } from 'vitest';
import { CERT_FILE, CERTIFICATE_DIR } from '../../electron/backend/team/certificate';
import { tempDir } from '../helpers/backend';

/** The built serve entry (`npm test` builds first); CARNET_SERVE_CJS points to another build. */
const SERVE = path.resolve(process.env.CARNET_SERVE_CJS ?? 'dist/electron/serve.cjs');

beforeAll(() => {
  if (!existsSync(SERVE)) throw new Error(`${SERVE} is missing: run \`npm run build\` first`);
});

/** Runs `npm run serve -- --host 0.0.0.0` until ready; its output, then it is stopped. */
async function serveShared(dataDir: string, port: number, check: (out: string) => Promise<void>) {
  const child = spawn(process.execPath, [
    SERVE,
    '--data',
    dataDir,
    '--host',
    '0.0.0.0',
    '--port',
    String(port),
  ]);
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not ready: ${out}`)), 15_000);
      child.stdout.on('data', () => out.includes('Carnet est prêt') && (clearTimeout(timer), resolve()));
      child.on('exit', () => (clearTimeout(timer), reject(new Error(`exited: ${out}`))));
    });
    await check(out);
  } finally {
    child.kill('SIGTERM');
  }
  return out;
}

function statusOver(port: number, ca: string): Promise<{ body: string; fingerprint: string }> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/auth.status',
        method: 'POST',
        ca,
        agent: false,
        headers: { 'Content-Type': 'application/json' },
      },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () =>
          resolve({
            body,
            fingerprint: (res.socket as TLSSocket).getPeerCertificate().fingerprint256,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

describe('npm run serve on the local network', () => {
  it('serves HTTPS only, prints the certificate’s fingerprint, and keeps the certificate across restarts', async () => {
    const dir = tempDir();
    const port = 5196;
    const fingerprints: string[] = [];
    const first = await serveShared(dir, port, async (out) => {
      const printed = /Empreinte SHA-256 du certificat : ([0-9A-F:]{95})/.exec(out)?.[1];
      expect(printed, out).toBeDefined();
      const cert = readFileSync(path.join(dir, CERTIFICATE_DIR, CERT_FILE), 'utf8');
      const answer = await statusOver(port, cert);
      expect(JSON.parse(answer.body)).toEqual({ ok: true, value: { setupRequired: true, user: null } });
      expect(answer.fingerprint).toBe(printed);
      fingerprints.push(printed!);
      // The same port does not answer plain HTTP.
      await expect(
        fetch(`http://127.0.0.1:${port}/api/auth.status`, { method: 'POST', body: '{}' }),
      ).rejects.toThrow();
    });
    expect(first).toMatch(/Nouveau certificat créé/);
    expect(first).toMatch(/en HTTPS avec un certificat auto-signé/);
    expect(first).toContain(`https://127.0.0.1:${port}`);

    const second = await serveShared(dir, port, async (out) => {
      fingerprints.push(/Empreinte SHA-256 du certificat : ([0-9A-F:]{95})/.exec(out)![1]!);
    });
    expect(second).not.toMatch(/Nouveau certificat créé/);
    expect(fingerprints[1]).toBe(fingerprints[0]);
  });
});
