import { describe, expect, it } from 'vitest';
import {
  attemptState,
  lockAfterFailure,
  LOGIN_LIMIT,
  type AttemptEvent,
} from '../../shared/domain/login-attempts';

const MIN = 60_000;
const now = 100 * MIN;
const failures = (...minutesAgo: number[]): AttemptEvent[] =>
  minutesAgo.map((m) => ({ kind: 'failure', at: now - m * MIN }));

describe('login attempts', () => {
  it('allows 4 failures, and the 5th locks for 15 minutes', () => {
    const state = attemptState(failures(1, 2, 3, 4), now);
    expect(state).toEqual({ lockedUntil: null, failures: 4 });
    expect(lockAfterFailure(state, now)).toBe(now + LOGIN_LIMIT.lockMs);
    expect(lockAfterFailure(attemptState(failures(1, 2, 3), now), now)).toBeNull();
  });

  it('is locked while a lock lasts, and free once it has ended, counting from zero again', () => {
    const lock: AttemptEvent = { kind: 'lock', at: now - 5 * MIN, until: now + 10 * MIN };
    expect(attemptState([lock, ...failures(5, 6, 7, 8, 9)], now)).toEqual({
      lockedUntil: now + 10 * MIN,
      failures: 0,
    });
    const ended: AttemptEvent = { kind: 'lock', at: now - 16 * MIN, until: now - MIN };
    expect(attemptState([ended, ...failures(16, 17, 18, 19, 20)], now)).toEqual({
      lockedUntil: null,
      failures: 0,
    });
  });

  it('forgets failures older than 15 minutes', () => {
    expect(attemptState(failures(1, 2, 14, 15, 16), now)).toEqual({ lockedUntil: null, failures: 3 });
  });

  it('restarts the count after a successful login', () => {
    const events: AttemptEvent[] = [
      ...failures(1, 2),
      { kind: 'success', at: now - 3 * MIN },
      ...failures(4, 5, 6),
    ];
    expect(attemptState(events, now)).toEqual({ lockedUntil: null, failures: 2 });
  });
});
