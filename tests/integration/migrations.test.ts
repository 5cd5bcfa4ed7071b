import Database from 'better-sqlite3';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../electron/backend/db/migration';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/backend/db/migrations/index';
import { openDatabase, type Db } from '../../electron/backend/db/open';
import { tempDir } from '../helpers/backend';

const open: Db[] = [];
afterEach(() => {
  while (open.length) open.pop()!.close();
});

async function openOk(file: string, list?: readonly Migration[]) {
  const result = await openDatabase(file, list ? { migrations: list } : {});
  if (!result.ok) throw new Error(result.message);
  open.push(result.db);
  return result;
}

const extra: Migration = {
  version: LATEST_SCHEMA_VERSION + 1,
  name: 'test: adds a table',
  up: (db) => db.exec('CREATE TABLE extra (id INTEGER PRIMARY KEY, label TEXT NOT NULL)'),
};

describe('migrations', () => {
  it('are numbered 1..n without gaps, in order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(migrations.length);
  });

  it('run the full chain on a fresh file, with WAL, foreign keys and a busy timeout', async () => {
    const file = path.join(tempDir(), 'carnet.sqlite');
    const { db, backupPath, migratedFrom } = await openOk(file);
    expect(migratedFrom).toBe(0);
    expect(backupPath).toBeNull();
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const tables = (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'sessions', 'settings', 'audit_log']));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('open an up-to-date file again without migrating or backing up', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'carnet.sqlite');
    (await openOk(file)).db.close();
    open.pop();
    const again = await openOk(file);
    expect(again.backupPath).toBeNull();
    expect(existsSync(path.join(dir, 'backups'))).toBe(false);
  });

  it('write a backup of the existing data before running a pending migration', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'carnet.sqlite');
    const first = await openOk(file);
    first.db.prepare("INSERT INTO settings (key, value) VALUES ('marker', '\"avant\"')").run();
    first.db.close();
    open.pop();

    const second = await openOk(file, [...migrations, extra]);
    expect(second.migratedFrom).toBe(LATEST_SCHEMA_VERSION);
    expect(second.backupPath).toMatch(/backups[/\\]carnet-schema\d+-avant-migration-.*\.sqlite$/);
    expect(second.db.pragma('user_version', { simple: true })).toBe(extra.version);

    const copy = new Database(second.backupPath!, { readonly: true });
    try {
      expect(copy.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(copy.prepare("SELECT value FROM settings WHERE key = 'marker'").get()).toEqual({
        value: '"avant"',
      });
      expect(copy.prepare("SELECT name FROM sqlite_schema WHERE name = 'extra'").get()).toBeUndefined();
    } finally {
      copy.close();
    }
  });

  it('leave the file untouched when a migration fails half-way', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'carnet.sqlite');
    (await openOk(file)).db.close();
    open.pop();
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 2,
      name: 'test: fails after creating a table',
      up: (db) => {
        db.exec('CREATE TABLE half (id INTEGER)');
        db.exec('INSERT INTO no_such_table VALUES (1)');
      },
    };
    const result = await openDatabase(file, { migrations: [...migrations, extra, broken] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('MIGRATION_FAILED');
    expect(result.message).toMatch(/état précédent/);

    const check = new Database(file, { readonly: true });
    try {
      expect(check.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      const names = check.prepare("SELECT name FROM sqlite_schema WHERE name IN ('extra', 'half')").all();
      expect(names).toEqual([]);
    } finally {
      check.close();
    }
  });

  it('refuse a database from a newer Carnet and leave it byte for byte as it was', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'carnet.sqlite');
    const newer = new Database(file);
    newer.exec('CREATE TABLE future (x)');
    newer.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    newer.close();
    const bytes = readFileSync(file);

    const result = await openDatabase(file);
    expect(result).toMatchObject({ ok: false, code: 'TOO_NEW' });
    if (!result.ok) expect(result.message).toMatch(/version plus récente de Carnet/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['carnet.sqlite']);
  });

  it('refuse a file that is not a SQLite database, name it, and not overwrite it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'carnet.sqlite');
    const garbage = Buffer.from('Ceci est un tableur, pas une base de données.\n'.repeat(200));
    writeFileSync(file, garbage);

    const result = await openDatabase(file);
    expect(result).toMatchObject({ ok: false, code: 'NOT_A_DATABASE' });
    if (!result.ok) {
      expect(result.message).toContain(file);
      expect(result.message).toMatch(/Restaurez une sauvegarde/);
    }
    expect(readFileSync(file).equals(garbage)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['carnet.sqlite']);
  });

  it('refuse a SQLite file whose pages are damaged', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'carnet.sqlite');
    const first = await openOk(file);
    first.db.pragma('wal_checkpoint(TRUNCATE)');
    first.db.close();
    open.pop();
    const bytes = readFileSync(file);
    bytes.fill(0xff, 100, 4096); // the schema page, past the 100-byte header
    writeFileSync(file, bytes);

    const result = await openDatabase(file);
    expect(result.ok).toBe(false);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  });
});
