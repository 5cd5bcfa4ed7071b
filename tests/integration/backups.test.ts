import Database from 'better-sqlite3';
import { LATEST_SCHEMA_VERSION } from '../../electron/backend/db/migrations/index';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup, BackupList, RestoreResult } from '../../shared/api/backups';
import { ADMIN, login, setupAdmin, userWithRole } from '../helpers/backend';
import { backupBackend, type BackupBackend } from '../helpers/backups';
import { learner, upload } from './learners-setup';

let b: BackupBackend;
let admin: string;
const as = (token: string) => ({ sessionToken: token });

beforeEach(async () => {
  b = await backupBackend();
  admin = await setupAdmin(b.app);
});
afterEach(() => b.close());

async function value<T>(method: string, input: unknown, token = admin): Promise<T> {
  const { result } = await b.app.call(method, input, as(token));
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as T;
}

async function addLearner(surname: string): Promise<number> {
  return (await value<{ id: number }>('learners.create', learner({ surname }))).id;
}

const surnames = (db: Database.Database) =>
  (db.prepare('SELECT surname FROM learners ORDER BY surname').all() as { surname: string }[]).map(
    (r) => r.surname,
  );

describe('Sauvegarder maintenant', () => {
  it('writes a consistent copy in <data>/sauvegardes, lists it and records it in the journal', async () => {
    await addLearner('Avant');
    const backup = await value<Backup>('backups.create', {});
    expect(backup).toMatchObject({ kind: 'manual', date: b.clock.now.toISOString() });
    expect(backup.file).toMatch(/^carnet-manuelle-2026-03-02T08-15-00-000Z\.sqlite$/);
    const copyPath = path.join(b.folder, backup.file);
    expect(backup.size).toBe(readFileSync(copyPath).length);

    const copy = new Database(copyPath, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(surnames(copy)).toEqual(['Avant']);
    } finally {
      copy.close();
    }
    // One self-contained file: no journal beside it, no half-written copy left.
    expect(readdirSync(b.folder)).toEqual([backup.file]);

    const list = await value<BackupList>('backups.list', {});
    expect(list).toEqual({ folder: b.folder, items: [backup], folderProblem: null, lastFailure: null });
    const entry = b.db.prepare("SELECT target FROM audit_log WHERE action = 'backups.create'").get();
    expect(entry).toEqual({ target: `backup:${backup.file}` });
  });

  it('is for administrators only', async () => {
    for (const role of ['manager', 'trainer', 'adviser'] as const) {
      const token = await userWithRole(b.app, admin, role);
      for (const method of ['backups.list', 'backups.create']) {
        const { result } = await b.app.call(method, {}, as(token));
        expect(result, `${role} ${method}`).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      }
      const { result } = await b.app.call('backups.restore', { file: 'carnet-manuelle-x.sqlite' }, as(token));
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(existsSync(b.folder)).toBe(false);
  });
});

describe('Restaurer', () => {
  it('brings a backup’s data back, keeps the replaced database as a backup, and signs everyone out', async () => {
    await addLearner('Avant');
    const backup = await value<Backup>('backups.create', {});
    b.clock.now = new Date('2026-03-02T10:00:00Z');
    await addLearner('Après');
    expect(surnames(b.db)).toEqual(['Après', 'Avant']);

    const restored = await value<RestoreResult>('backups.restore', { file: backup.file });
    expect(restored).toMatchObject({
      restoredFrom: backup.file,
      migratedFrom: LATEST_SCHEMA_VERSION,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(restored.preRestoreFile).toMatch(/^carnet-avant-restauration-2026-03-02T10-00-00-000Z\.sqlite$/);
    expect(surnames(b.db)).toEqual(['Avant']);
    expect(b.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(b.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // The replaced database, with what was entered after the backup, is one restore away.
    const pre = new Database(path.join(b.folder, restored.preRestoreFile), { readonly: true });
    expect(surnames(pre)).toEqual(['Après', 'Avant']);
    pre.close();

    // Sessions do not survive a restore; the journal of the restored base says who restored what.
    const after = await b.app.call('learners.list', {}, as(admin));
    expect(after.result).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    const again = await login(b.app, ADMIN.login, ADMIN.password);
    const journal = b.db
      .prepare("SELECT user_id AS userId, target FROM audit_log WHERE action = 'backups.restore'")
      .all();
    expect(journal).toEqual([{ userId: 1, target: `backup:${backup.file}` }]);
    const list = await value<BackupList>('backups.list', {}, again);
    expect(list.items.map((i) => i.kind).sort()).toEqual(['manual', 'pre-restore']);
    expect(b.errors).toEqual([]);
  });

  it('restores an uploaded file, and brings an older schema up to date', async () => {
    const old = await olderBackupBytes();
    const restored = await value<RestoreResult>('backups.restore', {
      upload: upload('copie-du-serveur.sqlite', old),
    });
    expect(restored).toMatchObject({
      restoredFrom: 'copie-du-serveur.sqlite',
      migratedFrom: 4,
      schemaVersion: LATEST_SCHEMA_VERSION,
    });
    expect(surnames(b.db)).toEqual(['Ancienne']);
    expect(b.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // The migration's own copy went to the same folder, under its usual name.
    const names = readdirSync(b.folder);
    expect(names.some((n) => /^carnet-schema4-avant-migration-.*\.sqlite$/.test(n))).toBe(true);
    expect(readdirSync(b.dir).filter((n) => n.includes('.restauration'))).toEqual([]);
  });

  it('lets the calls under way finish, holds the others back, and runs none on a closed database', async () => {
    await addLearner('Avant');
    const backup = await value<Backup>('backups.create', {});
    // A call still reading its upload (exceljs is asynchronous) when the restore starts.
    const xlsx = upload(
      'learners-30.xlsx',
      readFileSync(path.join(__dirname, '../fixtures/learners-30.xlsx')),
    );
    const reading = b.app.call('imports.preview', { kind: 'learners', file: xlsx }, as(admin));
    const restoring = b.app.call('backups.restore', { file: backup.file }, as(admin));
    let settled = false;
    void restoring.then(() => (settled = true));
    while (!b.app.live.replacing && !settled) await new Promise((r) => setImmediate(r));
    expect(b.app.live.replacing).toBe(true);
    // Calls arriving during the swap wait for it, then run on the restored base (no session there).
    const during = Array.from({ length: 8 }, (_, i) =>
      b.app.call('learners.create', learner({ surname: `Pendant${i}` }), as(admin)),
    );
    const [read, restore, ...held] = await Promise.all([reading, restoring, ...during]);
    expect(read.result.ok).toBe(true);
    expect(restore.result.ok).toBe(true);
    for (const { result } of held)
      expect(result).toMatchObject({ ok: false, error: { code: 'NOT_AUTHENTICATED' } });
    expect(surnames(b.db)).toEqual(['Avant']);
    expect(b.errors).toEqual([]);
  });

  it('refuses a second restore while one is under way, changing nothing more', async () => {
    const backup = await value<Backup>('backups.create', {});
    const [first, second] = await Promise.all([
      b.app.call('backups.restore', { file: backup.file }, as(admin)),
      b.app.call('backups.restore', { file: backup.file }, as(admin)),
    ]);
    const results = [first.result, second.result];
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'Une restauration est déjà en cours. Attendez qu’elle se termine.',
      },
    });
    expect(readdirSync(b.folder).filter((n) => n.includes('avant-restauration'))).toHaveLength(1);
  });
});

/** A Carnet database at schema 4 with one learner, as bytes. */
async function olderBackupBytes(): Promise<Buffer> {
  const { openDatabase } = await import('../../electron/backend/db/open');
  const { migrations } = await import('../../electron/backend/db/migrations/index');
  const file = path.join(b.dir, 'ancienne.sqlite');
  const opened = await openDatabase(file, { migrations: migrations.slice(0, 4) });
  if (!opened.ok) throw new Error(opened.message);
  const at = '2025-01-01T00:00:00.000Z';
  opened.db
    .prepare(
      "INSERT INTO learners (surname, first_name, access_route, created_at, updated_at) VALUES ('Ancienne', 'Amélie', 'vae', ?, ?)",
    )
    .run(at, at);
  opened.db.pragma('journal_mode = DELETE');
  opened.db.close();
  return readFileSync(file);
}
