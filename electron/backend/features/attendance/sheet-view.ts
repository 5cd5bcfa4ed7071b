import type { AttendanceLine, AttendanceSheet, SessionSummary } from '../../../../shared/api/attendance';
import { lineHours } from '../../../../shared/domain/attendance/hours';
import { slotDurationHours, type SlotSettings } from '../../../../shared/domain/calendar/half-days';
import { attendanceFr as t } from '../../../../shared/i18n/fr/attendance';
import type { HandlerContext } from '../../context';
import { requireUser } from '../../context';
import { loadFacts, writeRefusal, type SheetFacts } from './access';
import { groupMemberships, reopenings, sheetLines, type LineRow } from './repository';
import { sheetRoster, type Person } from '../../../../shared/domain/attendance/roster';
import type { SessionRow } from './sessions-repository';

export function toSummary(row: SessionRow, slots: SlotSettings): SessionSummary {
  return {
    sessionId: row.sessionId,
    date: row.date,
    slot: row.slot,
    start: slots[row.slot].start,
    end: slots[row.slot].end,
    hours: slotDurationHours(row.slot, slots),
    groupId: row.groupId,
    groupName: row.groupName,
    cohortName: row.cohortName,
    subjectName: row.subjectName,
    trainerId: row.trainerId,
    trainerName: row.trainerName,
    roomName: row.roomName,
    modality: row.modality,
    status: row.status ?? 'open',
    mode: row.mode,
    recorded: row.recorded,
    learners: row.learners,
    absent: row.absent,
  };
}

export type RosterEntry = Person & { line: LineRow | null };

/** The sheet's learners (./roster.ts) with their lines. */
export function roster(ctx: HandlerContext, session: SessionRow): RosterEntry[] {
  return sheetRoster(
    groupMemberships(ctx.db, session.groupId),
    sheetLines(ctx.db, session.sessionId),
    session.date,
  );
}

const base64 = (data: Buffer | null) => (data ? data.toString('base64') : null);

function toLine(entry: RosterEntry, sessionHours: number): AttendanceLine {
  const { line } = entry;
  const person = { learnerId: entry.learnerId, surname: entry.surname, firstName: entry.firstName };
  if (!line) {
    return {
      ...person,
      presence: null,
      lateMinutes: 0,
      leftEarlyMinutes: 0,
      justification: null,
      excuseReason: null,
      excuseNote: null,
      excuseDocumentName: null,
      employerNotifiedOn: null,
      signaturePng: null,
      signedAt: null,
      recordedBy: null,
      recordedAt: null,
      hoursAttended: 0,
    };
  }
  return {
    ...person,
    presence: line.presence,
    lateMinutes: line.lateMinutes,
    leftEarlyMinutes: line.leftEarlyMinutes,
    justification: line.justification,
    excuseReason: line.excuseReason,
    excuseNote: line.excuseNote,
    excuseDocumentName: line.excuseDocumentName,
    employerNotifiedOn: line.employerNotifiedOn,
    signaturePng: base64(line.signature),
    signedAt: line.signedAt,
    recordedBy: line.recordedBy,
    recordedAt: line.recordedAt,
    hoursAttended: lineHours({ sessionHours, ...line }).attended,
  };
}

/** The whole sheet as the caller sees it, with what they may do on it now. */
export function sheetView(ctx: HandlerContext, facts: SheetFacts): AttendanceSheet {
  const { session, sheet, slots } = facts;
  const summary = toSummary(session, slots);
  const refusal = writeRefusal(ctx, facts);
  const role = requireUser(ctx).role;
  return {
    session: summary,
    actionTitle: t.actionTitle(session.programmeTitle, session.cohortName),
    lines: roster(ctx, session).map((entry) => toLine(entry, summary.hours)),
    trainerSignaturePng: base64(sheet?.trainerSignature ?? null),
    closedAt: sheet?.closedAt ?? null,
    closedBy: sheet?.closedBy ?? null,
    scanName: sheet?.scanName ?? null,
    reopenings: sheet ? reopenings(ctx.db, session.sessionId) : [],
    canRecord: refusal === null,
    cannotRecordReason: refusal?.message ?? null,
    canReopen: (role === 'admin' || role === 'manager') && sheet?.status === 'closed' && !session.archived,
  };
}

/** Reads the sheet afresh (after a write): the answer of every write method. */
export function freshSheet(ctx: HandlerContext, sessionId: number): AttendanceSheet {
  return sheetView(ctx, loadFacts(ctx, sessionId));
}
