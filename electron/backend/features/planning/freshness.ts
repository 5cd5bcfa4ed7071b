import { concurrencyFr as t } from '../../../../shared/i18n/fr/concurrency';
import { lastChange } from '../../concurrency/last-change-repository';
import { assertFresh } from '../../concurrency/version';
import type { HandlerContext } from '../../context';
import { findSessionView, sessionVersion } from './repository';

/**
 * Refuses an edit or a deletion made from a stale read of a session: someone saved it after
 * the caller read it. The message shows the session as it now is and who changed it.
 */
export function assertSessionFresh(
  ctx: HandlerContext,
  id: number,
  expected: string | undefined,
  kind: 'save' | 'delete',
): void {
  const current = sessionVersion(ctx.db, id);
  if (current === null) return; // the caller reports a missing session
  assertFresh(current, expected, () => {
    const now = t.sessionNow(findSessionView(ctx.db, id)!);
    const last = lastChange(ctx.db, `session:${id}`);
    return kind === 'delete' ? t.staleDelete(t.sessionWhat, last, now) : t.stale(t.sessionWhat, last, now);
  });
}
