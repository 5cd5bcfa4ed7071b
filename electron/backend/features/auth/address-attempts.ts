import {
  attemptState,
  ATTEMPT_HORIZON_MS,
  lockAfterFailure,
  type AttemptEvent,
} from '../../../../shared/domain/login-attempts';

/** Beyond this many addresses the oldest are forgotten, so a flood of addresses cannot fill memory. */
const MAX_ADDRESSES = 10_000;

/**
 * Failed logins per network address, in memory. Unlike the per-login count (in the database, so
 * that restarting Carnet does not unlock an account being guessed), this one may be lost on a
 * restart: it only slows down one machine trying many logins, addresses on a LAN change hands
 * (DHCP), and what matters for the audit — each failure and each lock — is written to the
 * audit log anyway. Over IPC there is no address and nothing is counted.
 */
export class AddressAttempts {
  private readonly events = new Map<string, AttemptEvent[]>();

  /** When the lock on this address ends, or null when it may try. */
  lockedUntil(address: string | null, now: Date): Date | null {
    if (!address) return null;
    const until = attemptState(this.recent(address, now.getTime()), now.getTime()).lockedUntil;
    return until === null ? null : new Date(until);
  }

  /** Counts one failure; returns the end of the lock it starts, if it starts one. */
  fail(address: string | null, now: Date): Date | null {
    if (!address) return null;
    const at = now.getTime();
    const recent = this.recent(address, at);
    const until = lockAfterFailure(attemptState(recent, at), at);
    const added: AttemptEvent[] = [{ kind: 'failure', at }];
    if (until !== null) added.unshift({ kind: 'lock', at, until });
    this.events.delete(address); // re-inserted last: the Map's order is the age order
    this.events.set(address, [...added, ...recent]);
    if (this.events.size > MAX_ADDRESSES) this.events.delete(this.events.keys().next().value!);
    return until === null ? null : new Date(until);
  }

  private recent(address: string, now: number): AttemptEvent[] {
    const kept = (this.events.get(address) ?? []).filter((e) => e.at > now - ATTEMPT_HORIZON_MS);
    if (kept.length === 0) this.events.delete(address);
    return kept;
  }
}
