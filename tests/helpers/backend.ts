import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createApp, type App, type AppOptions } from '../../electron/backend/app';
import { openDatabase, type Db } from '../../electron/backend/db/open';
import { ensureBuiltinProgrammes } from '../../electron/backend/features/programmes/catalogue';

export interface TestBackend {
  dir: string;
  file: string;
  db: Db;
  app: App;
  /** The registry's clock; move it to test expiry. */
  clock: { now: Date };
  errors: unknown[];
  close(): void;
}

export function tempDir(prefix = 'carnet-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A real database file in a fresh temporary folder, migrated, with the registry on top. */
export async function freshBackend(overrides: Partial<AppOptions> = {}): Promise<TestBackend> {
  const dir = tempDir();
  const file = path.join(dir, 'carnet.sqlite');
  const opened = await openDatabase(file);
  if (!opened.ok) throw new Error(opened.message);
  const clock = { now: new Date('2026-03-02T08:15:00Z') };
  opened.db.transaction(() => ensureBuiltinProgrammes(opened.db, clock.now))();
  const errors: unknown[] = [];
  const app = createApp({
    db: opened.db,
    dataDir: dir,
    now: () => clock.now,
    logError: (_method, error) => errors.push(error),
    ...overrides,
  });
  return {
    dir,
    file,
    db: opened.db,
    app,
    clock,
    errors,
    close() {
      opened.db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const ADMIN = {
  displayName: 'Anne Administratrice',
  login: 'anne.admin',
  password: 'motdepasse-anne-1',
};

/** Creates the first administrator and returns the session token of that setup. */
export async function setupAdmin(app: App): Promise<string> {
  const outcome = await app.call('auth.setup', ADMIN);
  if (!outcome.result.ok || outcome.session?.kind !== 'start') throw new Error('setup failed');
  return outcome.session.token;
}

/** Logs in and returns the session token. */
export async function login(app: App, login: string, password: string): Promise<string> {
  const outcome = await app.call('auth.login', { login, password });
  if (!outcome.result.ok || outcome.session?.kind !== 'start') {
    throw new Error(`login failed: ${JSON.stringify(outcome.result)}`);
  }
  return outcome.session.token;
}

/** Creates a user as admin, then signs them in and replaces the provisional password. */
export async function userWithRole(
  app: App,
  adminToken: string,
  role: 'admin' | 'manager' | 'trainer' | 'adviser',
  loginName = `${role}.test`,
): Promise<string> {
  const provisional = 'provisoire-123456';
  const created = await app.call(
    'users.create',
    { displayName: `Compte ${role}`, login: loginName, role, password: provisional },
    { sessionToken: adminToken },
  );
  if (!created.result.ok) throw new Error(JSON.stringify(created.result));
  const token = await login(app, loginName, provisional);
  const changed = await app.call(
    'auth.changePassword',
    { currentPassword: provisional, newPassword: 'definitif-123456' },
    { sessionToken: token },
  );
  if (!changed.result.ok) throw new Error(JSON.stringify(changed.result));
  return token;
}

/** A digest of every row of every table: equal digests mean nothing was written. */
export function checksum(db: Db): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[];
  for (const { name } of tables) {
    hash.update(name);
    // Rows sorted by their content: tables WITHOUT ROWID have no rowid to order by.
    const rows = db
      .prepare(`SELECT * FROM "${name}"`)
      .all()
      .map((row) => JSON.stringify(row));
    for (const row of rows.sort()) hash.update(row);
  }
  return hash.digest('hex');
}
