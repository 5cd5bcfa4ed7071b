#!/usr/bin/env node
// `npm start`: build, then open the desktop window. Where the Electron binary cannot be had
// (no download allowed, as on the test machines) say so plainly and point to serve mode.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const unavailable = () => {
  console.error(
    "L'application de bureau (Electron) n'est pas disponible sur cette machine : son binaire n'a pas pu être téléchargé.\n" +
      'Lancez `npm run serve` : la même application s’ouvre alors sur http://127.0.0.1:5180.',
  );
  process.exit(1);
};

function electronBinary() {
  let dir;
  try {
    dir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!existsSync(pathFile)) {
    // Electron fetches its binary on first use; give it one bounded chance.
    const fetched = spawnSync(process.execPath, [path.join(dir, 'install.js')], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    if (fetched.status !== 0 || !existsSync(pathFile)) return null;
  }
  const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) unavailable();

const build = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
if (build.status !== 0) process.exit(build.status ?? 1);

const run = spawnSync(binary, ['.'], { stdio: 'inherit' });
process.exit(run.status ?? 0);
