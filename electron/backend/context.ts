import type { Db } from './db/open';
import type { User } from '../../shared/api/auth';

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
}

export function requireUser(ctx: HandlerContext): User {
  if (!ctx.user) throw new Error('handler reached without a user although its method is not public');
  return ctx.user;
}
