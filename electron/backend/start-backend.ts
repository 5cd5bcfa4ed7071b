import path from 'node:path';
import { createApp, type App } from './app';
import { openDatabase, type Db } from './db/open';

export const DATABASE_FILE = 'carnet.sqlite';

export type BackendStart = { ok: true; app: App; db: Db; dbFile: string } | { ok: false; message: string };

/** Opens the data directory's database and builds the registry on it: shared by desktop and serve mode. */
export async function startBackend(dataDir: string): Promise<BackendStart> {
  const dbFile = path.join(dataDir, DATABASE_FILE);
  const opened = await openDatabase(dbFile);
  if (!opened.ok) return { ok: false, message: opened.message };
  if (opened.backupPath) console.log(`Copie de sauvegarde avant mise à jour : ${opened.backupPath}`);
  return {
    ok: true,
    app: createApp({ db: opened.db, dataDir: path.resolve(dataDir) }),
    db: opened.db,
    dbFile,
  };
}
