import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { User } from '../../../shared/api/auth';
import type { Backup, BackupList, RestoreResult } from '../../../shared/api/backups';
import type { ParsedInput } from '../../../shared/api/index';
import { backupsFr as t } from '../../../shared/i18n/fr/backups';
import { formatDateTime } from '../../../shared/format/fr';
import type { LiveDatabase } from '../db/live';
import type { Db, OpenResult } from '../db/open';
import { AppError } from '../errors';
import { readSettings } from '../features/settings/repository';
import { discardCandidate, prepareCandidate, STAGING_SUFFIX, type RestoreCandidate } from './candidate';
import { listBackups, rotate, writeCopy } from './copy';
import { backupFolder, prepareFolder } from './folder';
import { parseBackupName } from './names';
import { openDataFile } from './reopen';
import { swapIn } from './restore';

export interface BackupsOptions {
  /** The live database file. */
  dbFile: string;
  /** The data folder, home of the default backup folder. */
  dataDir: string;
  /** How a restored file is opened; by default as at start (migrated, built-in programmes). */
  reopen?: (file: string, backupDir: string) => Promise<OpenResult>;
  /** Where failed automatic backups are reported besides the list (the console by default). */
  log?: (message: string) => void;
}

type Automatic = 'start' | 'daily';

function isDirectory(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
const DAY_MS = 24 * 3_600_000;

/**
 * Backups of one running Carnet: copies on request and on schedule, rotation, and the restore.
 * A copy runs on the live connection without a transaction of ours (SQLite's online backup is
 * consistent on its own); automatic ones take their turn as a use of the live database so they
 * never meet a restore halfway.
 */
export class Backups {
  private lastFailure: { at: string; message: string } | null = null;
  private automaticRunning = false;

  constructor(
    private readonly live: LiveDatabase,
    private readonly now: () => Date,
    private readonly options: BackupsOptions,
  ) {}

  /** The folder in use, and whether it is the default (which Carnet creates when missing). */
  private where(db: Db): { folder: string; isDefault: boolean; keepDaily: number; keepWeekly: number } {
    const { backups } = readSettings(db);
    return {
      folder: backupFolder(backups.folder, this.options.dataDir),
      isDefault: backups.folder === null,
      keepDaily: backups.keepDaily,
      keepWeekly: backups.keepWeekly,
    };
  }

  /** The backups of the folder; a folder that cannot be read is said, not refused, so it can be changed. */
  list(db: Db): BackupList {
    const { folder, isDefault } = this.where(db);
    const lastFailure = this.lastFailure;
    // The default folder appears with the first copy; a chosen one must be there.
    if (!isDefault && !isDirectory(folder)) {
      return { folder, items: [], folderProblem: t.folderMissing(folder), lastFailure };
    }
    try {
      return { folder, items: listBackups(folder), folderProblem: null, lastFailure };
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      return { folder, items: [], folderProblem: t.folderNotWritable(folder, reason), lastFailure };
    }
  }

  /**
   * A copy now, from inside a call (manual, before an import): the call already holds the live
   * connection, so it is used as is. Refused in French when the folder cannot take it.
   */
  async snapshot(kind: 'manual' | 'pre-import'): Promise<Backup> {
    return this.copy(this.live.db, kind);
  }

  private async copy(db: Db, kind: 'manual' | 'pre-import' | Automatic): Promise<Backup> {
    const where = this.where(db);
    const problem = prepareFolder(where.folder, where.isDefault);
    if (problem) throw new AppError('UNAVAILABLE', problem);
    let backup: Backup;
    try {
      backup = await writeCopy(db, where.folder, kind, this.now());
    } catch (error) {
      throw new AppError('UNAVAILABLE', t.backupFailed(where.folder, (error as Error).message));
    }
    if (kind !== 'manual') rotate(where.folder, where.keepDaily, where.keepWeekly);
    return backup;
  }

  /**
   * An automatic copy (at start, daily), outside any call. A failure does not stop Carnet: it is
   * logged and shown on the backups screen until a later automatic copy succeeds.
   */
  async automatic(kind: Automatic): Promise<Backup | null> {
    if (this.automaticRunning) return null;
    this.automaticRunning = true;
    try {
      const backup = await this.live.use((db) => this.copy(db, kind));
      this.lastFailure = null;
      return backup;
    } catch (error) {
      const message = (error as Error).message;
      this.lastFailure = { at: this.now().toISOString(), message };
      (this.options.log ?? console.error)(
        `[carnet] sauvegarde automatique (${formatDateTime(this.now())}) : ${message}`,
      );
      return null;
    } finally {
      this.automaticRunning = false;
    }
  }

  /** The daily copy, when the newest automatic one (at start or daily) is a day old or more. */
  async dailyIfDue(): Promise<Backup | null> {
    // During a restore the next hourly check decides, on the restored base's settings.
    if (this.live.replacing) return null;
    let newest: Backup | undefined;
    try {
      newest = listBackups(this.where(this.live.db).folder).find(
        (b) => b.kind === 'start' || b.kind === 'daily',
      );
    } catch {
      newest = undefined; // an unreadable folder: the copy below fails and says so
    }
    if (newest && this.now().getTime() - Date.parse(newest.date) < DAY_MS) return null;
    return this.automatic('daily');
  }

  /** Checks the chosen file into a staging copy (restore's `before` stage): see candidate.ts. */
  prepareRestore(source: ParsedInput<'backups.restore'>): RestoreCandidate {
    // Its own name per restore: two restores asked at once must not share their checked copy.
    const staging = `${this.options.dbFile}${STAGING_SUFFIX}-${randomBytes(6).toString('hex')}`;
    if ('file' in source) {
      const folder = this.where(this.live.db).folder;
      const known =
        parseBackupName(source.file) !== null && listBackups(folder).some((b) => b.file === source.file);
      if (!known) throw new AppError('NOT_FOUND', t.unknownFile(source.file));
      return prepareCandidate({ path: path.join(folder, source.file) }, source.file, staging);
    }
    const bytes = Buffer.from(source.upload.contentBase64, 'base64');
    return prepareCandidate({ bytes }, source.upload.fileName, staging);
  }

  /** Puts a checked candidate in place (restore's `after` stage): see restore.ts. */
  async restore(candidate: RestoreCandidate, user: User | null): Promise<RestoreResult> {
    const { folder, isDefault } = this.where(this.live.db);
    const problem = prepareFolder(folder, isDefault);
    if (problem) {
      discardCandidate(candidate.staging);
      throw new AppError('UNAVAILABLE', t.preRestoreFailed(problem));
    }
    const reopen = this.options.reopen ?? openDataFile;
    return swapIn(this.live, candidate, {
      dbFile: this.options.dbFile,
      folder,
      now: this.now(),
      user,
      reopen: (file) => reopen(file, folder),
    });
  }
}

/** The factory AppOptions.backups expects, for a database file in a data folder. */
export function backupsOf(options: BackupsOptions): (live: LiveDatabase, now: () => Date) => Backups {
  return (live, now) => new Backups(live, now, options);
}
