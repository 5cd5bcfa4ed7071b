import type { AttemptEvent } from '../../../../shared/domain/login-attempts';
import type { Db } from '../../db/open';

/**
 * The per-login count lives in the audit log itself: every failure and lock is written there for
 * the journal anyway, so the count survives a restart without a table of its own. The audit log's
 * index on `at` keeps the look-up to the last minutes' entries.
 */
export const LOGIN_ACTIONS = {
  success: 'auth.login',
  failure: 'auth.loginFailed',
  lock: 'auth.locked',
} as const;
export const ADDRESS_LOCK_ACTION = 'auth.addressLocked';

/** The audit target of a login as typed, known account or not. */
export const loginTarget = (login: string): string => `login:${login}`;

interface Row {
  action: string;
  at: string;
  details: string | null;
}

function lockEnd(details: string | null): number {
  try {
    const until = (JSON.parse(details ?? '{}') as { until?: unknown }).until;
    return typeof until === 'string' ? Date.parse(until) : 0;
  } catch {
    return 0;
  }
}

/** The events of one login since `since`, newest first. */
export function loginEvents(db: Db, login: string, since: Date): AttemptEvent[] {
  const rows = db
    .prepare(
      `SELECT action, at, details FROM audit_log
        WHERE at > ? AND target = ? AND action IN (?, ?, ?)
        ORDER BY at DESC, id DESC`,
    )
    .all(
      since.toISOString(),
      loginTarget(login),
      LOGIN_ACTIONS.success,
      LOGIN_ACTIONS.failure,
      LOGIN_ACTIONS.lock,
    ) as Row[];
  return rows.map((row): AttemptEvent => {
    const at = Date.parse(row.at);
    if (row.action === LOGIN_ACTIONS.lock) return { kind: 'lock', at, until: lockEnd(row.details) };
    return { kind: row.action === LOGIN_ACTIONS.success ? 'success' : 'failure', at };
  });
}
