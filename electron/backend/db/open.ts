import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { databaseFr } from '../../../shared/i18n/fr/database';
import type { Migration } from './migration';
import { migrations as allMigrations } from './migrations/index';

export type Db = Database.Database;

export type OpenResult =
  | { ok: true; db: Db; backupPath: string | null; migratedFrom: number }
  | { ok: false; code: 'NOT_A_DATABASE' | 'TOO_NEW' | 'CANNOT_OPEN' | 'MIGRATION_FAILED'; message: string };

export interface OpenOptions {
  migrations?: readonly Migration[];
  /** Where the pre-migration copy goes; defaults to `backups/` beside the file. */
  backupDir?: string;
  now?: () => Date;
}

function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a killed process; only a power cut may lose the last commits.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
}

/**
 * Reads the schema version without writing anything: opening read-only means a damaged or
 * foreign file, or one from a newer Carnet, is reported and left exactly as it was.
 */
function probe(
  file: string,
): { ok: true; version: number } | { ok: false; reason: 'NOT_A_DATABASE' | string } {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true }) as number;
    db.prepare('SELECT count(*) FROM sqlite_schema').get();
    return { ok: true, version };
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return { ok: false, reason: 'NOT_A_DATABASE' };
    return { ok: false, reason: (error as Error).message };
  } finally {
    db?.close();
  }
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens (creating if needed) Carnet's database file and brings its schema up to date.
 * A backup copy is written before any pending migration runs on existing data; all pending
 * migrations run in one transaction, so the file is either fully migrated or untouched.
 */
export async function openDatabase(file: string, options: OpenOptions = {}): Promise<OpenResult> {
  const migrations = options.migrations ?? allMigrations;
  const latest = migrations.length === 0 ? 0 : migrations[migrations.length - 1]!.version;
  const now = options.now ?? (() => new Date());
  const display = path.resolve(file);

  let version = 0;
  const exists = fs.existsSync(file) && fs.statSync(file).size > 0;
  if (exists) {
    const probed = probe(file);
    if (!probed.ok) {
      return probed.reason === 'NOT_A_DATABASE'
        ? { ok: false, code: 'NOT_A_DATABASE', message: databaseFr.notADatabase(display) }
        : { ok: false, code: 'CANNOT_OPEN', message: databaseFr.cannotOpen(display, probed.reason) };
    }
    version = probed.version;
    if (version > latest) {
      return { ok: false, code: 'TOO_NEW', message: databaseFr.tooNew(display, version, latest) };
    }
  }

  let db: Db;
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    db = new Database(file);
    applyPragmas(db);
  } catch (error) {
    return {
      ok: false,
      code: 'CANNOT_OPEN',
      message: databaseFr.cannotOpen(display, (error as Error).message),
    };
  }

  const pending = migrations.filter((m) => m.version > version);
  let backupPath: string | null = null;
  if (pending.length > 0 && version > 0) {
    const dir = options.backupDir ?? path.join(path.dirname(path.resolve(file)), 'backups');
    backupPath = path.join(dir, `carnet-schema${version}-avant-migration-${stamp(now())}.sqlite`);
    // Written under a temporary name, so a crash never leaves a half copy that looks whole; and
    // no copy, no migration.
    const partial = `${backupPath}.partiel`;
    try {
      fs.mkdirSync(dir, { recursive: true });
      await db.backup(partial);
      fs.renameSync(partial, backupPath);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      db.close();
      return {
        ok: false,
        code: 'CANNOT_OPEN',
        message: databaseFr.backupFailed(display, dir, (error as Error).message),
      };
    }
  }

  let current = version;
  try {
    db.transaction(() => {
      for (const m of pending) {
        current = m.version;
        m.up(db);
      }
      db.pragma(`user_version = ${latest}`);
    })();
  } catch (error) {
    db.close();
    return {
      ok: false,
      code: 'MIGRATION_FAILED',
      message: databaseFr.migrationFailed(display, current, (error as Error).message),
    };
  }
  return { ok: true, db, backupPath, migratedFrom: version };
}
