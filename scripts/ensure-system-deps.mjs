#!/usr/bin/env node
// `npm test` needs Debian's Chromium (e2e) and poppler-utils (PDF checks). Installs them when
// running as root; otherwise says in one line what is missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!has('pdftotext') || !has('pdftoppm')) missing.push('poppler-utils');

if (missing.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !has('apt-get')) {
    console.error(
      `Paquets système manquants pour les tests : ${missing.join(' ')} (sudo apt-get install -y ${missing.join(' ')})`,
    );
    process.exit(1);
  }
  console.log(`Installation des paquets système : ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
