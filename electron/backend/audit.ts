import type { Db } from './db/open';

/** Appends to the audit log who did what to which record; written in the caller's transaction. */
export function audit(
  db: Db,
  entry: { at: Date; userId: number | null; action: string; target?: string; details?: unknown },
): void {
  db.prepare('INSERT INTO audit_log (at, user_id, action, target, details) VALUES (?, ?, ?, ?, ?)').run(
    entry.at.toISOString(),
    entry.userId,
    entry.action,
    entry.target ?? null,
    entry.details === undefined ? null : JSON.stringify(entry.details),
  );
}

/** The audit entry of a handler's write: who (the signed-in user), when (the call's time), what. */
export function auditCall(
  ctx: { db: Db; now: Date; user: { id: number } | null },
  action: string,
  target: string,
  details?: unknown,
): void {
  audit(ctx.db, { at: ctx.now, userId: ctx.user?.id ?? null, action, target, details });
}
