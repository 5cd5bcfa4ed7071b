import { rmSync } from 'node:fs';
import path from 'node:path';
import { createApp, type Registry } from '../../electron/backend/app';
import { openDataFile } from '../../electron/backend/backups/reopen';
import { backupsOf } from '../../electron/backend/backups/service';
import type { Db } from '../../electron/backend/db/open';
import { tempDir } from './backend';

export interface BackupBackend {
  dir: string;
  file: string;
  /** The default backup folder, `sauvegardes` in the data folder. */
  folder: string;
  app: Registry;
  /** The live connection: after a restore, the new one. */
  readonly db: Db;
  clock: { now: Date };
  errors: unknown[];
  close(): void;
}

/** A real database file and the registry with its backups, as start-backend builds them (no timer). */
export async function backupBackend(): Promise<BackupBackend> {
  const dir = tempDir('carnet-backups-');
  const file = path.join(dir, 'carnet.sqlite');
  const folder = path.join(dir, 'sauvegardes');
  const opened = await openDataFile(file, folder);
  if (!opened.ok) throw new Error(opened.message);
  const clock = { now: new Date('2026-03-02T08:15:00Z') };
  const errors: unknown[] = [];
  const app = createApp({
    db: opened.db,
    dataDir: dir,
    now: () => clock.now,
    logError: (_method, error) => errors.push(error),
    backups: backupsOf({ dbFile: file, dataDir: dir, log: (message) => errors.push(message) }),
  });
  return {
    dir,
    file,
    folder,
    app,
    get db() {
      return app.live.db;
    },
    clock,
    errors,
    close() {
      app.live.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
