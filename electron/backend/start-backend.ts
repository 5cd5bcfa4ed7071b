import path from 'node:path';
import { createApp, type App } from './app';
import { openDatabase, type Db } from './db/open';
import { ensureBuiltinProgrammes } from './features/programmes/catalogue';

export const DATABASE_FILE = 'carnet.sqlite';

export type BackendStart = { ok: true; app: App; db: Db; dbFile: string } | { ok: false; message: string };

/** Opens the data directory's database and builds the registry on it: shared by desktop and serve mode. */
export async function startBackend(dataDir: string): Promise<BackendStart> {
  const dbFile = path.join(dataDir, DATABASE_FILE);
  const opened = await openDatabase(dbFile);
  if (!opened.ok) return { ok: false, message: opened.message };
  // Built-in programmes (BTS NDRC, BTS NRC) are loaded at first start and on upgrade when missing.
  opened.db.transaction(() => ensureBuiltinProgrammes(opened.db, new Date()))();
  if (opened.backupPath) console.log(`Copie de sauvegarde avant mise à jour : ${opened.backupPath}`);
  return {
    ok: true,
    app: createApp({ db: opened.db, dataDir: path.resolve(dataDir) }),
    db: opened.db,
    dbFile,
  };
}
