import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';
import { LATEST_SCHEMA_VERSION } from '../db/migrations/index';
import { AppError } from '../errors';

/** A file checked and ready to take the live database's place. */
export interface RestoreCandidate {
  /** Beside the live database (same disk, so putting it in place is one rename). */
  staging: string;
  /** What the person chose: a backup's name or the uploaded file's. */
  name: string;
  schemaVersion: number;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');
/** Tables every Carnet database has had since schema 1. */
const CARNET_TABLES = ['users', 'sessions', 'settings', 'audit_log'];

function readHeader(file: string): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(16);
    fs.readSync(fd, header, 0, 16, 0);
    return header;
  } finally {
    fs.closeSync(fd);
  }
}

function refuse(message: string): AppError {
  return new AppError('INVALID_INPUT', message);
}

/** Throws the French refusal when the file cannot be restored; reads and may rewrite only `file`. */
function check(file: string, name: string): number {
  if (fs.statSync(file).size < 512 || !readHeader(file).equals(SQLITE_HEADER))
    throw refuse(t.notSqlite(name));
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { fileMustExist: true });
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
      (r) => r.integrity_check,
    );
    if (problems.length !== 1 || problems[0] !== 'ok')
      throw refuse(t.corrupt(name, problems.slice(0, 3).join(' ; ')));
    const version = db.pragma('user_version', { simple: true }) as number;
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    if (version < 1 || !CARNET_TABLES.every((table) => tables.has(table))) throw refuse(t.foreign(name));
    if (version > LATEST_SCHEMA_VERSION) throw refuse(t.tooNew(name, version, LATEST_SCHEMA_VERSION));
    // One self-contained file, with no journal of its own to be confused with the live one's.
    db.pragma('journal_mode = DELETE');
    return version;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') throw refuse(t.notSqlite(name));
    throw refuse(t.corrupt(name, (error as Error).message));
  } finally {
    db?.close();
  }
}

/**
 * Copies the chosen file to `staging` and checks the copy: SQLite file, `PRAGMA integrity_check`,
 * a Carnet schema no newer than this version. Only the copy is ever opened, so neither the chosen
 * backup nor the live database changes, whatever the verdict; a refused copy is removed.
 */
export function prepareCandidate(
  source: { path: string } | { bytes: Buffer },
  name: string,
  staging: string,
): RestoreCandidate {
  fs.rmSync(staging, { force: true });
  for (const sidecar of ['-wal', '-shm', '-journal']) fs.rmSync(staging + sidecar, { force: true });
  try {
    if ('path' in source) fs.copyFileSync(source.path, staging);
    else fs.writeFileSync(staging, source.bytes);
    return { staging, name, schemaVersion: check(staging, name) };
  } catch (error) {
    discardCandidate(staging);
    throw error;
  }
}

export function discardCandidate(staging: string): void {
  for (const suffix of ['', '-wal', '-shm', '-journal']) fs.rmSync(staging + suffix, { force: true });
}

/** Checked copies are named `<database file>.restauration-<random>`. */
export const STAGING_SUFFIX = '.restauration';

/** Removes checked copies a crash left behind (never put in place: the rename did not happen). */
export function discardStaleCandidates(dbFile: string): void {
  const dir = path.dirname(dbFile);
  const prefix = path.basename(dbFile) + STAGING_SUFFIX;
  for (const name of fs.readdirSync(dir)) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(dir, name), { force: true });
  }
}
