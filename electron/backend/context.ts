import type { Db } from './db/open';
import type { User } from '../../shared/api/auth';
import type { Backups } from './backups/service';
import type { DocumentJobs } from './documents/jobs';
import type { AddressAttempts } from './features/auth/address-attempts';

/** What a handler receives beside its input. */
export interface HandlerContext {
  db: Db;
  /** The signed-in user; null only in `public` methods. */
  user: User | null;
  now: Date;
  /** Opens a session for this user on the calling transport (login, setup). */
  startSession(userId: number): void;
  /** Closes the calling transport's session (logout). */
  endSession(): void;
  /** Where the data lives, for the settings screen; null when unknown (tests). */
  dataDir: string | null;
  /** The caller's network address over HTTP; null over IPC (the desktop window). */
  address: string | null;
  /** Failed logins per network address, kept in memory by the registry (see address-attempts.ts). */
  addressAttempts: AddressAttempts;
}

/**
 * What the asynchronous stages of a staged handler (`before`, `after`) receive. No database
 * handle: they run outside the call's transaction. Backups are the exception by design, since
 * SQLite's online backup reads a consistent copy without a transaction of ours.
 */
export interface StageContext {
  user: User | null;
  now: Date;
  /** Backups of the live database; null when the registry runs without a database file. */
  backups: Backups | null;
  /** Batches of issued documents rendering in memory (documents/jobs.ts), one set per registry. */
  jobs: DocumentJobs;
}

export function requireUser(ctx: { user: User | null }): User {
  if (!ctx.user) throw new Error('handler reached without a user although its method is not public');
  return ctx.user;
}
