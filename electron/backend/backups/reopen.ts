import Database from 'better-sqlite3';
import fs from 'node:fs';
import { openDatabase, type OpenResult } from '../db/open';
import { ensureBuiltinProgrammes } from '../features/programmes/catalogue';
import { backupFolder, defaultBackupFolder, folderProblem } from './folder';

/**
 * Opens Carnet's database file as the app uses it: migrated (a copy first, in the backup
 * folder), with the built-in programmes present. Used at start and after a restore.
 */
export async function openDataFile(file: string, backupDir: string): Promise<OpenResult> {
  const opened = await openDatabase(file, { backupDir });
  if (opened.ok) opened.db.transaction(() => ensureBuiltinProgrammes(opened.db, new Date()))();
  return opened;
}

/**
 * The backup folder of a database not yet opened (its pre-migration copy must go somewhere
 * before the settings can be read the usual way): read without writing anything. A chosen
 * folder that is unreachable right now gives way to the default one, so a share that is not
 * mounted never keeps Carnet from starting.
 */
export function backupFolderBeforeOpen(file: string, dataDir: string): string {
  let setting: string | null = null;
  if (fs.existsSync(file)) {
    let db: Database.Database | undefined;
    try {
      db = new Database(file, { readonly: true, fileMustExist: true });
      const row = db.prepare("SELECT value FROM settings WHERE key = 'backups'").get() as
        { value: string } | undefined;
      const folder = row ? (JSON.parse(row.value) as { folder?: unknown }).folder : null;
      setting = typeof folder === 'string' && folder !== '' ? folder : null;
    } catch {
      // No settings table yet, or a file openDatabase will refuse with its own message.
    } finally {
      db?.close();
    }
  }
  const folder = backupFolder(setting, dataDir);
  return setting && folderProblem(folder) ? defaultBackupFolder(dataDir) : folder;
}
