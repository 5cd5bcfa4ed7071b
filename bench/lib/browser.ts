import { chromium, type Browser, type LaunchOptions } from '@playwright/test';
import { readdirSync, rmdirSync } from 'node:fs';
import config from '../../playwright.config';

/**
 * Debian's Chromium with the launch options the e2e tests use (playwright.config.ts), so the
 * browser figures and the tests run the same browser the same way.
 */
export async function launchBrowser(): Promise<Browser> {
  forgetE2eDataDir();
  const options: LaunchOptions = config.use?.launchOptions ?? {};
  return chromium.launch({ ...options, headless: true });
}

/**
 * Loading playwright.config.ts creates the e2e run's empty data directory: remove it again, as
 * no e2e server is started here.
 */
function forgetE2eDataDir(): void {
  const server = config.webServer;
  const command = server && !Array.isArray(server) ? server.command : '';
  const dir = /--data "([^"]+)"/.exec(command)?.[1];
  try {
    if (dir && readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // Already gone: nothing to tidy.
  }
}
