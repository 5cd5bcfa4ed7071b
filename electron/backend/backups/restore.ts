import fs from 'node:fs';
import path from 'node:path';
import type { User } from '../../../shared/api/auth';
import type { RestoreResult } from '../../../shared/api/backups';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';
import { audit } from '../audit';
import type { LiveDatabase } from '../db/live';
import type { Db, OpenResult } from '../db/open';
import { AppError } from '../errors';
import { discardCandidate, type RestoreCandidate } from './candidate';
import { writeCopy } from './copy';

export interface SwapOptions {
  dbFile: string;
  folder: string;
  now: Date;
  user: User | null;
  reopen(file: string): Promise<OpenResult>;
}

const SIDECARS = ['-wal', '-shm', '-journal'];

/** What the restored database keeps of the restore: who, from what, and no session of its own. */
function recordRestore(
  db: Db,
  candidate: RestoreCandidate,
  preRestore: string,
  options: SwapOptions,
  from: number,
) {
  const { user, now } = options;
  db.transaction(() => {
    // Sessions of the restored file are those of the day it was copied: nobody gets them back.
    db.prepare('DELETE FROM sessions').run();
    // The user's id in the restored file may be someone else's, or nobody's.
    const sameUser =
      user !== null &&
      db.prepare('SELECT 1 FROM users WHERE id = ? AND login = ?').get(user.id, user.login) !== undefined;
    audit(db, {
      at: now,
      userId: sameUser ? user.id : null,
      action: 'backups.restore',
      target: `backup:${candidate.name}`,
      details: { by: user?.login ?? null, preRestore, migratedFrom: from },
    });
  })();
}

/**
 * Puts a checked candidate in place of the live database. Runs from the restore call's `after`
 * stage through LiveDatabase.replaceFromUse, so by the time the file changes no other call is
 * running and new ones wait. In order: a 'pre-restore' copy of the live database (if it cannot be
 * written nothing else happens), close, rename the candidate over the file (one atomic step, so a
 * crash leaves either file whole), open it (older schemas are migrated). Should that open fail,
 * the pre-restore copy goes back in place and the refusal says so.
 */
export async function swapIn(
  live: LiveDatabase,
  candidate: RestoreCandidate,
  options: SwapOptions,
): Promise<RestoreResult> {
  let outcome: RestoreResult | AppError | null = null;
  const replaced = await live.replaceFromUse(async (old) => {
    let preRestore: string;
    try {
      preRestore = (await writeCopy(old, options.folder, 'pre-restore', options.now)).file;
    } catch (error) {
      outcome = new AppError('UNAVAILABLE', t.preRestoreFailed((error as Error).message));
      return old;
    }
    old.close();
    try {
      for (const sidecar of SIDECARS) fs.rmSync(options.dbFile + sidecar, { force: true });
      fs.renameSync(candidate.staging, options.dbFile);
    } catch (error) {
      // The live file was not replaced (a file lock, say): it opens again as it was.
      const again = await options.reopen(options.dbFile);
      if (!again.ok) throw new Error(`restore could not reopen the live file: ${again.message}`);
      outcome = new AppError('UNAVAILABLE', t.replaceFailed((error as Error).message));
      return again.db;
    }

    const opened = await options.reopen(options.dbFile);
    if (opened.ok) {
      recordRestore(opened.db, candidate, preRestore, options, opened.migratedFrom);
      outcome = {
        restoredFrom: candidate.name,
        preRestoreFile: preRestore,
        migratedFrom: opened.migratedFrom,
        schemaVersion: opened.db.pragma('user_version', { simple: true }) as number,
      };
      return opened.db;
    }
    for (const sidecar of SIDECARS) fs.rmSync(options.dbFile + sidecar, { force: true });
    fs.copyFileSync(path.join(options.folder, preRestore), options.dbFile);
    const back = await options.reopen(options.dbFile);
    if (!back.ok) throw new Error(`restore rollback failed: ${back.message}`);
    outcome = new AppError('UNAVAILABLE', t.reopenFailed(opened.message, preRestore));
    return back.db;
  });
  discardCandidate(candidate.staging);
  if (!replaced) throw new AppError('CONFLICT', t.restoreBusy);
  const done = outcome as RestoreResult | AppError | null;
  if (done instanceof AppError) throw done;
  if (!done) throw new Error('restore finished without an outcome');
  return done;
}
