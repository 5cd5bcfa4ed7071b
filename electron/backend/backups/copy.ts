import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Backup, BackupKind } from '../../../shared/api/backups';
import { backupsToDelete } from '../../../shared/domain/backup-rotation';
import type { Db } from '../db/open';
import { backupName, isPartialBackup, parseBackupName, PARTIAL_SUFFIX } from './names';

/** The kinds rotation may delete: made by Carnet on its own, and replaced by newer ones. */
const ROTATED: readonly BackupKind[] = ['start', 'daily', 'pre-import'];

/** A partial copy older than this was left by a crash (a live one is minutes old at most). */
const STALE_PARTIAL_MS = 6 * 3_600_000;

/**
 * Writes a consistent copy of the live database with SQLite's online backup (other calls go on
 * meanwhile), under a temporary name until it is complete. The copy is switched out of WAL mode
 * so that it is one self-contained file, readable even from a read-only share.
 */
export async function writeCopy(
  db: Db,
  folder: string,
  kind: Exclude<BackupKind, 'pre-migration'>,
  at: Date,
): Promise<Backup> {
  let when = at;
  // Two copies in the same millisecond would share a name: the second moves on by one.
  while (fs.existsSync(path.join(folder, backupName(kind, when)))) when = new Date(when.getTime() + 1);
  const file = backupName(kind, when);
  const final = path.join(folder, file);
  const partial = final + PARTIAL_SUFFIX;
  try {
    await db.backup(partial);
    const copy = new Database(partial);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.renameSync(partial, final);
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  }
  return { file, date: when.toISOString(), size: fs.statSync(final).size, kind };
}

/** Carnet's backups in the folder, newest first; other files are ignored. */
export function listBackups(folder: string): Backup[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const items: Backup[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    try {
      const stat = fs.statSync(path.join(folder, name));
      if (stat.isFile())
        items.push({ file: name, date: parsed.at.toISOString(), size: stat.size, kind: parsed.kind });
    } catch {
      // Removed meanwhile: not listed.
    }
  }
  return items.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

/** The local calendar day of an instant: rotation keeps "one per day" as the centre counts days. */
function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Deletes the automatic backups the rotation rule lets go (shared/domain/backup-rotation.ts),
 * and partial copies left by a crash. Only names of ours are ever considered. Returns the
 * names deleted.
 */
export function rotate(folder: string, keepDaily: number, keepWeekly: number): string[] {
  const rotated = listBackups(folder)
    .filter((b) => ROTATED.includes(b.kind))
    .map((b) => ({ file: b.file, at: b.date, day: localDay(b.date) }));
  const doomed = backupsToDelete(rotated, keepDaily, keepWeekly);
  const stale = fs
    .readdirSync(folder)
    .filter(isPartialBackup)
    .filter((name) => {
      try {
        // File times are the machine's, whatever clock the registry runs on.
        return Date.now() - fs.statSync(path.join(folder, name)).mtimeMs > STALE_PARTIAL_MS;
      } catch {
        return false;
      }
    });
  const deleted: string[] = [];
  for (const name of [...doomed, ...stale]) {
    try {
      fs.rmSync(path.join(folder, name));
      deleted.push(name);
    } catch {
      // Already gone, or locked by someone reading it: the next rotation tries again.
    }
  }
  return deleted;
}
