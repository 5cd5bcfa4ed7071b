import fs from 'node:fs';
import path from 'node:path';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';

/** The default folder: `sauvegardes` beside the database, in the data folder. */
export function defaultBackupFolder(dataDir: string): string {
  return path.join(dataDir, 'sauvegardes');
}

/** The folder in use: the setting when there is one, the default otherwise. */
export function backupFolder(setting: string | null, dataDir: string): string {
  return setting ?? defaultBackupFolder(dataDir);
}

/**
 * Why a folder cannot take backups, in French, or null when it can. Writing (and removing) a
 * small file is the only test that holds on network shares, where permission bits say little.
 */
export function folderProblem(folder: string): string | null {
  if (!path.isAbsolute(folder)) return t.folderNotAbsolute;
  let stat: fs.Stats;
  try {
    stat = fs.statSync(folder);
  } catch {
    return t.folderMissing(folder);
  }
  if (!stat.isDirectory()) return t.folderMissing(folder);
  const probe = path.join(folder, `.carnet-essai-${process.pid}-${Date.now()}`);
  try {
    fs.writeFileSync(probe, 'Carnet');
    fs.rmSync(probe, { force: true });
    return null;
  } catch (error) {
    return t.folderNotWritable(folder, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
}

/**
 * Makes sure backups can be written to `folder`: the default one is created when missing; a
 * folder someone chose must exist (creating a missing network path would hide a share that is
 * not mounted). Returns the problem in French, or null.
 */
export function prepareFolder(folder: string, isDefault: boolean): string | null {
  if (isDefault) {
    try {
      fs.mkdirSync(folder, { recursive: true });
    } catch (error) {
      return t.folderNotWritable(folder, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  }
  return folderProblem(folder);
}
