import type { User } from '../../../../shared/api/auth';
import type { SlotSettings } from '../../../../shared/domain/calendar/half-days';
import { canRecord } from '../../../../shared/domain/attendance/timing';
import { attendanceFr as t } from '../../../../shared/i18n/fr/attendance';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import type { HandlerContext } from '../../context';
import { requireUser } from '../../context';
import { type AppError, conflict, forbidden, notFound } from '../../errors';
import { readSettings } from '../settings/repository';
import { findSheet, type SheetRow } from './repository';
import { linkedTrainerId, sessionRow, type SessionRow } from './sessions-repository';

/** Everything a call on one sheet reads first: the session, its sheet (null before any record), the slot times. */
export interface SheetFacts {
  session: SessionRow;
  sheet: SheetRow | null;
  slots: SlotSettings;
}

export function loadFacts(ctx: HandlerContext, sessionId: number): SheetFacts {
  const session = sessionRow(ctx.db, sessionId);
  if (!session) throw notFound(t.sessionNotFound);
  return { session, sheet: findSheet(ctx.db, sessionId), slots: readSettings(ctx.db).slots };
}

/**
 * Who may write on a session's sheet: a manager or an administrator any; a trainer only the
 * sessions of the trainer record linked to their account; an adviser none.
 */
function roleRefusal(ctx: HandlerContext, user: User, session: SessionRow): AppError | null {
  if (user.role === 'admin' || user.role === 'manager') return null;
  if (user.role !== 'trainer') return forbidden(t.adviserReadOnly);
  const own = linkedTrainerId(ctx.db, user.id);
  if (own === null) return forbidden(t.noTrainerRecord);
  return session.trainerId === own ? null : forbidden(t.notTheirSession(session.trainerName));
}

/**
 * Why the caller may not write on this sheet now, or null when they may. Checked in this order:
 * the role and the session's trainer, an archived cohort, a closed sheet (unless the write does
 * not touch the roll call, as attaching a scan), then the clock: nothing before the start.
 */
export function writeRefusal(
  ctx: HandlerContext,
  facts: SheetFacts,
  options: { closedAllowed?: boolean } = {},
): AppError | null {
  const { session, sheet, slots } = facts;
  const byRole = roleRefusal(ctx, requireUser(ctx), session);
  if (byRole) return byRole;
  if (session.archived) return conflict(cohortRulesFr.archived(session.cohortName));
  if (sheet?.status === 'closed' && !options.closedAllowed) {
    return conflict(t.closed(sheet.closedBy, sheet.closedAt!));
  }
  const start = slots[session.slot].start;
  if (!canRecord(ctx.now, session.date, start))
    return conflict(t.tooEarly(session.date, session.slot, start));
  return null;
}

/** Throws the refusal, if any: every write on a sheet goes through here first. */
export function assertCanWrite(
  ctx: HandlerContext,
  facts: SheetFacts,
  options: { closedAllowed?: boolean } = {},
): void {
  const refusal = writeRefusal(ctx, facts, options);
  if (refusal) throw refusal;
}

/** The sessions a caller sees in lists: a trainer their own (none without a linked record), others any. */
export function visibleTrainer(
  ctx: HandlerContext,
  requested: number | undefined,
): { trainerId: number | null; none: boolean } {
  const user = requireUser(ctx);
  if (user.role !== 'trainer') return { trainerId: requested ?? null, none: false };
  const own = linkedTrainerId(ctx.db, user.id);
  return { trainerId: own, none: own === null };
}
