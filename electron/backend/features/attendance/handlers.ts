import { addDays } from '../../../../shared/domain/calendar/dates';
import type { Slot, SlotSettings } from '../../../../shared/domain/calendar/half-days';
import { pendingSince } from '../../../../shared/domain/attendance/timing';
import { attendanceFr as t } from '../../../../shared/i18n/fr/attendance';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { requireUser } from '../../context';
import { conflict, notFound } from '../../errors';
import { readFile, toDownload } from '../../files/stored-files';
import type { HandlersOf } from '../../handlers';
import { isoDay } from '../cohorts/dates';
import { readSettings } from '../settings/repository';
import { loadFacts, visibleTrainer } from './access';
import { recordEntries } from './record';
import { reopenSheet } from './repository';
import { pendingSessions, sessionsOn } from './sessions-repository';
import { freshSheet, sheetView, toSummary } from './sheet-view';
import { attachScan, closeSheetCall, signLearner } from './signing';

/** The pending list stops there: beyond, the dashboard's count says enough. */
const PENDING_LIMIT = 200;

/** Per slot, the latest date whose session is pending now (24 h after its end): a bound SQL can use. */
function lastPendingDays(now: Date, slots: SlotSettings): Record<Slot, string> {
  const lastDay = (end: string) => {
    let day = addDays(isoDay(now), -1);
    while (!pendingSince(now, day, end)) day = addDays(day, -1);
    return day;
  };
  return {
    morning: lastDay(slots.morning.end),
    afternoon: lastDay(slots.afternoon.end),
    evening: lastDay(slots.evening.end),
  };
}

function reopen(ctx: HandlerContext, sessionId: number, reason: string): void {
  const { session, sheet } = loadFacts(ctx, sessionId);
  if (session.archived) throw conflict(cohortRulesFr.archived(session.cohortName));
  if (sheet?.status !== 'closed') throw conflict(t.notClosed);
  reopenSheet(ctx.db, sessionId, reason, requireUser(ctx).id, ctx.now);
  auditCall(ctx, 'attendance.reopen', `session:${sessionId}`, {
    reason,
    closedBy: sheet.closedBy,
    closedAt: sheet.closedAt,
  });
}

export const attendanceHandlers: HandlersOf<
  | 'attendance.sessions'
  | 'attendance.pending'
  | 'attendance.sheet'
  | 'attendance.record'
  | 'attendance.signLearner'
  | 'attendance.close'
  | 'attendance.reopen'
  | 'attendance.attachScan'
  | 'attendance.scan'
> = {
  'attendance.sessions': ({ date, trainerId }, ctx) => {
    const seen = visibleTrainer(ctx, trainerId);
    if (seen.none) return [];
    const { slots } = readSettings(ctx.db);
    return sessionsOn(ctx.db, date ?? isoDay(ctx.now), seen.trainerId).map((row) => toSummary(row, slots));
  },

  'attendance.pending': (_input, ctx) => {
    const seen = visibleTrainer(ctx, undefined);
    if (seen.none) return [];
    const { slots } = readSettings(ctx.db);
    return pendingSessions(ctx.db, lastPendingDays(ctx.now, slots), seen.trainerId, PENDING_LIMIT).map(
      (row) => toSummary(row, slots),
    );
  },

  'attendance.sheet': ({ sessionId }, ctx) => sheetView(ctx, loadFacts(ctx, sessionId)),

  'attendance.record': (input, ctx) => {
    recordEntries(ctx, input);
    return freshSheet(ctx, input.sessionId);
  },

  'attendance.signLearner': (input, ctx) => {
    signLearner(ctx, input);
    return freshSheet(ctx, input.sessionId);
  },

  'attendance.close': (input, ctx) => {
    closeSheetCall(ctx, input);
    return freshSheet(ctx, input.sessionId);
  },

  'attendance.reopen': ({ sessionId, reason }, ctx) => {
    reopen(ctx, sessionId, reason);
    return freshSheet(ctx, sessionId);
  },

  'attendance.attachScan': (input, ctx) => {
    attachScan(ctx, input);
    return freshSheet(ctx, input.sessionId);
  },

  'attendance.scan': ({ sessionId }, ctx) => {
    const { sheet } = loadFacts(ctx, sessionId);
    const file = sheet?.scanFileId ? readFile(ctx.db, sheet.scanFileId) : null;
    if (!file) throw notFound(t.noScan);
    return toDownload(file);
  },
};
