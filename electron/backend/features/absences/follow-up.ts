import type { Absence } from '../../../../shared/api/attendance';
import type { FileDownload } from '../../../../shared/api/fields';
import type { ParsedInput } from '../../../../shared/api/index';
import { absencesFr as t } from '../../../../shared/i18n/fr/absences';
import { attendanceFr } from '../../../../shared/i18n/fr/attendance';
import { cohortRulesFr } from '../../../../shared/i18n/fr/cohorts';
import { auditCall } from '../../audit';
import type { HandlerContext } from '../../context';
import { AppError, conflict, notFound } from '../../errors';
import { acceptUpload, deleteFile, readFile, saveFile, toDownload } from '../../files/stored-files';
import { isoDay } from '../cohorts/dates';
import { assertCohortWritable } from '../cohorts/membership';
import { readSettings } from '../settings/repository';
import { updateFollowUp } from './follow-up-repository';
import { checkPeriod, learnerName, newestFirst, requireLearnerOrGroup, toAbsence } from './lines';
import { awayLines, findLine, groupRow, learnerRow, type FollowUpLine } from './repository';

const invalid = (field: string, message: string) =>
  new AppError('INVALID_INPUT', message, { [field]: message });

/** The absences, late arrivals and early leaves of a learner or a group, newest first. */
export function listAbsences(ctx: HandlerContext, input: ParsedInput<'absences.list'>): Absence[] {
  const { db } = ctx;
  checkPeriod(input);
  const { learnerId, groupId } = input;
  requireLearnerOrGroup(input);
  if (learnerId !== undefined && !learnerRow(db, learnerId)) throw notFound(cohortRulesFr.learnerNotFound);
  if (groupId !== undefined && !groupRow(db, groupId)) throw notFound(cohortRulesFr.groupNotFound);
  // Both given: the learner's lines on that group's sessions.
  const lines =
    learnerId !== undefined
      ? awayLines(db, { learnerId }, input.justification ?? null, input).filter(
          (line) => groupId === undefined || line.groupId === groupId,
        )
      : awayLines(db, { groupId: groupId! }, input.justification ?? null, input);
  const { slots } = readSettings(db);
  return lines.sort(newestFirst).map((line) => toAbsence(line, slots));
}

function existingLine(ctx: HandlerContext, sessionId: number, learnerId: number): FollowUpLine {
  const line = findLine(ctx.db, sessionId, learnerId);
  if (!line) throw notFound(t.lineNotFound);
  return line;
}

/** The rules of a follow-up that the schema cannot say: each refused at its field, in French. */
function checkFollowUp(line: FollowUpLine, input: ParsedInput<'absences.update'>, today: string): void {
  if (line.presence === 'present' && line.lateMinutes === 0 && line.leftEarlyMinutes === 0) {
    throw conflict(t.notAnAbsence(learnerName(line), line.date, line.slot));
  }
  if (input.justification === 'justified' && !input.excuseReason) {
    throw invalid('excuseReason', t.reasonRequired);
  }
  if (input.excuseReason === 'other' && !input.excuseNote) {
    throw invalid('excuseNote', attendanceFr.otherNeedsNote);
  }
  if (input.employerNotifiedOn && input.employerNotifiedOn > today) {
    throw invalid('employerNotifiedOn', t.notifiedInFuture(input.employerNotifiedOn));
  }
}

/**
 * Follows up an absence: justification, reason, note, employer told, document. A new document
 * replaces the old one, null removes it, absent keeps it; a replaced file is deleted with the
 * change, since nothing else points to it.
 */
export function updateAbsence(ctx: HandlerContext, input: ParsedInput<'absences.update'>): Absence {
  const { db } = ctx;
  const line = existingLine(ctx, input.sessionId, input.learnerId);
  assertCohortWritable(db, line.cohortId);
  checkFollowUp(line, input, isoDay(ctx.now));

  let fileId = line.excuseFileId;
  let document: string | null = line.excuseDocumentName;
  if (input.document !== undefined) {
    const incoming = input.document === null ? null : acceptUpload(input.document, 'document');
    fileId = incoming ? saveFile(db, incoming, ctx.user?.id ?? null, ctx.now) : null;
    document = incoming?.name ?? null;
  }
  updateFollowUp(db, input.sessionId, input.learnerId, {
    justification: input.justification,
    excuseReason: input.excuseReason,
    excuseNote: input.excuseNote,
    excuseFileId: fileId,
    employerNotifiedOn: input.employerNotifiedOn,
  });
  if (fileId !== line.excuseFileId) deleteFile(db, line.excuseFileId);

  auditCall(ctx, 'absences.update', `attendance:${input.sessionId}:${input.learnerId}`, {
    justification: input.justification,
    excuseReason: input.excuseReason,
    employerNotifiedOn: input.employerNotifiedOn,
    document,
  });
  return toAbsence(existingLine(ctx, input.sessionId, input.learnerId), readSettings(db).slots);
}

export function absenceDocument(ctx: HandlerContext, sessionId: number, learnerId: number): FileDownload {
  const line = existingLine(ctx, sessionId, learnerId);
  const file = line.excuseFileId === null ? null : readFile(ctx.db, line.excuseFileId);
  if (!file) throw notFound(t.noDocument);
  return toDownload(file);
}
