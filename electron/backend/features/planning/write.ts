import type { SessionView } from '../../../../shared/api/planning';
import type { SlotSettings } from '../../../../shared/domain/calendar/half-days';
import { slotDurationHours } from '../../../../shared/domain/calendar/half-days';
import type { Issue, SessionErrorKind } from '../../../../shared/domain/planning/conflicts';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { nextVersion } from '../../concurrency/version';
import { AppError } from '../../errors';
import { assertCohortWritable } from '../cohorts/membership';
import { evaluate, type PlanningFacts } from './context';
import {
  findSessionView,
  insertSession,
  sessionVersion,
  updateSession,
  type SessionFields,
  type SessionViewRow,
} from './repository';

type Warning = { kind: string; message: string };

export interface Saved {
  session: SessionView;
  warnings: Warning[];
}

/** The form field each refusal belongs to, so the dialog shows it there. */
const FIELD_OF: Partial<Record<SessionErrorKind, string>> = {
  'trainer-busy': 'trainerId',
  'room-busy': 'roomId',
  'room-too-small': 'roomId',
};

/** CONFLICT with every error in one message; each at its field when it has one. */
export function conflictOf(errors: readonly Issue<SessionErrorKind>[]): AppError {
  const fields: Record<string, string> = {};
  for (const error of errors) {
    const field = FIELD_OF[error.kind];
    if (field && !fields[field]) fields[field] = error.message;
  }
  const message = errors.map((e) => e.message).join(' ');
  return new AppError('CONFLICT', message, Object.keys(fields).length > 0 ? fields : undefined);
}

export function toSessionView(row: SessionViewRow, slots: SlotSettings, warnings: Warning[]): SessionView {
  return {
    id: row.id,
    date: row.date,
    slot: row.slot,
    start: slots[row.slot].start,
    end: slots[row.slot].end,
    hours: slotDurationHours(row.slot, slots),
    groupId: row.groupId,
    groupName: row.groupName,
    cohortName: row.cohortName,
    subjectId: row.subjectId,
    subjectName: row.subjectName,
    trainerId: row.trainerId,
    trainerName: row.trainerName,
    roomId: row.roomId,
    roomName: row.roomName,
    modality: row.modality,
    note: row.note,
    updatedAt: row.updatedAt,
    warnings,
  };
}

/**
 * Checks a session against the planning rules and saves it (a new one when `existingId` is
 * null): refused with every error, saved with its warnings. Used by create, update, move and
 * duplicate, so each refuses exactly what the others do.
 */
export function saveChecked(
  ctx: HandlerContext,
  facts: PlanningFacts,
  fields: SessionFields,
  existingId: number | null,
  action: string,
): Saved {
  assertCohortWritable(ctx.db, facts.group(fields.groupId).cohortId);
  const { check } = evaluate(facts, fields, existingId);
  if (check.errors.length > 0) throw conflictOf(check.errors);
  const id = existingId ?? insertSession(ctx.db, fields, ctx.now);
  if (existingId !== null) {
    updateSession(ctx.db, existingId, fields, nextVersion(sessionVersion(ctx.db, existingId), ctx.now));
  }
  auditCall(ctx, action, `session:${id}`, fields);
  const warnings = check.warnings.map(({ kind, message }) => ({ kind, message }));
  return { session: toSessionView(findSessionView(ctx.db, id)!, facts.slots, warnings), warnings };
}
