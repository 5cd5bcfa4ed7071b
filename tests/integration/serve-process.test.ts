import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/backend';

/** The built serve entry, run as a user runs it (`npm test` builds before running these). */
const SERVE = path.resolve('dist/electron/serve.cjs');

beforeAll(() => {
  if (!existsSync(SERVE)) throw new Error('dist/electron/serve.cjs is missing: run `npm run build` first');
});

/** Starts serve mode and resolves with everything it printed once it is ready or has exited. */
function serve(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = spawn(process.execPath, [SERVE, ...args], { env: { ...process.env, ...env } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const settled = new Promise<{ ready: boolean; code: number | null; out: string }>((resolve) => {
    const timer = setTimeout(() => resolve({ ready: false, code: null, out }), 15_000);
    child.stdout.on('data', () => {
      if (out.includes('Carnet est prêt')) {
        clearTimeout(timer);
        resolve({ ready: true, code: null, out });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ ready: false, code, out });
    });
  });
  return { child, settled };
}

describe('npm run serve', () => {
  it('starts on a new data directory and answers that setup is required', async () => {
    const dir = tempDir();
    const { child, settled } = serve(['--data', dir, '--port', '5193']);
    const { ready, out } = await settled;
    try {
      expect(ready, out).toBe(true);
      expect(out).toContain('http://127.0.0.1:5193');
      const response = await fetch('http://127.0.0.1:5193/api/auth.status', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(await response.json()).toEqual({ ok: true, value: { setupRequired: true, user: null } });
      expect(existsSync(path.join(dir, 'carnet.sqlite'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
  });

  it('takes the data directory from CARNET_DATA_DIR and warns when opened to the network', async () => {
    const dir = tempDir();
    const { child, settled } = serve(['--host', '0.0.0.0', '--port', '5194'], { CARNET_DATA_DIR: dir });
    const { ready, out } = await settled;
    child.kill('SIGTERM');
    expect(ready, out).toBe(true);
    expect(out).toContain(dir);
    expect(out).toMatch(/Attention : Carnet est ouvert au réseau local/);
  });

  it('refuses a corrupt database file with a French message naming it, and leaves it as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'carnet.sqlite');
    writeFileSync(file, 'pas une base SQLite'.repeat(100));
    const before = readFileSync(file);
    const { settled } = serve(['--data', dir, '--port', '5195']);
    const { ready, code, out } = await settled;
    expect(ready).toBe(false);
    expect(code).toBe(1);
    expect(out).toContain(file);
    expect(out).toMatch(/Restaurez une sauvegarde/);
    expect(out).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('explains a bad option instead of starting', async () => {
    const { settled } = serve(['--port', 'abc']);
    const { code, out } = await settled;
    expect(code).toBe(2);
    expect(out).toMatch(/Port invalide/);
  });
});

describe('npm start without Electron', () => {
  it('says plainly that the desktop shell is unavailable and points to npm run serve', () => {
    const electronDist = path.resolve('node_modules/electron/path.txt');
    if (existsSync(electronDist)) return; // a machine where Electron is installed opens the window instead
    const run = spawnSync(process.execPath, ['scripts/start.mjs'], { encoding: 'utf8', timeout: 150_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/n'est pas disponible sur cette machine/);
    expect(run.stderr).toMatch(/npm run serve/);
    expect(run.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
