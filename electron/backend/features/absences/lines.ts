import type { Absence, EXCUSE_REASONS } from '../../../../shared/api/attendance';
import { lineHours, type CountedLine, type LineFacts } from '../../../../shared/domain/attendance/hours';
import { slotDurationHours, type SlotSettings } from '../../../../shared/domain/calendar/half-days';
import { compareFrench } from '../../../../shared/format/sort';
import { absencesFr as t } from '../../../../shared/i18n/fr/absences';
import { AppError } from '../../errors';
import type { FactRow, FollowUpLine, LineRow, Period } from './repository';

type Facts = Pick<LineRow, 'slot' | 'presence' | 'lateMinutes' | 'leftEarlyMinutes' | 'justification'>;

/** A line's facts for the hours rule: the session lasts its slot at the centre's times. */
export function lineFacts(line: Facts, slots: SlotSettings): LineFacts {
  return {
    sessionHours: slotDurationHours(line.slot, slots),
    presence: line.presence,
    lateMinutes: line.lateMinutes,
    leftEarlyMinutes: line.leftEarlyMinutes,
    justification: line.justification,
  };
}

/** Lines counted together by the database, as the counted hours rule reads them. */
export const countedFacts = (row: FactRow, slots: SlotSettings): CountedLine => ({
  ...lineFacts(row, slots),
  count: row.n,
});

/** An absence first, then a late arrival, then an early leave: a line is listed once, under its main kind. */
export function awayKind(line: LineRow): Absence['kind'] {
  if (line.presence === 'absent') return 'absence';
  return line.lateMinutes > 0 ? 'late' : 'left_early';
}

export const learnerName = (line: { firstName: string; surname: string }) =>
  `${line.firstName} ${line.surname}`;

export function toAbsence(line: FollowUpLine, slots: SlotSettings): Absence {
  const hours = lineHours(lineFacts(line, slots));
  return {
    sessionId: line.sessionId,
    learnerId: line.learnerId,
    learnerName: learnerName(line),
    groupName: line.groupName,
    date: line.date,
    slot: line.slot,
    subjectName: line.subjectName,
    hoursMissed: hours.excused + hours.missed,
    kind: awayKind(line),
    // A line recorded absent before anyone followed it up awaits its reason.
    justification: line.justification ?? 'pending',
    excuseReason: line.excuseReason as (typeof EXCUSE_REASONS)[number] | null,
    excuseNote: line.excuseNote,
    excuseDocumentName: line.excuseDocumentName,
    employerNotifiedOn: line.employerNotifiedOn,
  };
}

const SLOT_RANK = { morning: 1, afternoon: 2, evening: 3 } as const;

/** Newest first: date, then the later slot of the day, then the learner's name in French order. */
export function newestFirst(a: LineRow, b: LineRow): number {
  return (
    b.date.localeCompare(a.date) ||
    SLOT_RANK[b.slot] - SLOT_RANK[a.slot] ||
    compareFrench(a.surname, b.surname) ||
    compareFrench(a.firstName, b.firstName)
  );
}

/** Oldest first, as a message to an employer or a printed list reads. */
export const oldestFirst = (a: LineRow, b: LineRow) =>
  a.date.localeCompare(b.date) || SLOT_RANK[a.slot] - SLOT_RANK[b.slot];

/** Refuses a period that ends before it starts, at its end field. */
export function checkPeriod(period: Period): void {
  if (period.from && period.to && period.to < period.from) {
    const message = t.periodInverted(period.from, period.to);
    throw new AppError('INVALID_INPUT', message, { to: message });
  }
}

/** Refuses a call that names neither a learner nor a group, at both fields. */
export function requireLearnerOrGroup(input: {
  learnerId?: number | undefined;
  groupId?: number | undefined;
}) {
  if (input.learnerId === undefined && input.groupId === undefined) {
    throw new AppError('INVALID_INPUT', t.learnerOrGroupRequired, {
      learnerId: t.learnerOrGroupRequired,
      groupId: t.learnerOrGroupRequired,
    });
  }
}
