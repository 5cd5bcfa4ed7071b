import type { Browser } from '@playwright/test';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DATABASE_FILE } from '../../electron/backend/start-backend';
import type { SeedInfo } from '../seed/seed';
import { launchBrowser } from './browser';
import type { BenchContext, Phase } from './figure';
import { signIn, type HttpClient } from './http';
import { openBackend, type Backend } from './registry';
import { startServe, type ServeProcess } from './serve';

/** Copies the seeded database into `workDir`: the figures write there, the seed stays as it was. */
export function workingCopy(seedDir: string, workDir: string): void {
  mkdirSync(workDir, { recursive: true });
  for (const suffix of ['', '-wal']) {
    const from = path.join(seedDir, DATABASE_FILE + suffix);
    if (existsSync(from) && statSync(from).size > 0)
      copyFileSync(from, path.join(workDir, DATABASE_FILE + suffix));
  }
}

/**
 * What each phase needs, started when the first figure of the phase runs and stopped when no
 * later phase needs it: the in-process registry, then one serve process (kept from `serve` to
 * `final`), then Chromium.
 */
export class Phases {
  private backendRef: Backend | null = null;
  private serveRef: ServeProcess | null = null;
  private httpRef: HttpClient | null = null;
  private browserRef: Browser | null = null;
  readonly context: BenchContext;

  constructor(seed: SeedInfo, dirs: { seedDir: string; workDir: string; scratch: string }) {
    const need = <T>(value: T | null, what: string): T => {
      if (value === null) throw new Error(`${what} n’est pas disponible dans cette phase`);
      return value;
    };
    this.context = {
      seed,
      ...dirs,
      backend: () => need(this.backendRef, 'le registre'),
      http: () => need(this.httpRef, 'le client HTTP'),
      serve: () => need(this.serveRef, 'le serveur'),
      browser: () => need(this.browserRef, 'le navigateur'),
    };
  }

  async enter(phase: Phase): Promise<void> {
    const { seed, workDir } = this.context;
    if (phase === 'backend') {
      this.backendRef = await openBackend(workDir);
      await this.backendRef.login(seed.admin.login, seed.admin.password);
    }
    if (phase === 'serve' || phase === 'browser' || phase === 'final') {
      this.closeBackend();
      if (!this.serveRef) {
        this.serveRef = await startServe(workDir);
        this.httpRef = await signIn(this.serveRef.url, seed.admin.login, seed.admin.password);
      }
    }
    if (phase === 'browser') this.browserRef = await launchBrowser();
  }

  async leave(phase: Phase): Promise<void> {
    if (phase === 'backend') this.closeBackend();
    if (phase === 'browser') {
      await this.browserRef?.close();
      this.browserRef = null;
    }
  }

  async close(): Promise<void> {
    this.closeBackend();
    await this.browserRef?.close();
    await this.serveRef?.stop();
    this.browserRef = null;
    this.serveRef = null;
  }

  private closeBackend(): void {
    this.backendRef?.close();
    this.backendRef = null;
  }
}
