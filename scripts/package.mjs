#!/usr/bin/env node
// Builds installers. Meant for a connected machine: it rebuilds better-sqlite3 against
// Electron's headers and downloads Electron, neither of which works offline. Never run from
// postinstall (it would relabel a Node build as an Electron one).
import { spawnSync } from 'node:child_process';

const steps = [
  ['npm', ['run', 'build']],
  ['npx', ['electron-builder', 'install-app-deps']],
  ['npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]],
];
for (const [cmd, args] of steps) {
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (status !== 0) {
    console.error(
      `Échec de « ${cmd} ${args.join(' ')} ». Ce script demande une machine connectée à Internet.`,
    );
    process.exit(status ?? 1);
  }
}
