import fs from 'node:fs';
import path from 'node:path';
import { createApp, type Registry } from './app';
import { discardStaleCandidates } from './backups/candidate';
import { backupFolderBeforeOpen, openDataFile } from './backups/reopen';
import { startBackupSchedule } from './backups/schedule';
import { backupsOf } from './backups/service';
import { LiveDatabase } from './db/live';

export const DATABASE_FILE = 'carnet.sqlite';

export type BackendStart =
  | {
      ok: true;
      app: Registry;
      dbFile: string;
      /** Stops the backup timer and closes the database (the connection of the moment: a restore replaces it). */
      close(): void;
    }
  | { ok: false; message: string };

/**
 * Opens the data directory's database and builds the registry on it: shared by desktop and serve
 * mode. Backups start here: a copy at start, then daily while the process runs.
 */
export async function startBackend(dataDir: string): Promise<BackendStart> {
  const dbFile = path.join(dataDir, DATABASE_FILE);
  // A restore interrupted by a crash may have left its checked copy: it was never put in place.
  if (fs.existsSync(dataDir)) discardStaleCandidates(dbFile);
  const opened = await openDataFile(dbFile, backupFolderBeforeOpen(dbFile, dataDir));
  if (!opened.ok) return { ok: false, message: opened.message };
  if (opened.backupPath) console.log(`Copie de sauvegarde avant mise à jour : ${opened.backupPath}`);
  const live = new LiveDatabase(opened.db);
  const app = createApp({
    db: live,
    dataDir: path.resolve(dataDir),
    backups: backupsOf({ dbFile, dataDir: path.resolve(dataDir) }),
  });
  const stopSchedule = startBackupSchedule(app.backups!);
  return {
    ok: true,
    app,
    dbFile,
    close() {
      stopSchedule();
      live.close();
    },
  };
}
