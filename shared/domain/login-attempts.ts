/**
 * Slowing down password guessing: after 5 failed logins within 15 minutes, on one login or from
 * one network address, further attempts are refused for 15 minutes without even checking the
 * password. A successful login clears its login's count (never an address's: an attacker holding
 * one valid account must not be able to reset the count of the address they guess from).
 * Attempts refused during a lock are not counted, so a lock ends when it says it ends.
 */
export const LOGIN_LIMIT = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 } as const;

/** What happened to one login or address, times in milliseconds since the epoch. */
export type AttemptEvent =
  | { kind: 'success'; at: number }
  | { kind: 'failure'; at: number }
  | { kind: 'lock'; at: number; until: number };

export interface AttemptState {
  /** When the lock in force ends; null when attempts are allowed. */
  lockedUntil: number | null;
  /** Failures that count toward the next lock. */
  failures: number;
}

/** How far back the events that matter go. */
export const ATTEMPT_HORIZON_MS = Math.max(LOGIN_LIMIT.windowMs, LOGIN_LIMIT.lockMs);

/**
 * The state from the events, newest first. Counting stops at a success, at a lock that has
 * ended, and at the window's edge.
 */
export function attemptState(newestFirst: readonly AttemptEvent[], now: number): AttemptState {
  let failures = 0;
  for (const event of newestFirst) {
    if (event.kind === 'lock') {
      if (event.until > now) return { lockedUntil: event.until, failures };
      break;
    }
    if (event.kind === 'success') break;
    if (event.at <= now - LOGIN_LIMIT.windowMs) break;
    failures++;
  }
  return { lockedUntil: null, failures };
}

/** After one more failure: the lock it starts (its end), or null when attempts remain. */
export function lockAfterFailure(state: AttemptState, now: number): number | null {
  return state.failures + 1 >= LOGIN_LIMIT.maxFailures ? now + LOGIN_LIMIT.lockMs : null;
}
