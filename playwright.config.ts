import { defineConfig } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Each run serves the built app on a fresh data directory: the first screen is always the setup. */
const dataDir = mkdtempSync(path.join(tmpdir(), 'carnet-e2e-'));
const port = Number(process.env.CARNET_E2E_PORT ?? 5197);

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  // The journeys share one server: the first-start journey must meet an empty database, and the
  // others build on the administrator it creates.
  projects: [
    { name: 'first-start', testMatch: /login-journey\.spec\.ts/ },
    { name: 'journeys', testIgnore: /login-journey\.spec\.ts/, dependencies: ['first-start'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--lang=fr-FR',
      ],
    },
  },
  webServer: {
    command: `node dist/electron/serve.cjs --data "${dataDir}" --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'pipe',
  },
});
