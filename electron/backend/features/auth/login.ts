import type { ParsedInput } from '../../../../shared/api/index';
import type { User } from '../../../../shared/api/auth';
import { ATTEMPT_HORIZON_MS, attemptState, lockAfterFailure } from '../../../../shared/domain/login-attempts';
import { authFr } from '../../../../shared/i18n/fr/auth';
import { audit } from '../../audit';
import type { HandlerContext } from '../../context';
import { findUserWithHash, recordLogin } from '../users/repository';
import { ADDRESS_LOCK_ACTION, LOGIN_ACTIONS, loginEvents, loginTarget } from './attempts-repository';
import { DUMMY_HASH, verifyPassword } from './passwords';

/** What the transaction decided; a refusal is turned into an error only after it has committed. */
export type LoginOutcome = { ok: true; user: User } | { ok: false; message: string };

/** "14 h 32", in the local time of the machine that serves Carnet (the centre's). */
export function clockTime(date: Date): string {
  return `${date.getHours()} h ${String(date.getMinutes()).padStart(2, '0')}`;
}

const locked = (until: Date): LoginOutcome => ({
  ok: false,
  message: authFr.tooManyAttempts(clockTime(until)),
});

/**
 * Checks a login inside the call's transaction and records what happened in the audit log.
 * It never throws for a wrong password: throwing would roll back the very entries that count
 * failures. The handler's `after` stage turns a refusal into the error the caller sees.
 */
export function attemptLogin(input: ParsedInput<'auth.login'>, ctx: HandlerContext): LoginOutcome {
  const { db, now, address } = ctx;
  const at = now.getTime();
  const target = loginTarget(input.login);

  const addressLock = ctx.addressAttempts.lockedUntil(address, now);
  if (addressLock) return locked(addressLock);
  const state = attemptState(loginEvents(db, input.login, new Date(at - ATTEMPT_HORIZON_MS)), at);
  if (state.lockedUntil !== null) return locked(new Date(state.lockedUntil));

  const found = findUserWithHash(db, { login: input.login });
  // Verified even for an unknown login, so that a wrong login costs as long as a wrong password.
  const passwordOk = verifyPassword(input.password, found?.passwordHash ?? DUMMY_HASH);
  if (!found || !passwordOk) {
    const userId = found?.user.id ?? null;
    audit(db, {
      at: now,
      userId,
      action: LOGIN_ACTIONS.failure,
      target,
      details: { address, reason: found ? 'password' : 'unknownLogin' },
    });
    const loginUntil = lockAfterFailure(state, at);
    if (loginUntil !== null) {
      const until = new Date(loginUntil).toISOString();
      audit(db, { at: now, userId, action: LOGIN_ACTIONS.lock, target, details: { until, address } });
    }
    const addressUntil = ctx.addressAttempts.fail(address, now);
    if (addressUntil) {
      audit(db, {
        at: now,
        userId: null,
        action: ADDRESS_LOCK_ACTION,
        target: `address:${address}`,
        details: { until: addressUntil.toISOString(), login: input.login },
      });
    }
    const until = Math.max(loginUntil ?? 0, addressUntil?.getTime() ?? 0);
    return until > 0 ? locked(new Date(until)) : { ok: false, message: authFr.wrongCredentials };
  }
  if (found.user.disabled) return { ok: false, message: authFr.disabledAccount };

  audit(db, { at: now, userId: found.user.id, action: LOGIN_ACTIONS.success, target, details: { address } });
  recordLogin(db, found.user.id, now);
  ctx.startSession(found.user.id);
  return { ok: true, user: { ...found.user, lastLoginAt: now.toISOString() } };
}
