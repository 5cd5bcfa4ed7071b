import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';

export interface SessionRow {
  user_id: number;
  last_seen_at: number;
}

const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Touching a session on every call would write on every read; once a minute is precise enough. */
const TOUCH_INTERVAL_MS = 60_000;

export function createSession(db: Db, userId: number, now: Date): string {
  const token = randomBytes(32).toString('base64url');
  const at = now.getTime();
  db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at) VALUES (?, ?, ?, ?)').run(
    hashToken(token),
    userId,
    at,
    at,
  );
  return token;
}

export type SessionLookup = { kind: 'none' } | { kind: 'expired' } | { kind: 'valid'; userId: number };

/** Finds the session behind a token, forgetting it when it has been idle longer than allowed. */
export function lookupSession(db: Db, token: string, now: Date, timeoutHours: number): SessionLookup {
  const key = hashToken(token);
  const row = db.prepare('SELECT user_id, last_seen_at FROM sessions WHERE token_hash = ?').get(key) as
    SessionRow | undefined;
  if (!row) return { kind: 'none' };
  const idle = now.getTime() - row.last_seen_at;
  if (idle > timeoutHours * 3_600_000) {
    db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(key);
    return { kind: 'expired' };
  }
  if (idle > TOUCH_INTERVAL_MS) {
    db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?').run(now.getTime(), key);
  }
  return { kind: 'valid', userId: row.user_id };
}

export function deleteSession(db: Db, token: string): void {
  db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(hashToken(token));
}

export function deleteSessionsOfUser(db: Db, userId: number, exceptToken?: string): void {
  if (exceptToken) {
    db.prepare('DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?').run(
      userId,
      hashToken(exceptToken),
    );
  } else {
    db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
  }
}
